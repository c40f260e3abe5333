import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import javax.crypto.Cipher;\nclass A {\n  Cipher f() throws Exception {\n    return Cipher.getInstance("AES/GCM/NoPadding");\n  }\n}',
    'import javax.crypto.KeyGenerator;\nclass A {\n  KeyGenerator f() throws Exception {\n    return KeyGenerator.getInstance("AES");\n  }\n}',
    'import javax.crypto.spec.SecretKeySpec;\nclass A {\n  Object f(byte[] k) {\n    return new SecretKeySpec(k, "AES");\n  }\n}',
    '// Cipher.getInstance("DES") is broken\nclass A { String s = "Cipher.getInstance(\\"DES\\")"; }',
    'class A {\n  Object f() {\n    return Theme.getInstance("DES");\n  }\n}',
  ],
  invalid: [
    { code: 'import javax.crypto.Cipher;\nclass A {\n  Cipher f() throws Exception {\n    return Cipher.getInstance("DES/CBC/PKCS5Padding");\n  }\n}', line: 4 },
    { code: 'import javax.crypto.Cipher;\nclass A {\n  Cipher f() throws Exception {\n    return Cipher.getInstance("AES/ECB/PKCS5Padding");\n  }\n}', line: 4 },
    { code: 'import javax.crypto.Cipher;\nclass A {\n  Cipher f() throws Exception {\n    Cipher c = Cipher.getInstance("AES");\n    return c;\n  }\n}', line: 4 },
    { code: 'import javax.crypto.spec.SecretKeySpec;\nclass A {\n  Object f(byte[] k) {\n    return new SecretKeySpec(k, "DESede");\n  }\n}', line: 4 },
    { code: 'import javax.crypto.Cipher;\nclass A {\n  static final String ALGO = "RC4";\n  Cipher f() throws Exception {\n    return Cipher.getInstance(ALGO);\n  }\n}', line: 5 },
  ],
})

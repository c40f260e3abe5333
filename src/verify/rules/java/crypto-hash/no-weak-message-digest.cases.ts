import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import java.security.MessageDigest;\nclass A {\n  byte[] f(byte[] d) throws Exception {\n    return MessageDigest.getInstance("SHA-256").digest(d);\n  }\n}',
    '// MessageDigest.getInstance("MD5") is broken\nclass A { String s = "MessageDigest.getInstance(\\"MD5\\")"; }',
    'import javax.crypto.Mac;\nclass A {\n  Mac f() throws Exception {\n    return Mac.getInstance("HmacSHA256");\n  }\n}',
    'class A {\n  Object f() {\n    return Registry.getInstance("MD5");\n  }\n}',
    'import java.security.MessageDigest;\nclass A {\n  static final String ALG = "SHA3-256";\n  MessageDigest f() throws Exception {\n    return MessageDigest.getInstance(ALG);\n  }\n}',
  ],
  invalid: [
    {
      code: 'import java.security.MessageDigest;\nclass A {\n  byte[] f(byte[] d) throws Exception {\n    MessageDigest md = MessageDigest.getInstance("MD5");\n    return md.digest(d);\n  }\n}',
      line: 4,
      output: 'import java.security.MessageDigest;\nclass A {\n  byte[] f(byte[] d) throws Exception {\n    MessageDigest md = MessageDigest.getInstance("SHA-256");\n    return md.digest(d);\n  }\n}',
    },
    {
      code: 'class A {\n  Object f() throws Exception {\n    return java.security.MessageDigest.getInstance("SHA-1");\n  }\n}',
      line: 3,
      output: 'class A {\n  Object f() throws Exception {\n    return java.security.MessageDigest.getInstance("SHA-256");\n  }\n}',
    },
    { code: 'import java.security.MessageDigest;\nclass A {\n  private static final String HASH = "SHA1";\n  MessageDigest f() throws Exception {\n    return MessageDigest.getInstance(HASH);\n  }\n}', line: 5 },
  ],
})

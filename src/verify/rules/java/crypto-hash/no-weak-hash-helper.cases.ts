import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import org.apache.commons.codec.digest.DigestUtils;\nclass A {\n  String f(String s) {\n    return DigestUtils.sha256Hex(s);\n  }\n}',
    'import com.google.common.hash.Hashing;\nclass A {\n  Object f() {\n    return Hashing.sha256();\n  }\n}',
    'import java.security.Signature;\nclass A {\n  Signature f() throws Exception {\n    return Signature.getInstance("SHA256withRSA");\n  }\n}',
    '// DigestUtils.md5Hex(x) is weak\nclass A { String s = "DigestUtils.md5Hex(x)"; }',
    'class A {\n  String f(Checksums c, byte[] d) {\n    return c.md5Hex(d);\n  }\n}',
  ],
  invalid: [
    { code: 'import org.apache.commons.codec.digest.DigestUtils;\nclass A {\n  String f(String password) {\n    return DigestUtils.md5Hex(password);\n  }\n}', line: 4 },
    { code: 'import com.google.common.hash.Hashing;\nclass A {\n  String f(byte[] d) {\n    return Hashing.sha1().hashBytes(d).toString();\n  }\n}', line: 4 },
    { code: 'import java.security.Signature;\nclass A {\n  Signature f() throws Exception {\n    return Signature.getInstance("SHA1withRSA");\n  }\n}', line: 4 },
    { code: 'class A {\n  String f(byte[] d) {\n    return org.springframework.util.DigestUtils.md5DigestAsHex(d);\n  }\n}', line: 3 },
  ],
})

import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'class A {\n  String key = System.getenv("AWS_ACCESS_KEY_ID");\n}',
    'class A {\n  String sample = "AKIAIOSFODNN7EXAMPLE";\n}',
    '// AKIAZ7QWERTYUIOPASDF was rotated\nclass A { String prefix = "AKIA"; }',
    'class A {\n  String header = "-----BEGIN PUBLIC KEY-----";\n}',
  ],
  invalid: [
    { code: 'class A {\n  static final String AWS_KEY = "AKIAZ7QWERTYUIOPASDF";\n}', line: 2 },
    { code: 'class A {\n  void f(Client c) {\n    c.auth("ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789");\n  }\n}', line: 3 },
    { code: 'class A {\n  String pem = "-----BEGIN RSA PRIVATE KEY-----\\nMIIEowIBAAKCAQEA";\n}', line: 2 },
    { code: 'class A {\n  String stripe = "sk_live_51H8abcdefGHIJKLmnopQR";\n}', line: 2 },
  ],
})

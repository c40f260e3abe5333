import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import javax.net.ssl.SSLContext;\nclass A {\n  SSLContext f() throws Exception {\n    return SSLContext.getInstance("TLSv1.3");\n  }\n}',
    'import javax.net.ssl.SSLContext;\nclass A {\n  SSLContext f() throws Exception {\n    return SSLContext.getInstance("TLS");\n  }\n}',
    '// SSLContext.getInstance("SSLv3") is broken\nclass A { String s = "SSLContext.getInstance(\\"SSL\\")"; }',
    'class A {\n  Object f() {\n    return Config.getInstance("SSL");\n  }\n}',
  ],
  invalid: [
    {
      code: 'import javax.net.ssl.SSLContext;\nclass A {\n  SSLContext f() throws Exception {\n    return SSLContext.getInstance("SSL");\n  }\n}',
      line: 4,
      output: 'import javax.net.ssl.SSLContext;\nclass A {\n  SSLContext f() throws Exception {\n    return SSLContext.getInstance("TLSv1.3");\n  }\n}',
    },
    {
      code: 'import javax.net.ssl.SSLContext;\nclass A {\n  SSLContext f() throws Exception {\n    SSLContext ctx = SSLContext.getInstance("TLSv1");\n    return ctx;\n  }\n}',
      line: 4,
      output: 'import javax.net.ssl.SSLContext;\nclass A {\n  SSLContext f() throws Exception {\n    SSLContext ctx = SSLContext.getInstance("TLSv1.3");\n    return ctx;\n  }\n}',
    },
    { code: 'class A {\n  Object f() throws Exception {\n    return javax.net.ssl.SSLContext.getInstance("TLSv1.1");\n  }\n}', line: 3 },
  ],
})

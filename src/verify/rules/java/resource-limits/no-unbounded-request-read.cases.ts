import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import javax.servlet.http.*;\nclass A {\n  byte[] f(HttpServletRequest req) throws Exception {\n    if (req.getContentLengthLong() > 1_000_000) {\n      throw new IllegalStateException("too large");\n    }\n    return req.getInputStream().readNBytes(1_000_000);\n  }\n}',
    'import java.nio.file.*;\nclass A {\n  byte[] f() throws Exception {\n    return Files.newInputStream(Path.of("/etc/app.conf")).readAllBytes();\n  }\n}',
    'class A {\n  byte[] f(java.io.InputStream resource) throws Exception {\n    return resource.readAllBytes();\n  }\n}',
    '// req.getInputStream().readAllBytes() is unbounded\nclass A { String s = "IOUtils.toByteArray(req.getInputStream())"; }',
    'import javax.servlet.http.*;\nimport org.apache.commons.io.input.BoundedInputStream;\nclass A {\n  byte[] f(HttpServletRequest req) throws Exception {\n    return new BoundedInputStream(req.getInputStream(), 65536).readAllBytes();\n  }\n}',
  ],
  invalid: [
    { code: 'import javax.servlet.http.*;\nclass A {\n  byte[] f(HttpServletRequest req) throws Exception {\n    return req.getInputStream().readAllBytes();\n  }\n}', line: 4 },
    {
      code: 'import javax.servlet.http.*;\nimport org.apache.commons.io.IOUtils;\nclass A {\n  String f(HttpServletRequest request) throws Exception {\n    return IOUtils.toString(request.getInputStream(), "UTF-8");\n  }\n}',
      line: 5,
    },
    {
      code: 'import java.net.*;\nimport java.io.*;\nclass A {\n  byte[] f(Socket socket) throws Exception {\n    InputStream in = socket.getInputStream();\n    return in.readAllBytes();\n  }\n}',
      line: 6,
    },
    { code: 'import com.sun.net.httpserver.*;\nclass A {\n  void handle(HttpExchange t) throws java.io.IOException {\n    byte[] body = t.getRequestBody().readAllBytes();\n  }\n}', line: 4 },
  ],
})

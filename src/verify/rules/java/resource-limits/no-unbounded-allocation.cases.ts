import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'class A {\n  byte[] f(javax.servlet.http.HttpServletRequest req) {\n    int n = Integer.parseInt(req.getParameter("n"));\n    if (n > 4096) {\n      throw new IllegalArgumentException("too big");\n    }\n    return new byte[n];\n  }\n}',
    'class A {\n  byte[] f(javax.servlet.http.HttpServletRequest req) {\n    int n = Math.min(Integer.parseInt(req.getParameter("n")), 4096);\n    return new byte[n];\n  }\n}',
    'class A {\n  byte[] f(int n) {\n    return new byte[n];\n  }\n}',
    'class A {\n  byte[] f() {\n    return new byte[8192];\n  }\n}',
    '// new byte[Integer.parseInt(req.getParameter("n"))] is unbounded\nclass A { String s = "new byte[n]"; }',
    'import java.util.*;\nclass A {\n  List<String> f(javax.servlet.http.HttpServletRequest req) {\n    return new ArrayList<>(List.of(req.getParameter("a")));\n  }\n}',
  ],
  invalid: [
    { code: 'class A {\n  byte[] f(javax.servlet.http.HttpServletRequest req) {\n    int n = Integer.parseInt(req.getParameter("size"));\n    return new byte[n];\n  }\n}', line: 4 },
    {
      code: 'import org.springframework.web.bind.annotation.*;\n@RestController\nclass A {\n  @GetMapping("/pad")\n  String pad(@RequestParam int width) {\n    return " ".repeat(width);\n  }\n}',
      line: 6,
    },
    {
      code: 'import java.util.*;\nclass A {\n  public static void main(String[] args) {\n    int count = Integer.parseInt(args[0]);\n    List<Integer> items = new ArrayList<>();\n    for (int i = 0; i < count; i++) {\n      items.add(i);\n    }\n  }\n}',
      line: 6,
    },
    { code: 'import java.nio.ByteBuffer;\nclass A {\n  ByteBuffer f(java.io.DataInputStream in) throws Exception {\n    int len = Integer.parseInt(in.readLine());\n    return ByteBuffer.allocate(len);\n  }\n}', line: 5 },
  ],
})

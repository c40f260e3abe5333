import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'class A {\n  void f() throws Exception {\n    Runtime.getRuntime().exec("uptime");\n  }\n}',
    'class A {\n  void f(String dir) throws Exception {\n    Runtime.getRuntime().exec(new String[] {"ls", "-l", dir});\n  }\n}',
    '// Runtime.getRuntime().exec(cmd) must never take user input\nclass A { String s = "Runtime.getRuntime().exec(cmd)"; }',
    'class A {\n  void f(Engine engine, String cmd) {\n    engine.exec(cmd);\n  }\n}',
    'class A {\n  void f(String file) throws Exception {\n    String[] argv = {"gzip", "-k", file};\n    Runtime.getRuntime().exec(argv);\n  }\n}',
    'class A {\n  void f(String host) throws Exception {\n    Runtime rt = Runtime.getRuntime();\n    rt.exec(new String[] {"ping", "-c", "1", host});\n  }\n}',
  ],
  invalid: [
    { code: 'class A {\n  void f(String host) throws Exception {\n    Runtime.getRuntime().exec("ping -c 1 " + host);\n  }\n}', line: 3 },
    {
      code: 'class A {\n  void f(javax.servlet.http.HttpServletRequest req) throws Exception {\n    String q = req.getParameter("q");\n    String[] cmd = {"/bin/sh", "-c", "grep " + q + " /var/log/app.log"};\n    Process p = Runtime.getRuntime().exec(cmd);\n  }\n}',
      line: 5,
    },
    { code: 'class A {\n  void f(String tool, String arg) throws Exception {\n    Runtime rt = Runtime.getRuntime();\n    rt.exec(new String[] {tool, arg});\n  }\n}', line: 4 },
    { code: 'class A {\n  public static void main(String[] args) throws Exception {\n    Runtime.getRuntime().exec(String.format("convert %s out.png", args[0]));\n  }\n}', line: 3 },
  ],
})

import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'class A {\n  void f(String file) throws Exception {\n    new ProcessBuilder("gzip", "-k", file).start();\n  }\n}',
    'import java.util.*;\nclass A {\n  void f(String in, String out) throws Exception {\n    List<String> cmd = new ArrayList<>();\n    cmd.add("ffmpeg");\n    cmd.add("-i");\n    cmd.add(in);\n    cmd.add(out);\n    new ProcessBuilder(cmd).inheritIO().start();\n  }\n}',
    'class A {\n  void f() throws Exception {\n    new ProcessBuilder("sh", "-c", "ls -l /tmp | wc -l").start();\n  }\n}',
    '// new ProcessBuilder(userCmd) is forbidden\nclass A { String doc = "new ProcessBuilder(cmd)"; }',
    'class A {\n  void f(Menu menu, String choice) {\n    menu.command(choice);\n  }\n}',
    'import java.util.List;\nclass A {\n  void f(String host) throws Exception {\n    ProcessBuilder pb = new ProcessBuilder();\n    pb.command(List.of("ping", "-c", "1", host));\n    pb.start();\n  }\n}',
  ],
  invalid: [
    { code: 'class A {\n  void f(String script) throws Exception {\n    new ProcessBuilder("bash", "-c", script).start();\n  }\n}', line: 3 },
    {
      code: 'import java.util.*;\nclass A {\n  void f(javax.servlet.http.HttpServletRequest req) throws Exception {\n    String tool = req.getParameter("tool");\n    ProcessBuilder pb = new ProcessBuilder(Arrays.asList(tool, "--version"));\n    pb.start();\n  }\n}',
      line: 5,
    },
    {
      code: 'import java.util.*;\nclass A {\n  void f(String q) throws Exception {\n    List<String> cmd = new ArrayList<>();\n    cmd.add("cmd.exe");\n    cmd.add("/c");\n    cmd.add("dir " + q);\n    ProcessBuilder pb = new ProcessBuilder(cmd);\n  }\n}',
      line: 8,
    },
    { code: 'import java.util.List;\nclass A {\n  void run(List<String> command) throws Exception {\n    ProcessBuilder pb = new ProcessBuilder();\n    pb.command(command);\n  }\n}', line: 5 },
    { code: 'import org.apache.commons.exec.*;\nclass A {\n  void f(String target) throws Exception {\n    CommandLine cl = CommandLine.parse("nslookup " + target);\n  }\n}', line: 4 },
  ],
})

import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import java.nio.file.*;\nclass A {\n  String f() throws Exception {\n    return Files.readString(Paths.get("/etc/app/config.yml"));\n  }\n}',
    'import java.io.*;\nclass A {\n  InputStream open(String path) throws Exception {\n    return new FileInputStream(path);\n  }\n}',
    'import java.nio.file.*;\nclass A {\n  static final Path BASE = Paths.get("/srv/files");\n  byte[] f(String name) throws Exception {\n    Path p = BASE.resolve(name).normalize();\n    if (!p.startsWith(BASE)) {\n      throw new SecurityException("bad path");\n    }\n    return Files.readAllBytes(p);\n  }\n}',
    'import java.io.*;\nclass A {\n  static final String DIR = "/srv/uploads/";\n  InputStream f(String name) throws Exception {\n    String safe = new File(name).getName();\n    return new FileInputStream(DIR + safe);\n  }\n}',
    '// new FileInputStream(BASE + name) is traversal-prone\nclass A { String s = "Files.readAllBytes(Paths.get(dir, name))"; }',
    'import java.io.*;\nclass A {\n  void f(Report report, String name) {\n    report.delete(name);\n  }\n}',
    'import java.nio.file.*;\nclass A {\n  void f(java.io.InputStream in) throws Exception {\n    Files.copy(in, Paths.get("/var/backups/latest.tar"));\n  }\n}',
  ],
  invalid: [
    {
      code: 'import java.nio.file.*;\nclass A {\n  static final String BASE = "/srv/files";\n  byte[] f(String name) throws Exception {\n    Path p = Paths.get(BASE, name);\n    return Files.readAllBytes(p);\n  }\n}',
      line: 6,
    },
    {
      code: 'import java.io.*;\nclass A {\n  void f(javax.servlet.http.HttpServletRequest req) throws Exception {\n    String file = req.getParameter("file");\n    FileInputStream in = new FileInputStream(file);\n  }\n}',
      line: 5,
    },
    { code: 'import java.io.*;\nclass A {\n  private static final String UPLOADS = "/var/uploads";\n  boolean remove(String name) {\n    File f = new File(UPLOADS, name);\n    return f.delete();\n  }\n}', line: 6 },
    {
      code: 'import java.nio.file.*;\nimport org.springframework.web.bind.annotation.*;\nimport org.springframework.web.multipart.MultipartFile;\nclass A {\n  @PostMapping("/upload")\n  void up(@RequestParam("file") MultipartFile file) throws Exception {\n    Path target = Paths.get("uploads").resolve(file.getOriginalFilename());\n    Files.copy(file.getInputStream(), target);\n  }\n}',
      line: 8,
    },
    { code: 'import java.io.*;\nclass A {\n  String f(String id) throws Exception {\n    return new String(new FileReader("/data/reports/" + id + ".txt").toString());\n  }\n}', line: 4 },
  ],
})

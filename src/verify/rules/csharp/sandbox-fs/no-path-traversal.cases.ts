import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'using System.IO;\nclass A {\n  string F() {\n    return File.ReadAllText("/etc/app/settings.json");\n  }\n}',
    'using System.IO;\nclass A {\n  string F(string path) {\n    return File.ReadAllText(path);\n  }\n}',
    'using System.IO;\nclass A {\n  const string Root = "/srv/files";\n  byte[] F(string name) {\n    var full = Path.GetFullPath(Path.Combine(Root, name));\n    if (!full.StartsWith(Root + Path.DirectorySeparatorChar)) {\n      throw new System.UnauthorizedAccessException();\n    }\n    return File.ReadAllBytes(full);\n  }\n}',
    'using System.IO;\nclass A {\n  const string Uploads = "/srv/uploads";\n  void F(string name, byte[] data) {\n    File.WriteAllBytes(Path.Combine(Uploads, Path.GetFileName(name)), data);\n  }\n}',
    '// File.ReadAllText(Path.Combine(root, name)) is traversal-prone\nclass A { string s = "File.Delete(path)"; }',
    'class A {\n  void F(Cache cache, string key) {\n    cache.Delete(key);\n  }\n}',
    'using System.IO;\nclass A {\n  string F(Stream body) {\n    using var reader = new StreamReader(body);\n    return reader.ReadToEnd();\n  }\n}',
  ],
  invalid: [
    {
      code: 'using System.IO;\nclass A {\n  private const string BaseDir = "/srv/reports";\n  string F(string name) {\n    var path = Path.Combine(BaseDir, name);\n    return File.ReadAllText(path);\n  }\n}',
      line: 6,
    },
    {
      code: 'using Microsoft.AspNetCore.Mvc;\nusing System.IO;\nclass FilesController : ControllerBase {\n  [HttpGet("download")]\n  public IActionResult Download(string file) {\n    var bytes = System.IO.File.ReadAllBytes(Path.Combine("wwwroot/files", file));\n    return File(bytes, "application/octet-stream");\n  }\n}',
      line: 6,
    },
    {
      code: 'using System.IO;\nusing Microsoft.AspNetCore.Http;\nclass A {\n  private readonly string _root = "uploads";\n  void F(IFormFile upload) {\n    using var fs = new FileStream(Path.Combine(_root, upload.FileName), FileMode.Create);\n    upload.CopyTo(fs);\n  }\n}',
      line: 6,
    },
    { code: 'using System.IO;\nclass A {\n  static void Main(string[] args) {\n    File.Delete(args[0]);\n  }\n}', line: 4 },
    { code: 'using System.IO;\nclass A {\n  void F(string id) {\n    var info = new FileInfo($"/var/data/{id}.json");\n    info.Delete();\n  }\n}', line: 5 },
    {
      code: 'using System.IO.Compression;\nclass A {\n  void F(ZipArchive zip) {\n    foreach (var entry in zip.Entries) {\n      entry.ExtractToFile(System.IO.Path.Combine("/srv/extract", entry.FullName));\n    }\n  }\n}',
      line: 5,
    },
    { code: 'using System.IO;\nclass A {\n  static void Main(string[] args) {\n    foreach (var path in args) {\n      using var s = File.OpenRead(path);\n    }\n  }\n}', line: 5 },
  ],
})

import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "<?php\n$files = scandir('/var/log/app');",
    "<?php\nfunction read(string $path) {\n    return file_get_contents($path);\n}",
    "<?php\n$name = basename($_GET['file']);\nreadfile('/srv/files/' . $name);",
    "<?php\nconst BASE = '/srv/files';\n$real = realpath(BASE . '/' . $_GET['f']);\nif ($real === false || !str_starts_with($real, BASE . '/')) {\n    exit;\n}\nreadfile($real);",
    "<?php\n// readfile($_GET['f']) would leak /etc/passwd\necho 'readfile($f)';",
    "<?php\n$value = $cache->get($_GET['key']);",
    "<?php\n$out = fopen('php://output', 'w');",
    "<?php\n$data = file_get_contents('https://api.example.com/items/' . urlencode($_GET['id']));",
    "<?php\n$allowed = ['a.txt', 'b.txt'];\nif (in_array($_GET['f'], $allowed, true)) {\n    readfile('/srv/' . $_GET['f']);\n}",
  ],
  invalid: [
    { code: "<?php\n$file = $_GET['file'] ?? 'app.log';\nreadfile('/var/log/app/' . $file);", line: 3 },
    { code: "<?php\nfunction avatar(string $user) {\n    return file_get_contents(__DIR__ . '/avatars/' . $user . '.png');\n}", line: 3 },
    { code: "<?php\nunlink($_POST['path']);", line: 2 },
    { code: "<?php\n$name = $request->input('name');\n$fh = fopen(storage_path('exports') . '/' . $name, 'w');", line: 3 },
    { code: "<?php\n$f = $request->file('doc');\n$f->move(public_path('uploads'), $f->getClientOriginalName());", line: 3 },
    { code: "<?php\nuse Illuminate\\Support\\Facades\\Storage;\nreturn Storage::download('reports/' . $request->query('r'));", line: 3 },
    { code: "<?php\n$it = new DirectoryIterator('/srv/data/' . $_GET['dir']);", line: 2 },
  ],
})

import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "<?php\n$ids = explode(',', $_GET['ids']);\nfor ($i = 0; $i < count($ids); $i++) {\n    echo (int) $ids[$i];\n}",
    "<?php\n$line = $text->str_repeat('-', $_GET['n']);",
    "<?php\n$padding = min((int) ($_GET['padding'] ?? 1), 5);\necho str_repeat(\"\\n\", $padding);",
    "<?php\n$width = (int) $request->query('width', 40);\nif ($width < 1 || $width > 120) {\n    abort(422);\n}\n$line = str_repeat('*', $width);",
    "<?php\nfunction pad(int $n) {\n    return str_repeat(' ', $n);\n}",
    "<?php\n// str_repeat('x', $_GET['n']) can exhaust memory\n$s = 'str_repeat';",
    "<?php\n$n = (int) $_GET['n'];\nif ($n > 100) {\n    exit;\n}\nforeach (range(1, $n) as $p) {}",
    "<?php\n$line = str_repeat('=', 80);",
    "<?php\nfor ($i = 0; $i < count($items); $i++) {}",
  ],
  invalid: [
    { code: "<?php\n$width = $_GET['width'] ?? 80;\nfwrite($out, str_repeat('=', $width) . \"\\n\");", line: 3 },
    { code: "<?php\n$pages = (int) ($_GET['pages'] ?? 1);\nforeach (range(1, $pages) as $p) {\n    echo $p;\n}", line: 3 },
    { code: "<?php\n$line = str_repeat('&mdash;', (int) $request->query('length', 10));", line: 2 },
    { code: "<?php\n$n = (int) $_POST['count'];\nfor ($i = 0; $i < $n; $i++) {\n    $rows[] = [];\n}", line: 3 },
    { code: "<?php\n$img = imagecreatetruecolor($_GET['w'], $_GET['h']);", line: 2 },
    { code: "<?php\n$list = array_fill(0, (int) $request->input('size'), null);", line: 2 },
  ],
})

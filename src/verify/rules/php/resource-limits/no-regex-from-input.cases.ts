import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "<?php\n$ok = $validator->preg_match($_GET['re'], $value);",
    "<?php\n$level = preg_match('/\\b(ERROR|WARN)\\b/', $line, $m);",
    "<?php\n$ok = preg_match('/^[a-z0-9-]{3,40}$/', $request->input('slug')) === 1;",
    "<?php\n$hit = preg_match('/' . preg_quote($_GET['q'], '/') . '/i', $text);",
    "<?php\nfunction matches(string $re, string $s) {\n    return preg_match($re, $s);\n}",
    "<?php\n// preg_match($_GET['re'], $x) enables ReDoS\n$s = 'preg_match';",
  ],
  invalid: [
    { code: "<?php\n$filter = $_GET['filter'] ?? '';\nif ($filter !== '' && !preg_match($filter, $line)) {\n}", line: 3 },
    { code: "<?php\n$parts = preg_split('/' . $request->input('sep') . '/', $text);", line: 2 },
    { code: "<?php\n$out = preg_replace(\"/{$_POST['find']}/\", '', $body);", line: 2 },
    { code: "<?php\n$m = preg_grep($_GET['p'], $names);", line: 2 },
  ],
})

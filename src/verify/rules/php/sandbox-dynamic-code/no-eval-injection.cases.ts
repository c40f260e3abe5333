import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "<?php\neval('return 1 + 2;');",
    "<?php\nassert($count > 0);",
    "<?php\nassert(is_array($items));",
    "<?php\n// eval($_GET['code']) is forbidden\n$doc = 'eval($code)';",
    "<?php\n$clean = preg_replace('/[^a-z0-9]/i', '', $_GET['slug']);",
    "<?php\n$x = $parser->eval($_POST['expr']);",
    "<?php\n$out = preg_replace_callback('/\\d+/', fn ($m) => $m[0] * 2, $_GET['s']);",
  ],
  invalid: [
    { code: "<?php\n$code = $_POST['code'];\neval($code);", line: 3 },
    { code: "<?php\nfunction calc(string $expr) {\n    return eval('return ' . $expr . ';');\n}", line: 3 },
    { code: "<?php\nassert(\"strlen('{$_GET['s']}') > 3\");", line: 2 },
    { code: "<?php\n$f = create_function('$a', 'return $a ' . $_GET['op'] . ' 2;');", line: 2 },
    { code: "<?php\n$html = preg_replace('/\\{(\\w+)\\}/e', '$vars[\"$1\"]', $template);", line: 2 },
    { code: "<?php\n$r = preg_replace($_GET['pattern'], $_GET['replace'], $text);", line: 2 },
  ],
})

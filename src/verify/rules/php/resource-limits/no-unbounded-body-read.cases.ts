import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "<?php\n$payload = file_get_contents('php://input', false, null, 0, 1048576);",
    "<?php\n$tpl = file_get_contents(__DIR__ . '/template.html');",
    "<?php\n$in = fopen('php://input', 'r');\n$head = stream_get_contents($in, 65536);",
    "<?php\n// file_get_contents('php://input') without a cap\n$s = 'php://input';",
    "<?php\n$body = $reader->file_get_contents('php://input');",
  ],
  invalid: [
    { code: "<?php\n$payload = file_get_contents('php://input');", line: 2 },
    { code: "<?php\n$in = fopen('php://input', 'rb');\n$raw = stream_get_contents($in);", line: 3 },
    { code: "<?php\n$all = stream_get_contents(STDIN);", line: 2 },
    { code: "<?php\n$conn = stream_socket_accept($server);\n$request = stream_get_contents($conn);", line: 3 },
    { code: "<?php\nconst INPUT = 'php://input';\n$json = json_decode(file_get_contents(INPUT), true);", line: 3 },
  ],
})

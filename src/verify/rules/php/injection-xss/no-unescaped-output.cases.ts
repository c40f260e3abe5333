import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "<?php\necho date('Y') . ' &copy; Example';",
    "<?php\necho '<p>' . htmlspecialchars($_GET['q'], ENT_QUOTES, 'UTF-8') . '</p>';",
    "<?php\necho '<ul>';",
    "<?php\n$title = htmlspecialchars($row['title'], ENT_QUOTES);\necho \"<li>{$title}</li>\";",
    "<?php\n// echo $_GET['q'] would be reflected XSS\n$s = 'echo $_GET[\"q\"]';",
    "<?php\necho json_encode(['received' => true]);",
    "<?php\n$logger->write($_GET['q']);",
    "<?php\nforeach ($files as $f) {\n    echo '<a>' . htmlspecialchars($f) . '</a>';\n}",
    "<?php\necho nl2br(htmlspecialchars($_POST['msg']));",
    "<?php\n$n = (int) $_GET['n'];\necho \"<p>Page $n</p>\";",
    "<p><?= htmlspecialchars($name) ?></p>",
    "<?php\n$response->getBody()->write('{\"version\":\"2.14.0\"}');",
    "<?php\nheader('Content-Type: application/json');\necho $payload;",
    "<?php\nfunction cell(string $v) {\n    return '<td>' . $v . '</td>';\n}",
    "<?php\nRoute::get('/hi', function (Request $request) {\n    return 'Hello ' . e($request->input('name'));\n});",
    "#!/usr/bin/env php\n<?php\necho 'Backup written to ' . $argv[1] . PHP_EOL;",
  ],
  invalid: [
    { code: "<?php\necho \"<h1>Results for \\\"\" . $_GET['q'] . \"\\\"</h1>\";", line: 2 },
    { code: "<?php\n$term = $_GET['q'] ?? '';\nprint '<a href=\"?q=' . $term . '\">Next</a>';", line: 3 },
    { code: "<p>Hello, <?= $_GET['name'] ?></p>", line: 1 },
    { code: "<?php\nfunction row(array $r) {\n    echo '<td>' . $r['name'] . '</td>';\n}", line: 3 },
    { code: "<?php\nprintf('<p>%s</p>', $_POST['comment']);", line: 2 },
    { code: "<?php\necho nl2br($_POST['msg']);", line: 2 },
    { code: "<?php\n$html = '<p>' . $request->input('bio') . '</p>';\n$response->getBody()->write($html);", line: 3 },
    { code: "<?php\ndie('Unknown user: ' . $_GET['user']);", line: 2 },
    { code: "<?php\nRoute::get('/hi', function (Request $request) {\n    return '<h1>Hello ' . $request->input('name') . '</h1>';\n});", line: 3 },
    { code: "<?php\n$name = $_GET['name'];\necho <<<HTML\n<p>Hello $name</p>\nHTML;", line: 3 },
  ],
})

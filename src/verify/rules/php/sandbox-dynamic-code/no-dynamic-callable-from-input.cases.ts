import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "<?php\ncall_user_func('strtoupper', $_GET['s']);",
    "<?php\n$handlers = ['a' => fn () => 1];\n$h = $handlers[$_GET['x']] ?? null;",
    "<?php\nfunction run(callable $cb) { return $cb(); }",
    "<?php\n// call_user_func($_GET['f']) must never ship\n$s = 'call_user_func($_GET[\"f\"])';",
    "<?php\n$cls = SomeService::class;\n$svc = new $cls();",
  ],
  invalid: [
    { code: "<?php\ncall_user_func($_GET['fn'], $_GET['arg']);", line: 2 },
    { code: "<?php\n$action = $_POST['action'];\n$action($_POST);", line: 3 },
    { code: "<?php\n$class = $request->input('type');\n$obj = new $class();", line: 3 },
    { code: "<?php\n$m = $_GET['m'];\n$controller->$m();", line: 3 },
    { code: "<?php\ncall_user_func_array([$api, $_GET['method']], []);", line: 2 },
  ],
})

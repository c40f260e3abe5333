import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "<?php\n$loader->include($_GET['page']);",
    "<?php\nrequire_once __DIR__ . '/vendor/autoload.php';",
    "<?php\nrequire dirname(__DIR__) . '/config/app.php';",
    "<?php\nconst VIEWS = '/srv/app/views';\ninclude VIEWS . '/header.php';",
    "<?php\n// include $_GET['page'] is how sites get owned\necho 'include $page';",
    "<?php\n$page = match ($_GET['p'] ?? '') { 'about' => 'about.php', default => 'home.php' };\ninclude __DIR__ . '/pages/' . $page;",
    "<?php\n$pages = ['home' => 'home.php', 'faq' => 'faq.php'];\ninclude __DIR__ . '/pages/' . $pages[$_GET['p']];",
  ],
  invalid: [
    { code: "<?php\ninclude $_GET['page'] . '.php';", line: 2 },
    { code: "<?php\nfunction load(string $plugin) {\n    require_once __DIR__ . '/plugins/' . $plugin . '/main.php';\n}", line: 3 },
    { code: "<?php\nforeach (glob($root . '/*/plugin.php') as $entry) {\n    $plugin = require $entry;\n}", line: 3 },
    { code: "<?php\n$lang = $_COOKIE['lang'] ?? 'en';\ninclude_once \"lang/{$lang}.php\";", line: 3 },
  ],
})

import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "<?php\n$tpl = $this->twig->createTemplate('<p>Hello {{ name }}!</p>');\necho $tpl->render(['name' => $_GET['name']]);",
    "<?php\nreturn $this->twig->render('pages/' . basename($slug) . '.html.twig', $data);",
    "<?php\n$html = Blade::render('<p>Hello, {{ $name }}</p>', ['name' => $request->input('name')]);",
    "<?php\n// $twig->createTemplate($_POST['src']) is SSTI\n$s = 'createTemplate($src)';",
    "<?php\n$engine = new Mustache_Engine(['loader' => $loader]);\n$text = $engine->loadTemplate('welcome')->render(['first_name' => $_GET['n']]);",
    "<?php\n$view->render($request->input('body'));",
    "<?php\n$loader = new ArrayLoader(['footer' => '<p>{{ url }}</p>']);",
  ],
  invalid: [
    { code: "<?php\n$source = $_POST['block_source'] ?? '';\n$template = $this->twig->createTemplate($source);", line: 3 },
    { code: "<?php\nfunction render(array $block) {\n    return $this->twig->createTemplate('<section>' . $block['markup'] . '</section>')->render([]);\n}", line: 3 },
    { code: "<?php\n$html = Blade::render((string) $request->input('template'), ['user' => $user]);", line: 2 },
    { code: "<?php\n$engine = new Mustache_Engine();\n$text = $engine->render($request->input('body', ''), ['code' => '123456']);", line: 3 },
    { code: "<?php\n$out = $smarty->fetch('string:' . $_POST['tpl']);", line: 2 },
    { code: "<?php\n$twig = new \\Twig\\Environment(new \\Twig\\Loader\\ArrayLoader(['page' => $_POST['tpl']]));", line: 2 },
  ],
})

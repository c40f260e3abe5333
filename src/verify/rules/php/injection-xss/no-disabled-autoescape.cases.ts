import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "<?php\n$twig = new \\Twig\\Environment($loader, ['cache' => '/tmp/twig', 'autoescape' => 'html']);",
    "<?php\n$twig = new Environment($loader);",
    "<?php\n// 'autoescape' => false would be XSS\n$s = \"'autoescape' => false\";",
    "<?php\n$flags = ['autoescape' => false];\n$json = json_encode($flags);",
  ],
  invalid: [
    { code: "<?php\n$twig = new \\Twig\\Environment($loader, ['autoescape' => false]);", line: 2 },
    { code: "<?php\n$twig = new Environment(new FilesystemLoader('/srv/templates'), [\n    'cache' => false,\n    'autoescape' => false,\n]);", line: 4 },
    { code: "<?php\n$twigOptions = ['debug' => true, 'autoescape' => false];", line: 2 },
  ],
})

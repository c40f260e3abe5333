import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "<?php\nuse Symfony\\Component\\Yaml\\Yaml;\n$cfg = Yaml::parse($_POST['yaml']);",
    "<?php\nuse Symfony\\Component\\Yaml\\Yaml;\n$cfg = Yaml::parse($doc, Yaml::PARSE_OBJECT_FOR_MAP);",
    "<?php\nuse Symfony\\Component\\Yaml\\Yaml;\n$cfg = Yaml::parse('a: 1', Yaml::PARSE_OBJECT);",
    "<?php\n// Yaml::parse($x, Yaml::PARSE_OBJECT) is unsafe\n$s = 'Yaml::PARSE_OBJECT';",
  ],
  invalid: [
    { code: "<?php\nuse Symfony\\Component\\Yaml\\Yaml;\n$cfg = Yaml::parse($_POST['yaml'], Yaml::PARSE_OBJECT);", line: 3 },
    { code: "<?php\nfunction load(string $path) {\n    return \\Symfony\\Component\\Yaml\\Yaml::parseFile($path, Yaml::PARSE_OBJECT | Yaml::PARSE_DATETIME);\n}", line: 3 },
    { code: "<?php\n$data = Yaml::parse($request->getContent(), flags: Yaml::PARSE_OBJECT);", line: 2 },
  ],
})

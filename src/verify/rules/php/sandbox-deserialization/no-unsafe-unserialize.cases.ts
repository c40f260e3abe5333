import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "<?php\n$prefs = unserialize($_COOKIE['prefs'], ['allowed_classes' => false]);",
    "<?php\n$data = json_decode($_POST['data'], true);",
    "<?php\n$defaults = unserialize('a:1:{s:1:\"a\";i:1;}');",
    "<?php\n// unserialize($_COOKIE['x']) is a gadget-chain entry point\n$s = 'unserialize($x)';",
    "<?php\n$opts = ['allowed_classes' => false];\n$v = unserialize($raw, $opts);",
    "<?php\n$obj = $serializer->unserialize($_POST['x']);",
  ],
  invalid: [
    { code: "<?php\n$prefs = unserialize($_COOKIE['prefs']);", line: 2 },
    { code: "<?php\n$raw = file_get_contents($file);\n$entry = unserialize($raw);", line: 3 },
    { code: "<?php\nfunction load(string $blob) {\n    return unserialize(base64_decode($blob), ['allowed_classes' => true]);\n}", line: 3 },
    { code: "<?php\n$meta = maybe_unserialize($row->meta_value);", line: 2 },
  ],
})

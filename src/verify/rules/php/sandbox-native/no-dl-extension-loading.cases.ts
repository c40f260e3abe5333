import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "<?php\n$on = extension_loaded('gd');",
    "<?php\n$off = !ini_get('enable_dl');",
    "<?php\n// dl('php_gd.so') is disabled in production\n$s = 'dl()';",
    "<?php\n$x = $loader->dl('gd');",
  ],
  invalid: [
    { code: "<?php\ndl('php_gd.so');", line: 2 },
    { code: "<?php\nif (!extension_loaded($ext)) {\n    dl('php_' . $ext . '.so');\n}", line: 3 },
    { code: "<?php\nreturn \\dl($ext . '.' . PHP_SHLIB_SUFFIX);", line: 2 },
  ],
})

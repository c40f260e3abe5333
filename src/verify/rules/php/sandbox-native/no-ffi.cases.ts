import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "<?php\n$ok = extension_loaded('ffi') && class_exists(FFI::class);",
    "<?php\n$buf = FFI::new('char[256]');",
    "<?php\n// FFI::cdef('int getpid(void);') is not used here\n$s = 'FFI::load(\"x.h\")';",
    "<?php\n$lib = Loader::load('libc.so.6');",
  ],
  invalid: [
    { code: "<?php\n$ffi = FFI::cdef('int getpid(void);', 'libc.so.6');", line: 2 },
    { code: "<?php\n$vips = \\FFI::load($headerFile);", line: 2 },
    { code: "<?php\n$lib = FFI::scope('APP');", line: 2 },
    { code: "<?php\nclass Lib {\n    public function __construct() {\n        $this->ffi = FFI::cdef(\n            'int add(int a, int b);',\n            __DIR__ . '/libadd.so'\n        );\n    }\n}", line: 4 },
  ],
})

import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "const yaml = require('js-yaml');\nconst doc = yaml.load('a: 1');",
    "// process.dlopen(module, path) loads native code\nconst s = 'ffi.Library';",
    "function f(loader) {\n  return loader.load('x');\n}",
    "const fs = require('fs');\nfs.open('/tmp/x', 'r', () => {});",
    "class Library {}\nconst lib = new Library();",
  ],
  invalid: [
    { code: "const ffi = require('ffi-napi');\nconst libm = ffi.Library('libm', { ceil: ['double', ['double']] });", line: 2 },
    { code: "const m = { exports: {} };\nprocess.dlopen(m, '/opt/addon.node');", line: 2 },
    { code: "import koffi from 'koffi';\nconst lib = koffi.load('user32.dll');", line: 2 },
    { code: "const lib = Deno.dlopen('./libadd.so', { add: { parameters: ['i32', 'i32'], result: 'i32' } });", line: 1 },
    { code: "import { dlopen } from 'bun:ffi';\nconst lib = dlopen('libsqlite3.so', {});", line: 2 },
  ],
})

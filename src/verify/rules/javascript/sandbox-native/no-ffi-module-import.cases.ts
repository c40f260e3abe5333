import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "const fs = require('fs');",
    "import path from 'path';",
    "// require('ffi-napi') would load native code\nconst s = \"require('./addon.node')\";",
    "const cfg = require('./config.json');",
    "import { readFile } from 'node:fs/promises';",
  ],
  invalid: [
    { code: "const ffi = require('ffi-napi');", line: 1 },
    { code: "const addon = require('./build/Release/addon.node');\naddon.run();", line: 1 },
    { code: "import koffi from 'koffi';\nconst lib = 1;", line: 1 },
    { code: "const binding = require('bindings')('native');", line: 1 },
    { code: "const path = require('path');\nconst hid = require(path.join(__dirname, 'build', 'Release', 'hid.node'));", line: 2 },
    { code: "async function f() {\n  const m = await import('./fast.node');\n  return m;\n}", line: 2 },
  ],
})

import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "const fs = require('fs');",
    "const CONFIG = './config.json';\nconst cfg = require(CONFIG);",
    "const ALLOWED = ['csv', 'xlsx'];\nfunction load(kind) {\n  if (!ALLOWED.includes(kind)) throw new Error('bad');\n  return require('./exporters/' + kind);\n}",
    "// require(userModule) is dangerous\nconst s = 'require(x)';",
    "async function f() {\n  const m = await import('./lazy.js');\n  return m;\n}",
    "function f(loader, name) {\n  return loader.load(name);\n}",
  ],
  invalid: [
    { code: "function load(name) {\n  return require(name);\n}", line: 2 },
    { code: "app.get('/plugin', async (req, res) => {\n  const mod = await import(`./plugins/${req.query.name}.js`);\n  res.json(mod.info);\n});", line: 2 },
    { code: "const path = require('path');\nfunction f(p) {\n  return require(path.join(__dirname, 'plugins', p));\n}", line: 3 },
    { code: "const name = process.argv[2];\nconst plugin = require(name);", line: 2 },
    { code: "const path = require('path');\nconst native = require(path.join(__dirname, 'build', 'addon.node'));", line: 2 },
  ],
})

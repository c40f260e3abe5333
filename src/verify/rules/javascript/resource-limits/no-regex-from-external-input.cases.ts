import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "const escapeStringRegexp = require('escape-string-regexp');\napp.get('/s', (req, res) => {\n  const re = new RegExp(escapeStringRegexp(req.query.q), 'i');\n  res.json(items.filter((x) => re.test(x)));\n});",
    "function f(pattern) {\n  return new RegExp(pattern);\n}",
    "const re = new RegExp('^[a-z]+$');",
    "// new RegExp(req.query.q) is ReDoS\nconst s = 'RegExp(x)';",
    "app.get('/s', (req, res) => {\n  const q = req.query.q.replace(/[.*+?^${}()|[\\]\\\\]/g, '\\\\$&');\n  res.json(new RegExp(q).test('x'));\n});",
  ],
  invalid: [
    { code: "app.get('/s', (req, res) => {\n  const re = new RegExp(req.query.q, 'i');\n  res.json(items.filter((x) => re.test(x)));\n});", line: 2 },
    { code: "const pattern = process.argv[2];\nconst re = RegExp(pattern);", line: 2 },
    { code: "app.post('/v', (req, res) => {\n  const ok = new RegExp(`^${req.body.prefix}.*$`).test(req.body.value);\n  res.json({ ok });\n});", line: 2 },
  ],
})

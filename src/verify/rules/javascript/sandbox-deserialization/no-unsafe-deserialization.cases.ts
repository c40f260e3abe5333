import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "app.post('/x', (req, res) => {\n  const obj = JSON.parse(req.body.data);\n  res.json(obj);\n});",
    "const serialize = require('node-serialize');\nconst s = serialize.serialize({ a: 1 });",
    "// serialize.unserialize(req.cookies.profile) is RCE\nconst s = 'unserialize(x)';",
    "const qs = require('qs');\nfunction f(q) {\n  return qs.parse(q);\n}",
    "const serialize = require('node-serialize');\nconst d = serialize.unserialize('{\"a\":1}');",
  ],
  invalid: [
    { code: "const serialize = require('node-serialize');\napp.get('/', (req, res) => {\n  const profile = serialize.unserialize(Buffer.from(req.cookies.profile, 'base64').toString());\n  res.send(profile.name);\n});", line: 3 },
    { code: "const { unserialize } = require('node-serialize');\nfunction load(s) {\n  return unserialize(s);\n}", line: 3 },
    { code: "import { deserialize } from 'serialize-to-js';\nexport function f(body) {\n  return deserialize(body);\n}", line: 3 },
    { code: "const cryo = require('cryo');\nfunction f(text) {\n  return cryo.parse(text);\n}", line: 3 },
  ],
})

import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "const yaml = require('js-yaml');\nfunction f(text) {\n  return yaml.load(text);\n}",
    "const yaml = require('js-yaml');\nfunction f(text) {\n  return yaml.load(text, { schema: yaml.CORE_SCHEMA });\n}",
    "const yaml = require('js-yaml');\nconst d = yaml.load('a: 1', { schema: yaml.DEFAULT_FULL_SCHEMA });",
    "// yaml.load(x, { schema: DEFAULT_FULL_SCHEMA }) is unsafe\nconst s = 'DEFAULT_FULL_SCHEMA';",
    "function f(loader, text) {\n  return loader.load(text, { schema: 'full' });\n}",
  ],
  invalid: [
    { code: "const yaml = require('js-yaml');\nfunction f(text) {\n  return yaml.load(text, { schema: yaml.DEFAULT_FULL_SCHEMA });\n}", line: 3 },
    { code: "import yaml from 'js-yaml';\nimport jsTypes from 'js-yaml-js-types';\nconst schema = yaml.DEFAULT_SCHEMA.extend(jsTypes);\napp.post('/c', (req, res) => {\n  res.json(yaml.load(req.body, { schema: schema }));\n});", line: 5 },
    { code: "const { load, DEFAULT_FULL_SCHEMA } = require('js-yaml');\nfunction f(t) {\n  return load(t, { schema: DEFAULT_FULL_SCHEMA });\n}", line: 3 },
  ],
})

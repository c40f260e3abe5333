import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "const MAX_BODY = 1e6;\nhttp.createServer((req, res) => {\n  let body = '';\n  req.on('data', (chunk) => {\n    body += chunk;\n    if (body.length > MAX_BODY) req.destroy();\n  });\n});",
    "app.use(express.json({ limit: '100kb' }));",
    "// req.on('data', c => body += c) has no limit\nconst s = \"req.on('data')\";",
    "emitter.on('data', (d) => console.log(d));",
    "const getRawBody = require('raw-body');\nasync function f(req) {\n  return getRawBody(req, { limit: '1mb' });\n}",
  ],
  invalid: [
    { code: "http.createServer((req, res) => {\n  let body = '';\n  req.on('data', (chunk) => {\n    body += chunk;\n  });\n  req.on('end', () => res.end(body));\n});", line: 3 },
    { code: "async function readBody(req) {\n  const chunks = [];\n  for await (const chunk of req) chunks.push(chunk);\n  return Buffer.concat(chunks);\n}", line: 3 },
    { code: "const getRawBody = require('raw-body');\nasync function f(req) {\n  return getRawBody(req);\n}", line: 3 },
  ],
})

import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "const MAX = 1024;\napp.get('/b', (req, res) => {\n  const n = parseInt(req.query.n, 10);\n  if (n > MAX) return res.sendStatus(400);\n  res.send(Buffer.alloc(n));\n});",
    "app.get('/b', (req, res) => {\n  const n = Math.min(parseInt(req.query.n, 10), 100);\n  res.send('-'.repeat(n));\n});",
    "function pad(n) {\n  return ' '.repeat(n);\n}",
    "const buf = Buffer.alloc(4096);",
    "// Buffer.alloc(req.query.n) is a DoS\nconst s = 'repeat(n)';",
    "app.post('/x', (req, res) => {\n  const bytes = new Uint8Array(req.body.data);\n  res.send(bytes);\n});",
    "app.get('/x', (req, res) => {\n  for (let i = 0; i < 10; i++) console.log(req.query.a);\n  res.end();\n});",
  ],
  invalid: [
    { code: "app.get('/b', (req, res) => {\n  const size = parseInt(req.query.size, 10);\n  res.send(Buffer.alloc(size));\n});", line: 3 },
    { code: "app.get('/line', (req, res) => {\n  res.send('='.repeat(Number(req.query.width)));\n});", line: 2 },
    { code: "app.get('/rows', (req, res) => {\n  const rows = [];\n  for (let i = 0; i < req.query.count; i++) rows.push(i);\n  res.json(rows);\n});", line: 3 },
    { code: "app.get('/a', (req, res) => {\n  const list = Array.from({ length: +req.query.n }, () => 0);\n  res.json(list);\n});", line: 2 },
    { code: "const n = parseInt(process.argv[2], 10);\nconst arr = new Float64Array(n);", line: 2 },
    { code: "const net = require('net');\nnet.createServer((socket) => {\n  socket.on('data', (buf) => {\n    const len = buf.readUInt32BE(0);\n    const frame = Buffer.alloc(len);\n    buf.copy(frame, 0, 4);\n  });\n});", line: 5 },
  ],
})

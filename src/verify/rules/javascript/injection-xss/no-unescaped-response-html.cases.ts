import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "const escapeHtml = require('escape-html');\napp.get('/hi', (req, res) => {\n  res.send('<h1>Hello ' + escapeHtml(req.query.name) + '</h1>');\n});",
    "app.get('/hi', (req, res) => {\n  res.render('hi', { name: req.query.name });\n});",
    "app.get('/x', (req, res) => {\n  res.json({ q: req.query.q });\n});",
    "app.get('/x', (req, res) => {\n  res.send('<h1>Hello</h1>');\n});",
    "// res.send(`<p>${req.query.q}</p>`) is XSS\nconst s = 'res.send(x)';",
    "function f(stream, chunk) {\n  stream.write(chunk);\n}",
  ],
  invalid: [
    { code: "app.get('/hi', (req, res) => {\n  res.send(`<h1>Hello ${req.query.name}</h1>`);\n});", line: 2 },
    { code: "app.get('/search', (req, res) => {\n  const q = req.query.q;\n  res.status(200).send('<p>No results for ' + q + '</p>');\n});", line: 3 },
    { code: "app.get('/e', (req, res) => {\n  res.send(req.query.msg);\n});", line: 2 },
    { code: "const http = require('http');\nhttp.createServer((req, res) => {\n  const name = new URL(req.url, 'http://x').searchParams.get('name');\n  res.end(`<p>${name}</p>`);\n});", line: 4 },
    { code: "router.get('/k', async (ctx) => {\n  ctx.body = `<div>${ctx.query.q}</div>`;\n});", line: 2 },
  ],
})

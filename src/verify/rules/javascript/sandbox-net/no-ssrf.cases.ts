import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "async function get(url) {\n  return fetch(url);\n}",
    "app.get('/user', async (req, res) => {\n  const r = await fetch(`https://api.example.com/users/${encodeURIComponent(req.query.id)}`);\n  res.json(await r.json());\n});",
    "const ALLOWED_HOSTS = ['img.example.com'];\napp.get('/img', async (req, res) => {\n  const u = new URL(req.query.url);\n  if (!ALLOWED_HOSTS.includes(u.hostname)) return res.sendStatus(400);\n  const r = await fetch(u);\n  res.send(await r.text());\n});",
    "// fetch(req.query.url) is SSRF\nconst s = 'axios.get(url)';",
    "app.get('/x', (req, res) => {\n  const m = new Map();\n  res.send(m.get(req.query.key));\n});",
    "const router = require('express').Router();\nrouter.get('/a', (req, res) => res.send('ok'));",
  ],
  invalid: [
    { code: "app.get('/proxy', async (req, res) => {\n  const r = await fetch(req.query.url);\n  res.send(await r.text());\n});", line: 2 },
    { code: "const axios = require('axios');\napp.post('/hook', async (req, res) => {\n  await axios.post(req.body.callbackUrl, { ok: true });\n  res.end();\n});", line: 3 },
    { code: "const http = require('http');\napp.get('/s', (req, res) => {\n  http.get('http://' + req.query.host + '/status', (r) => r.pipe(res));\n});", line: 3 },
    { code: "const net = require('net');\napp.get('/probe', (req, res) => {\n  const s = net.connect({ host: req.query.host, port: 80 });\n  s.end();\n});", line: 3 },
    { code: "import got from 'got';\nconst target = process.argv[2];\nconst body = await got(target).text();", line: 3 },
  ],
})

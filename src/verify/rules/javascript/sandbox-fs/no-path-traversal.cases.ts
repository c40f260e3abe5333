import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "const fs = require('fs');\nfunction read(p) {\n  return fs.readFileSync(p, 'utf8');\n}",
    "const fs = require('fs');\nconst path = require('path');\nconst BASE = path.join(__dirname, 'files');\nfunction read(name) {\n  return fs.readFileSync(path.join(BASE, path.basename(name)));\n}",
    "const fs = require('fs');\nconst path = require('path');\nconst BASE = '/srv/files';\nfunction read(name) {\n  const p = path.resolve(BASE, name);\n  if (!p.startsWith(BASE + path.sep)) throw new Error('bad path');\n  return fs.readFileSync(p);\n}",
    "app.get('/f', (req, res) => {\n  res.sendFile(req.params.name, { root: '/srv/public' });\n});",
    "// fs.readFileSync(req.query.file) is traversal\nconst s = 'fs.readFile(path)';",
    "const fs = require('fs');\nconst cfg = fs.readFileSync('/etc/app/config.json', 'utf8');",
    "function f(cache, key) {\n  return cache.remove(key);\n}",
  ],
  invalid: [
    { code: "const fs = require('fs');\napp.get('/f', (req, res) => {\n  const data = fs.readFileSync(req.query.file, 'utf8');\n  res.send(data);\n});", line: 3 },
    { code: "const fs = require('fs/promises');\nconst path = require('path');\nconst UPLOADS = '/srv/uploads';\nasync function save(name, buf) {\n  await fs.writeFile(path.join(UPLOADS, name), buf);\n}", line: 5 },
    { code: "const path = require('path');\napp.get('/dl', (req, res) => {\n  res.sendFile(path.join(__dirname, 'public', req.params.file));\n});", line: 3 },
    { code: "import { unlinkSync } from 'node:fs';\nexport function remove(user) {\n  unlinkSync(`/var/data/${user}/avatar.png`);\n}", line: 3 },
    { code: "const fs = require('fs');\nconst dir = process.argv[2];\nconsole.log(fs.readdirSync(dir));", line: 3 },
  ],
})

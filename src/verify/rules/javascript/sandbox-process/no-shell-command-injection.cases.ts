import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "const { exec } = require('child_process');\nexec('ls -l /tmp', (err, out) => console.log(out));",
    "const { execFile } = require('child_process');\nfunction grep(pattern) {\n  execFile('grep', [pattern, 'log.txt'], () => {});\n}",
    "const re = /a(b)/;\nfunction f(s) {\n  return re.exec(s);\n}",
    "// exec(`rm -rf ${dir}`) would be injection\nconst note = 'child_process.exec(cmd)';",
    "function f(db, sql) {\n  return db.exec(sql);\n}",
    "import { exec } from 'child_process';\nimport shellEscape from 'shell-escape';\nfunction f(name) {\n  exec('ls ' + shellEscape([name]));\n}",
    "const cp = require('child_process');\ncp.spawn('sh', ['-c', 'echo hello']);",
  ],
  invalid: [
    { code: "const { exec } = require('child_process');\nfunction ping(host) {\n  exec(`ping -c 1 ${host}`, (e, out) => console.log(out));\n}", line: 3 },
    { code: "const cp = require('child_process');\napp.get('/ls', (req, res) => {\n  const out = cp.execSync('ls ' + req.query.dir);\n  res.send(out);\n});", line: 3 },
    { code: "import { spawn } from 'node:child_process';\nfunction run(cmd) {\n  return spawn(cmd, { shell: true });\n}", line: 3 },
    { code: "import * as child from 'child_process';\nfunction f(file) {\n  child.spawnSync('bash', ['-c', 'cat ' + file]);\n}", line: 3 },
    { code: "const util = require('util');\nconst execAsync = util.promisify(require('child_process').exec);\nasync function f(branch) {\n  await execAsync(`git checkout ${branch}`);\n}", line: 4 },
    { code: "const shell = require('shelljs');\nfunction f(dir) {\n  shell.exec('du -sh ' + dir);\n}", line: 3 },
  ],
})

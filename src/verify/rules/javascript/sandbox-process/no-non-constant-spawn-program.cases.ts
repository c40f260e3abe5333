import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "const { spawn } = require('child_process');\nfunction f(file) {\n  spawn('convert', [file, 'out.png']);\n}",
    "const { execFile } = require('child_process');\nconst TOOLS = { png: 'optipng', jpg: 'jpegoptim' };\nfunction f(kind, file) {\n  execFile(TOOLS[kind], [file]);\n}",
    "// spawn(userProgram) is dangerous\nconst s = 'spawn(prog)';",
    "function f(pool, job) {\n  return pool.spawn(job);\n}",
    "const { fork } = require('child_process');\nconst path = require('path');\nfork(path.join(__dirname, 'worker.js'));",
    "const { spawn } = require('child_process');\nfunction f(x) {\n  spawn(x, { shell: true });\n}",
    "const { spawn } = require('child_process');\nfunction f(script) {\n  return spawn(process.execPath, [script]);\n}",
  ],
  invalid: [
    { code: "const { spawn } = require('child_process');\nfunction run(tool, file) {\n  return spawn(tool, [file]);\n}", line: 3 },
    { code: "const cp = require('child_process');\napp.post('/run', (req, res) => {\n  cp.execFile(req.body.program, req.body.args, (e, out) => res.send(out));\n});", line: 3 },
    { code: "import { fork } from 'child_process';\nexport function load(plugin) {\n  return fork(plugin);\n}", line: 3 },
    { code: "import { execa } from 'execa';\nexport async function f(bin) {\n  await execa(bin, ['--version']);\n}", line: 3 },
    { code: "const { spawnSync } = require('child_process');\nconst [, , prog, ...rest] = process.argv;\nspawnSync(prog, rest);", line: 3 },
  ],
})

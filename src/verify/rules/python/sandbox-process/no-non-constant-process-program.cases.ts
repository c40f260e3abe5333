import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import subprocess\ndef f(name):\n    subprocess.run(["convert", name, "out.png"], check=True)',
    'import subprocess, sys\ndef f(script):\n    subprocess.run([sys.executable, "-m", "pip", "install", script])',
    'import subprocess\nsubprocess.run("uptime")',
    '# subprocess.run([user_prog])\nprint("subprocess.Popen(prog)")',
    'import subprocess\nTOOLS = {"png": "optipng", "jpg": "jpegoptim"}\ndef f(kind, path):\n    subprocess.run([TOOLS[kind], path])',
    'import subprocess\ndef f(path):\n    cmd = ["git", "log", path]\n    subprocess.check_output(cmd)',
    'import subprocess\ndef f(x):\n    subprocess.run(x, shell=True)',
    'class Job:\n    def run(self, prog):\n        return prog\ndef f(p):\n    Job().run([p])',
  ],
  invalid: [
    { code: 'import subprocess\ndef f(tool, path):\n    subprocess.run([tool, path])', line: 3 },
    { code: 'import subprocess, sys\nsubprocess.Popen(sys.argv[1:])', line: 2 },
    { code: 'import os\ndef f(prog, args):\n    os.execvp(prog, args)', line: 3 },
    { code: 'import subprocess, shlex\nfrom flask import request\ndef f():\n    cmd = request.form["cmd"]\n    return subprocess.check_output(shlex.split(cmd))', line: 5 },
    { code: 'import asyncio\nasync def f(binary):\n    await asyncio.create_subprocess_exec(binary, "--version")', line: 3 },
    { code: 'import subprocess\ndef f(editor, path):\n    argv = [editor]\n    subprocess.call(argv + [path])', line: 4 },
  ],
})

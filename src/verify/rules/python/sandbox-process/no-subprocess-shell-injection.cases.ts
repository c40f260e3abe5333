import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import subprocess\nsubprocess.run("ls -l | wc -l", shell=True)',
    'import subprocess\ndef f(name):\n    subprocess.run(["grep", name, "log.txt"])',
    'import subprocess, shlex\ndef f(name):\n    subprocess.run("grep " + shlex.quote(name) + " log.txt", shell=True)',
    'import subprocess\ndef f(cmd):\n    subprocess.run(cmd, shell=False)',
    '# subprocess.run(cmd, shell=True) is dangerous\nx = "subprocess.call(user, shell=True)"',
    'class Runner:\n    def run(self, cmd, shell=True):\n        return cmd\ndef f(x):\n    Runner().run(x, shell=True)',
    'import subprocess\nsubprocess.run(["sh", "-c", "echo hi"])',
  ],
  invalid: [
    { code: 'import subprocess\ndef f(name):\n    subprocess.run(f"grep {name} log.txt", shell=True)', line: 3 },
    { code: 'import subprocess as sp\nfrom flask import request\ndef f():\n    host = request.args["host"]\n    out = sp.check_output("ping -c 1 " + host, shell=True)\n    return out', line: 5 },
    { code: 'import subprocess\ndef f(pattern):\n    subprocess.Popen(["bash", "-c", "grep " + pattern])', line: 3 },
    { code: 'import asyncio\nasync def f(q):\n    p = await asyncio.create_subprocess_shell("find . -name " + q)\n    return p', line: 3 },
    { code: 'from subprocess import call\ndef f(x):\n    cmd = "tar czf out.tgz %s" % x\n    call(cmd, shell=True)', line: 4 },
    { code: 'def f(client, path):\n    client.exec_command("cat " + path)', line: 2 },
  ],
})

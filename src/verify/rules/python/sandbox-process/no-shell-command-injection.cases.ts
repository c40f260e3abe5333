import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import os\nos.system("ls -l /tmp")',
    'import os, shlex\ndef run(name):\n    os.system("ls " + shlex.quote(name))',
    '# os.system(user_cmd) is what we must never do\nprint("os.system(cmd)")',
    'import subprocess\ndef run(name):\n    subprocess.run(["ls", name], check=True)',
    'class Box:\n    def system(self, x):\n        return x\nbox = Box()\nbox.system(input())',
    'import os\nCMD = "uptime"\ndef f():\n    os.system(CMD)',
    'import os\nBASE = "/srv"\ndef f():\n    os.system("du -sh " + os.path.join(BASE, "logs"))',
    'import os\ndef f(n):\n    os.system("sleep %d" % int(n))',
  ],
  invalid: [
    { code: 'import os\ndef run(name):\n    os.system("ls " + name)', line: 3 },
    { code: 'import os, sys\ncmd = f"grep {sys.argv[1]} log.txt"\nos.popen(cmd).read()', line: 3 },
    { code: 'import os\nfrom flask import request\ndef view():\n    host = request.args.get("host")\n    cmd = "ping -c 1 %s" % host\n    return os.system(cmd)', line: 6 },
    { code: 'import os\ndef run(x):\n    os.system("ls {}".format(x))', line: 3 },
    { code: 'from os import system\ndef run(x):\n    system("rm -rf " + x)', line: 3 },
    { code: 'import subprocess\ndef run(path):\n    return subprocess.getoutput(f"file {path}")', line: 3 },
  ],
})

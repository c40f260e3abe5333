import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import ast\ndef f(expr):\n    return ast.literal_eval(expr)',
    'import json\ndef f(body):\n    return json.loads(body)',
    'x = eval("1 + 2")',
    '# eval(user_input) would be a disaster\nprint("eval(x)")',
    'import re\ndef f(p):\n    return re.compile(p)',
    'def f(cur, q):\n    cur.execute(q)',
    'class Calc:\n    def eval(self, e):\n        return e\ndef f(e):\n    return Calc().eval(e)',
  ],
  invalid: [
    { code: 'def calc(expr):\n    return eval(expr)', line: 2 },
    { code: 'from flask import request\ndef run():\n    code = request.form["code"]\n    exec(code, {"__builtins__": {}})', line: 4 },
    { code: 'import sys\nsrc = sys.stdin.read()\nobj = compile(src, "<input>", "exec")', line: 3 },
    { code: 'def f(field, value):\n    return eval(f"{field} == {value!r}")', line: 2 },
    { code: 'import builtins\ndef f(s):\n    builtins.exec(s)', line: 3 },
  ],
})

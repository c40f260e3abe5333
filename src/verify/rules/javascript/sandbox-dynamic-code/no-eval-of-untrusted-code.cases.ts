import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "function f(body) {\n  return JSON.parse(body);\n}",
    "const x = eval('1 + 2');",
    "function f(cb) {\n  setTimeout(cb, 1000);\n}",
    "const re = /a+/;\nfunction f(s) {\n  return re.exec(s);\n}",
    "// eval(userInput) must never happen\nconst s = 'eval(code)';",
    "function f(runner, job) {\n  return runner.run(job);\n}",
    "setTimeout(() => console.log('tick'), 10);",
  ],
  invalid: [
    { code: "function calc(expr) {\n  return eval(expr);\n}", line: 2 },
    { code: "app.post('/fn', (req, res) => {\n  const fn = new Function('x', req.body.code);\n  res.json(fn(1));\n});", line: 2 },
    { code: "const vm = require('vm');\nfunction f(src) {\n  return vm.runInNewContext(src, {});\n}", line: 3 },
    { code: "function later(name) {\n  setTimeout('greet(\"' + name + '\")', 100);\n}", line: 2 },
    { code: "const { VM } = require('vm2');\nfunction f(code) {\n  const vm = new VM();\n  return vm.run(code);\n}", line: 4 },
    { code: "const safeEval = require('safe-eval');\napp.post('/calc', (req, res) => {\n  res.json({ v: safeEval(req.body.expr) });\n});", line: 3 },
    { code: "const params = new URLSearchParams(location.search);\nwindow.eval(params.get('cb'));", line: 2 },
  ],
})

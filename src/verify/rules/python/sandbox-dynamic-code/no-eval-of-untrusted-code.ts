import { defineRule } from '../../../engine/rule.js'
import { callee, callWords, kwarg, positional, untrusted } from '../_utils/py.js'

const EVALS = /^(?:eval|exec|compile|execfile|builtins\.(?:eval|exec|compile)|__builtins__\.(?:eval|exec)|code\.InteractiveInterpreter\(\)\.runsource|code\.compile_command|\w+\.runsource|\w+\.runcode)$/

export default defineRule({
  id: 'python/no-eval-of-untrusted-code',
  languages: ['python'],
  title: 'eval, exec or compile of non-constant code',
  property: 'sandbox.dynamic-code',
  cwe: ['CWE-94', 'CWE-95'],
  severity: 'critical',
  confidence: 'high',
  message: '{{CALL}} evaluates code built from non-constant data',
  rationale:
    'eval/exec run their argument as Python with the full power of the process: data that reaches them can import os and run commands, read files or open connections (CWE-94, CWE-95). Restricting globals does not sandbox Python.',
  safeAlternative: 'Parse data instead of running it: ast.literal_eval for Python literals, json.loads for JSON, a dict of allowed operations for commands.',
  match: {
    rule: { kind: 'call', has: { field: 'function', regex: '^(?:(?:builtins|__builtins__)\\.)?(?:eval|exec|compile|execfile)$|\\.(?:runsource|runcode|compile_command)$' } },
  },
  // The last part of every EVALS name. `exec` is in every `execute`: a reported exec has the name
  // before its arguments, or before `as` in the import that renames it.
  requires: { words: ['eval', 'compile', 'execfile', 'runsource', 'runcode', ...callWords('exec')] },
  check(node, ctx) {
    const name = callee(ctx, node)
    if (!EVALS.test(name)) return false
    const code = positional(node)[0] ?? kwarg(node, 'source') ?? kwarg(node, 'object')
    if (!code || !untrusted(ctx, code)) return false
    return { data: { CALL: name } }
  },
})

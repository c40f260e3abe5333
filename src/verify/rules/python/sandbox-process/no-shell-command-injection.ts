import { defineRule } from '../../../engine/rule.js'
import { callee, kwarg, positional, untrusted } from '../_utils/py.js'

export const SHELL_SANITIZERS = /^(?:shlex\.quote|pipes\.quote|quote|shlex\.join|cmd_quote|shellescape\.quote)$/

const SHELL_CALLS = /^(?:os|posix|nt)\.(?:system|popen|popen2|popen3|popen4)$|^commands\.(?:getoutput|getstatusoutput)$|^subprocess\.(?:getoutput|getstatusoutput)$|^platform\.popen$/

export default defineRule({
  id: 'python/no-shell-command-injection',
  languages: ['python'],
  title: 'Shell command built from untrusted data',
  property: 'sandbox.process',
  cwe: ['CWE-78'],
  severity: 'critical',
  confidence: 'high',
  message: '{{CALL}} runs a shell command built from non-constant data',
  rationale:
    'The string is parsed by /bin/sh, so any ;, |, $() or backtick in the data runs as a command of its own with the permissions of this process (CWE-78).',
  safeAlternative: 'Pass an argument list without a shell: subprocess.run(["prog", arg], check=True); quote with shlex.quote only when a shell is unavoidable.',
  match: {
    rule: { kind: 'call', has: { field: 'function', regex: '^(?s:.*?\\.)?(?:system|popen[234]?|getoutput|getstatusoutput)$' } },
  },
  check(node, ctx) {
    const name = callee(ctx, node)
    if (!SHELL_CALLS.test(name)) return false
    const cmd = positional(node)[0] ?? kwarg(node, 'cmd') ?? kwarg(node, 'command')
    if (!cmd || !untrusted(ctx, cmd, { sanitizers: SHELL_SANITIZERS })) return false
    return { data: { CALL: name } }
  },
})

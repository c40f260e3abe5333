import { defineRule } from '../../../engine/rule.js'

const SHELL_SANITIZERS = /^(?:shlex\.quote|pipes\.quote|quote|shlex\.join)$/

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
    rule: { any: [{ pattern: '$CALL($CMD)' }, { pattern: '$CALL($CMD, $$$REST)' }] },
    constraints: { CALL: { regex: '^(os\\.(system|popen|popen2|popen3)|commands\\.getoutput|commands\\.getstatusoutput|subprocess\\.getoutput|subprocess\\.getstatusoutput)$' } },
  },
  check(node, { flow }) {
    const cmd = node.getMatch('CMD')
    return cmd !== null && flow.isUntrusted(cmd, { sanitizers: SHELL_SANITIZERS })
  },
})

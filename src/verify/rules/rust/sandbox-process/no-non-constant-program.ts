import { defineRule } from '../../../engine/rule.js'
import { isUntrusted } from '../_utils/origin.js'

export default defineRule({
  id: 'rust/no-non-constant-program',
  languages: ['rust'],
  title: 'Process spawned with a non-constant program',
  property: 'sandbox.process',
  cwe: ['CWE-78', 'CWE-88'],
  severity: 'high',
  confidence: 'high',
  message: '{{F}} starts a program whose path is not a constant',
  rationale:
    'When the program name comes from a request, a file or an argument, whoever controls that value chooses which executable runs with this process\'s privileges: `/bin/sh`, a dropped binary, or an interpreter given attacker data (CWE-78).',
  safeAlternative:
    'Spawn a fixed program (`Command::new("git")`) and pass data only as separate `.arg(...)` values; if the program must vary, map an allow-listed key to a constant path.',
  match: {
    rule: {
      kind: 'call_expression',
      has: { field: 'function', kind: 'scoped_identifier', regex: '(?:^|::)(?:Command::new|Exec::cmd|Popen::create)$|^duct::cmd$' },
    },
  },
  check(node, ctx) {
    const program = ctx.flow.callArguments(node)[0]
    if (!program) return false
    if (!isUntrusted(program, ctx)) return false
    return { data: { F: node.field('function')?.text() ?? 'Command::new' } }
  },
})

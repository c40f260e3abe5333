import { defineRule } from '../../../engine/rule.js'
import { isUntrusted } from '../../rust/_utils/origin.js'
import { packageCall } from '../_utils/go.js'

/** import path → function → index of the program argument */
const SPAWNS: Record<string, Record<string, number>> = {
  'os/exec': { Command: 0, CommandContext: 1, LookPath: -1 },
  'golang.org/x/sys/execabs': { Command: 0, CommandContext: 1 },
  syscall: { Exec: 0, ForkExec: 0, StartProcess: 0 },
  'golang.org/x/sys/unix': { Exec: 0 },
  os: { StartProcess: 0 },
}

export default defineRule({
  id: 'go/no-non-constant-program',
  languages: ['go'],
  title: 'Process spawned with a non-constant program',
  property: 'sandbox.process',
  cwe: ['CWE-78', 'CWE-88'],
  severity: 'high',
  confidence: 'high',
  message: '{{F}} starts a program whose path is not a constant',
  rationale:
    'When the program name comes from a request, a file or an argument, whoever controls that value chooses which executable runs with this process\'s privileges: a shell, a dropped binary, or an interpreter given attacker data (CWE-78).',
  safeAlternative:
    'Spawn a fixed program (`exec.Command("git", "status")`) and pass data only as separate arguments; if the program must vary, map an allow-listed key to a constant path.',
  match: { rule: { kind: 'call_expression', has: { field: 'function', kind: 'selector_expression', has: { field: 'field', regex: '^(?:Command|CommandContext|Exec|ForkExec|StartProcess)$' } } } },
  check(node, ctx) {
    const pc = packageCall(node, ctx)
    if (!pc) return false
    const index = SPAWNS[pc[0]]?.[pc[1]]
    if (index === undefined || index < 0) return false
    const program = ctx.flow.callArguments(node)[index]
    if (!program || !isUntrusted(program, ctx)) return false
    return { data: { F: node.field('function')!.text() } }
  },
})

import { defineRule } from '../../../engine/rule.js'
import { isUntrusted } from '../../rust/_utils/origin.js'
import { constString, literalText } from '../../rust/_utils/shared.js'
import { packageCall } from '../_utils/go.js'

const SHELL = /^(?:(?:\/usr)?\/bin\/)?(?:sh|bash|zsh|dash|ksh|fish|cmd|cmd\.exe|powershell|powershell\.exe|pwsh)$/
const SHELL_FLAG = /^(?:-c|-lc|-ic|\/c|\/C|-Command|-command|-EncodedCommand)$/

export default defineRule({
  id: 'go/no-shell-command-injection',
  languages: ['go'],
  title: 'Shell command built from untrusted data',
  property: 'sandbox.process',
  cwe: ['CWE-78'],
  severity: 'critical',
  confidence: 'high',
  message: '{{F}} runs `{{SHELL}}` with a non-constant command string',
  rationale:
    'A string given to `sh -c` (or `cmd /C`) is parsed by the shell, so `;`, `|`, `$(…)` or backticks inside the data start commands of their own with this process\'s permissions (CWE-78).',
  safeAlternative:
    'Run the program directly without a shell: `exec.Command("ping", "-c", "1", host)`, each value a separate argument; never build a `sh -c` string from data.',
  match: { rule: { kind: 'call_expression', has: { field: 'function', kind: 'selector_expression', has: { field: 'field', regex: '^(?:Command|CommandContext)$' } } } },
  check(node, ctx) {
    const pc = packageCall(node, ctx)
    if (!pc || !/^(?:os\/exec|golang\.org\/x\/sys\/execabs)$/.test(pc[0])) return false
    const args = ctx.flow.callArguments(node).slice(pc[1] === 'CommandContext' ? 1 : 0)
    const program = args[0] ? constString(args[0], ctx) : undefined
    if (program === undefined || !SHELL.test(program)) return false
    let flagSeen = false
    for (const a of args.slice(1)) {
      if (SHELL_FLAG.test(literalText(a) ?? '')) {
        flagSeen = true
        continue
      }
      if (flagSeen && a.kind() !== 'variadic_argument' && isUntrusted(a, ctx)) return { data: { F: node.field('function')!.text(), SHELL: program } }
    }
    return false
  },
})

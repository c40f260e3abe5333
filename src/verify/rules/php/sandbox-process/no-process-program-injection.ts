import type { SgNode } from '@ast-grep/napi'
import type { RuleContext } from '../../../engine/rule.js'
import { defineRule } from '../../../engine/rule.js'
import { arg, FUNCTION_CALL, nameOf, NEW_EXPRESSION, reachingDefinitions, STATIC_CALL, untrusted, unwrap } from '../_utils/php.js'

/** The first element of an argv array literal (following one local assignment). */
function program(ctx: RuleContext, argv: SgNode | null): SgNode | null {
  if (!argv) return null
  let a = unwrap(argv)
  if (a.kind() === 'variable_name') {
    const defs = reachingDefinitions(ctx, a)
    if (!defs.dominated || defs.defs.length !== 1 || !defs.defs[0]!.value) return null
    a = unwrap(defs.defs[0]!.value)
  }
  if (a.kind() !== 'array_creation_expression') return null
  const first = a.namedChildren().find((c) => c.kind() === 'array_element_initializer')
  if (!first) return null
  const named = first.namedChildren()
  return named.length === 1 ? named[0]! : null
}

export default defineRule({
  id: 'php/no-process-program-injection',
  languages: ['php'],
  title: 'Process started with a non-constant program',
  property: 'sandbox.process',
  cwe: ['CWE-78'],
  severity: 'high',
  confidence: 'medium',
  message: '{{CALL}} starts a program whose path is not constant',
  rationale:
    'Even without a shell, choosing the executable from untrusted data lets an attacker run any binary on the host (or one they uploaded) with the permissions of the web server (CWE-78).',
  safeAlternative: 'Start a fixed program (a constant path or a value picked from an allow-list) and pass user data only as separate arguments.',
  // pcntl_exec, proc_open and Symfony/Laravel Process
  requires: { words: ['pcntl_exec', 'proc_open', 'process'], ignoreCase: true },
  match: { rule: { any: [FUNCTION_CALL, STATIC_CALL, NEW_EXPRESSION] } },
  check(node, ctx) {
    const name = nameOf(ctx, node)
    let prog: SgNode | null
    if (name === 'pcntl_exec') prog = arg(node, 0, 'path')
    else if (name === 'proc_open' || name === 'new Process' || /^Process::/.test(name)) {
      const a = arg(node, 0, 'command')
      if (name !== 'new Process' && a && !/^(?:array_creation_expression|variable_name)$/.test(String(unwrap(a).kind()))) return false
      prog = program(ctx, a)
    } else return false
    if (!prog || !untrusted(ctx, prog)) return false
    return { data: { CALL: name } }
  },
})

import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { arg, callName, FUNCTION_CALL, literalText, nameOf, reachingDefinitions, untrusted, unwrap } from '../_utils/php.js'

/** `['allowed_classes' => false]` (or an empty list): no object can be created. */
function noClasses(ctx: RuleContext, options: SgNode | null): boolean {
  if (!options) return false
  let o = unwrap(options)
  if (o.kind() === 'variable_name') {
    const d = reachingDefinitions(ctx, o)
    if (!d.dominated || d.defs.length !== 1 || !d.defs[0]!.value) return false
    o = unwrap(d.defs[0]!.value)
  }
  if (o.kind() !== 'array_creation_expression') return false
  for (const el of o.namedChildren()) {
    const [k, v] = el.namedChildren()
    if (!k || !v || literalText(k) !== 'allowed_classes') continue
    const value = unwrap(v)
    if (value.kind() === 'boolean' && value.text().toLowerCase() === 'false') return true
    if (value.kind() === 'array_creation_expression' && value.namedChildren().length === 0) return true
  }
  return false
}

export default defineRule({
  id: 'php/no-unsafe-unserialize',
  languages: ['php'],
  title: 'unserialize() of non-constant data without allowed_classes => false',
  property: 'sandbox.deserialization',
  cwe: ['CWE-502'],
  severity: 'critical',
  confidence: 'high',
  message: '{{CALL}} turns non-constant data into objects of any class',
  rationale:
    'unserialize instantiates whatever classes the data names and runs their __wakeup/__destruct magic methods: with a gadget chain from the application or its libraries, crafted input becomes file writes or remote code execution (CWE-502).',
  safeAlternative: "Store data as JSON (json_encode/json_decode), or pass ['allowed_classes' => false] to unserialize.",
  // unserialize, maybe_unserialize, igbinary_unserialize
  requires: { words: ['unserialize'], ignoreCase: true },
  match: { rule: FUNCTION_CALL },
  check(node, ctx) {
    if (!/^(?:unserialize|maybe_unserialize|igbinary_unserialize)$/.test(nameOf(ctx, node))) return false
    const data = arg(node, 0, 'data')
    if (!data || !untrusted(ctx, data)) return false
    const name = callName(node)
    if (name === 'unserialize' && noClasses(ctx, arg(node, 1, 'options'))) return false
    return { data: { CALL: name } }
  },
})

import { defineRule } from '../../../engine/rule.js'
import { arg, callName, external, FUNCTION_CALL, nameOf, unwrap } from '../_utils/php.js'

/** Built-ins that call the callable given as their first argument. */
const CALLABLE_TAKERS = /^(?:call_user_func|call_user_func_array|forward_static_call|forward_static_call_array)$/

export default defineRule({
  id: 'php/no-dynamic-callable-from-input',
  languages: ['php'],
  title: 'Function, method or class chosen by request data',
  property: 'sandbox.dynamic-code',
  cwe: ['CWE-470'],
  severity: 'high',
  confidence: 'medium',
  message: '{{WHAT}} is chosen by external input',
  rationale:
    'Calling a function or instantiating a class whose name comes from the request lets an attacker invoke any callable in the process, such as system or a gadget class with a dangerous constructor (CWE-470).',
  safeAlternative: 'Map the user choice to a callable through a fixed array or a match expression, and reject anything not in it.',
  match: {
    rule: {
      any: [
        FUNCTION_CALL,
        { kind: 'object_creation_expression', has: { any: [{ kind: 'variable_name' }, { kind: 'subscript_expression' }, { kind: 'member_access_expression' }] } },
        { kind: 'member_call_expression', has: { field: 'name', kind: 'variable_name' } },
      ],
    },
  },
  check(node, ctx) {
    const kind = node.kind()
    if (kind === 'function_call_expression') {
      // Most calls name their function: the cached name settles them without reading the callee.
      const name = nameOf(ctx, node)
      if (name && !CALLABLE_TAKERS.test(name)) return false
      const fn = node.field('function')
      if (!fn) return false
      if (fn.kind() === 'name' || fn.kind() === 'qualified_name') {
        if (!CALLABLE_TAKERS.test(name)) return false
        const cb = arg(node, 0)
        if (!cb) return false
        const target = unwrap(cb)
        // [$obj, $_GET['m']] picks the method from input.
        const parts = target.kind() === 'array_creation_expression' ? target.namedChildren().map((e) => e.namedChildren().at(-1)).filter((x) => !!x) : [target]
        return parts.some((p) => external(ctx, p!)) ? { data: { WHAT: `the callable of ${callName(node)}` } } : false
      }
      return external(ctx, fn) ? { data: { WHAT: 'the called function' } } : false
    }
    if (kind === 'object_creation_expression') {
      const cls = node.namedChildren()[0]
      return cls && external(ctx, cls) ? { data: { WHAT: 'the instantiated class' } } : false
    }
    const method = node.field('name')
    return method && external(ctx, method) ? { data: { WHAT: 'the called method' } } : false
  },
})

import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { isSecurityName } from '../../python/_utils/common.js'
import { callee, functionName, strValue } from '../_utils/js.js'

const GENERATORS = /^(?:Math\.random|lodash\.random|_\.random|lodash\.sample|_\.sample|lodash\.sampleSize|_\.sampleSize|crypto\.pseudoRandomBytes|chance\.\w+|faker\.\w+(?:\.\w+)?|random-js\.\w+|seedrandom)$/
const NOT_SECURITY = /jitter|delay|backoff|sleep|wait|timeout|retry|retries|interval|shuffle|sampl|color|colour|position|offset|noise|weight|latency|duration|animation|opacity|angle|speed/i
const TIMERS = /^(?:setTimeout|setInterval|sleep|delay|\w+\.sleep|\w+\.delay|setTimeoutPromise|timers\/promises\.setTimeout)$/

function nameOfTarget(n: SgNode): string {
  if (n.kind() === 'member_expression') return n.field('property')?.text() ?? n.text()
  if (n.kind() === 'subscript_expression') return strValue(n.field('index')) ?? n.text()
  return n.text()
}

/** The name the generated value is stored under or returned as. */
function securityContext(ctx: RuleContext, call: SgNode): string | null {
  let child = call
  let cur = call.parent()
  while (cur) {
    const kind = cur.kind()
    if (kind === 'call_expression' || kind === 'new_expression') {
      if (TIMERS.test(callee(ctx, cur))) return null
    } else if (kind === 'variable_declarator') {
      const name = cur.field('name')?.text() ?? ''
      if (NOT_SECURITY.test(name)) return null
      if (isSecurityName(name)) return name
      break
    } else if (kind === 'assignment_expression' || kind === 'augmented_assignment_expression') {
      const left = cur.field('left')
      if (left && left.id() !== child.id()) {
        const name = nameOfTarget(left)
        if (NOT_SECURITY.test(name)) return null
        if (isSecurityName(name)) return name
      }
      break
    } else if (kind === 'pair') {
      const key = cur.field('key')
      const name = strValue(key) ?? key?.text() ?? ''
      if (key?.id() !== child.id()) {
        if (NOT_SECURITY.test(name)) return null
        if (isSecurityName(name)) return name
      }
    } else if ((kind === 'arrow_function' || kind === 'function_expression') && cur.parent()?.kind() === 'arguments') {
      // A callback of map/Array.from/replace: its result is part of the outer value.
    } else if (kind === 'expression_statement' || kind === 'statement_block' || kind === 'return_statement' || kind === 'arrow_function' || kind === 'function_expression' || kind === 'function_declaration' || kind === 'method_definition') {
      if (kind === 'statement_block' && (cur.parent()?.kind() === 'arrow_function' || cur.parent()?.kind() === 'function_expression') && cur.parent()?.parent()?.kind() === 'arguments') {
        // return inside a callback body: keep climbing to the outer expression.
      } else break
    }
    child = cur
    cur = cur.parent()
  }
  const fn = functionName(ctx, call)
  if (fn && isSecurityName(fn) && !NOT_SECURITY.test(fn)) return `${fn}()`
  return null
}

export default defineRule({
  id: 'javascript/no-math-random-for-secrets',
  languages: ['javascript', 'typescript'],
  title: 'Math.random used for a security value',
  property: 'crypto.random',
  cwe: ['CWE-330', 'CWE-338'],
  severity: 'high',
  confidence: 'high',
  message: '{{CALL}} is predictable but produces the security value {{NAME}}',
  rationale:
    'Math.random is a fast PRNG (xorshift128+ in V8) whose state can be recovered from a few outputs; tokens, passwords, session ids, OTPs or reset codes drawn from it can be predicted (CWE-338).',
  safeAlternative: 'Use crypto.randomBytes(32).toString("hex"), crypto.randomUUID(), crypto.randomInt(0, 1e6) in Node, or crypto.getRandomValues() in the browser.',
  match: {
    rule: { kind: 'call_expression', has: { field: 'function', regex: '^(?s:.*?\\.)?(?:random|sample|sampleSize|pseudoRandomBytes)$|^(?:chance|faker)\\.' } },
  },
  check(node, ctx) {
    const name = callee(ctx, node)
    if (!GENERATORS.test(name)) return false
    const where = securityContext(ctx, node)
    if (!where) return false
    return { data: { CALL: name, NAME: where } }
  },
})

import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { callName, enclosingFunction, FUNCTION_CALL, functionName, literalText, nameOf, securityName, targetName } from '../_utils/php.js'

const GENERATORS = /^(?:rand|mt_rand|uniqid|lcg_value|str_shuffle)$/
const PASS_THROUGH = new Set<string>([
  'argument', 'arguments', 'function_call_expression', 'member_call_expression', 'scoped_call_expression', 'binary_expression', 'parenthesized_expression',
  'cast_expression', 'encapsed_string', 'subscript_expression', 'conditional_expression', 'array_element_initializer', 'array_creation_expression',
  'unary_op_expression', 'sequence_expression', 'object_creation_expression', 'nullsafe_member_call_expression',
])

/** Formatting that keeps a random value a random value. */
const FORMATTING = /^(?:strval|dechex|bin2hex|sprintf|str_pad|substr|md5|sha1|hash|base64_encode|strtoupper|strtolower|number_format|implode|intval|hexdec|base_convert|str_repeat)$/

/** `return $n`, `return (string) $n`, `return 'x' . dechex($n)`: the variable itself is what is returned. */
function returnedAsIs(ctx: RuleContext, v: SgNode): boolean {
  let cur = v.parent()
  while (cur && cur.kind() !== 'return_statement') {
    const k = cur.kind()
    if (k === 'function_call_expression' && !FORMATTING.test(nameOf(ctx, cur))) return false
    if (k === 'member_call_expression' || k === 'scoped_call_expression' || k === 'object_creation_expression') return false
    cur = cur.parent()
  }
  return !!cur
}

/**
 * The security-relevant name the value of `call` is stored under, '' when it is stored under
 * another name (`$delay = … rand()`: jitter), or null when it is not stored (returned, printed).
 */
function securityTarget(ctx: RuleContext, call: SgNode): string | null {
  let cur = call
  let parent = cur.parent()
  let storedIn: string | null = null
  while (parent) {
    const k = String(parent.kind())
    if (k === 'array_element_initializer') {
      const key = parent.namedChildren()[0]
      if (key && key.id() !== cur.id()) {
        const name = literalText(key) ?? ''
        if (securityName(name)) return name
      }
    }
    if (k === 'assignment_expression' || k === 'augmented_assignment_expression' || k === 'reference_assignment_expression') {
      const name = targetName(parent.field('left'))
      if (securityName(name)) return name
      storedIn = parent.field('left')?.kind() === 'variable_name' ? parent.field('left')!.text() : null
      if (!storedIn) return ''
      break
    }
    if (k === 'function_call_expression' && /^(?:setcookie|setrawcookie|define)$/.test(callName(parent))) {
      const first = literalText(parent.field('arguments')?.namedChildren()[0]?.namedChildren().at(-1))
      if (first && securityName(first)) return first
    }
    if (k === 'return_statement') break
    if (!PASS_THROUGH.has(k)) break
    cur = parent
    parent = cur.parent()
  }
  // One step further: `$n = mt_rand(); $token = dechex($n);` or `return $n` from a token function.
  if (storedIn) {
    const fn = enclosingFunction(call)
    const scope = fn ?? call.getRoot().root()
    const after = call.range().end.index
    const esc = storedIn.replace(/[$]/g, '\\$')
    for (const a of scope.findAll({ rule: { any: [{ kind: 'assignment_expression' }, { kind: 'augmented_assignment_expression' }], has: { field: 'right', regex: `${esc}\\b` } } })) {
      if (a.range().start.index < after) continue
      if (enclosingFunction(a)?.id() !== fn?.id()) continue
      const name = targetName(a.field('left'))
      if (securityName(name)) return name
    }
    const fnName = functionName(call)
    if (fn && securityName(fnName)) {
      for (const v of fn.findAll({ rule: { kind: 'variable_name', regex: `^${esc}$`, inside: { kind: 'return_statement', stopBy: 'end' } } })) {
        if (v.range().start.index > after && returnedAsIs(ctx, v)) return `${fnName}()`
      }
    }
    return ''
  }
  return null
}

export default defineRule({
  id: 'php/no-insecure-random-for-secrets',
  languages: ['php'],
  title: 'Predictable random generator used for a security value',
  property: 'crypto.random',
  cwe: ['CWE-338'],
  severity: 'high',
  confidence: 'high',
  message: '{{CALL}}() is predictable but produces {{WHAT}}',
  rationale:
    'rand, mt_rand and str_shuffle use the Mersenne Twister, whose state can be recovered from a few outputs, and uniqid is the current time: tokens, nonces and passwords made from them can be predicted and forged (CWE-338).',
  safeAlternative: 'Use the CSPRNG: bin2hex(random_bytes(32)) for tokens, random_int($min, $max) for numbers.',
  // the GENERATORS (`rand` also covers mt_rand)
  requires: { words: ['rand', 'uniqid', 'lcg_value', 'str_shuffle'], ignoreCase: true },
  match: {
    rule: FUNCTION_CALL,
  },
  check(node, ctx) {
    const name = nameOf(ctx, node)
    if (!GENERATORS.test(name)) return false
    // rand() inside uniqid(rand()) is reported once, at the outer generator.
    let p = node.parent()
    while (p && (p.kind() === 'argument' || p.kind() === 'arguments' || p.kind() === 'cast_expression' || p.kind() === 'parenthesized_expression')) {
      if (p.kind() === 'arguments' && p.parent()?.kind() === 'function_call_expression' && GENERATORS.test(callName(p.parent()!))) return false
      p = p.parent()
    }
    const target = securityTarget(ctx, node)
    if (target) return { data: { CALL: name, WHAT: `the security value ${target.replace(/^\$/, '$')}` } }
    const fn = functionName(node)
    if (target === null && fn && securityName(fn)) return { data: { CALL: name, WHAT: `a value in ${fn}()` } }
    return false
  },
})

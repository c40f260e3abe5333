import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { arg, FUNCTION_CALL, nameOf, NEW_EXPRESSION, reachingDefinitions, relatedNames, sizeGuarded, STATIC_CALL, taint, unwrap } from '../_utils/php.js'
import escapeStringRegexp from 'escape-string-regexp'

/** Caps: a value passed through min() (or clamp) is bounded. */
const SIZE_SANITIZERS = /^(?:min|clamp|Math::clamp|->clamp)$/

/** Functions whose result size grows with the argument at these positions. */
const SIZED: Record<string, number[]> = {
  str_repeat: [1], range: [0, 1], array_fill: [1], str_pad: [1], mb_str_pad: [1], array_pad: [1], random_bytes: [0],
  openssl_random_pseudo_bytes: [0], imagecreatetruecolor: [0, 1], imagecreate: [0, 1], imagescale: [1, 2], imagecrop: [], array_chunk: [], 'new SplFixedArray': [0], array_fill_keys: [],
  str_split: [], wordwrap: [], usleep: [0], sleep: [0], time_nanosleep: [0], set_time_limit: [], 'Str::repeat': [1], 'Str::random': [0],
  random_int: [], fread: [1], stream_get_contents: [1], socket_read: [1], fgets: [1],
}

function unbounded(ctx: RuleContext, node: SgNode, size: SgNode): boolean {
  if (!taint(ctx, size, { sanitizers: SIZE_SANITIZERS, numericSafe: false }).external) return false
  return !sizeGuarded(ctx, node, relatedNames(ctx, size))
}

/** count($x) / strlen($x) (directly or through one local): a bound proportional to the input's own size. */
function proportional(ctx: RuleContext, bound: SgNode): boolean {
  let b = unwrap(bound)
  if (b.kind() === 'variable_name') {
    const d = reachingDefinitions(ctx, b)
    if (!d.dominated || d.defs.length !== 1 || !d.defs[0]!.value) return false
    b = unwrap(d.defs[0]!.value)
  }
  return b.kind() === 'function_call_expression' && /^(?:count|sizeof|strlen|mb_strlen)$/.test(nameOf(ctx, b))
}

export default defineRule({
  id: 'php/no-unbounded-size-from-input',
  languages: ['php'],
  title: 'Allocation or loop sized by external input without a cap',
  property: 'resource.limits',
  cwe: ['CWE-770'],
  severity: 'medium',
  confidence: 'high',
  message: '{{CALL}} is sized by external input that nothing caps',
  rationale:
    'A request that asks for a billion repetitions, elements or iterations makes the worker allocate memory or spin until it is killed; a handful of such requests takes the service down (CWE-770).',
  safeAlternative: 'Cap the value before use: $n = min(max((int) $n, 1), 100); or reject it: if ($n < 1 || $n > 100) abort(422);',
  match: { rule: { any: [FUNCTION_CALL, STATIC_CALL, NEW_EXPRESSION, { kind: 'for_statement' }, { kind: 'while_statement' }] } },
  check(node, ctx) {
    const kind = node.kind()
    if (kind === 'for_statement' || kind === 'while_statement') {
      // for ($i = 0; $i < $n; $i++): the bound is the right side of the comparison.
      const cond = kind === 'while_statement' ? unwrap(node.field('condition') ?? node.namedChildren()[0]!) : (node.field('condition') ?? node.namedChildren()[1])
      const cmp = cond?.kind() === 'sequence_expression' ? cond.namedChildren().at(-1) : cond
      if (!cmp || cmp.kind() !== 'binary_expression' || !/^<=?$/.test(cmp.field('operator')?.text() ?? '')) return false
      const bound = cmp.field('right')
      const counter = cmp.field('left')
      if (!bound || counter?.kind() !== 'variable_name') return false
      // while ($i < $n) counts only when the body steps $i; for loops step it in their header.
      if (kind === 'while_statement' && !new RegExp(`(?:\\+\\+\\s*${escapeStringRegexp(counter.text())}|${escapeStringRegexp(counter.text())}\\s*(?:\\+\\+|\\+=))`).test(node.text())) return false
      // Iterating over the input itself (count($items), strlen($s)) is proportional to it, not amplified.
      if (proportional(ctx, bound)) return false
      return unbounded(ctx, node, bound) ? { data: { CALL: 'the loop' } } : false
    }
    const name = nameOf(ctx, node)
    const positions = Object.hasOwn(SIZED, name) ? SIZED[name] : undefined
    if (!positions) return false
    for (const i of positions) {
      const a = arg(node, i)
      if (a && unbounded(ctx, node, a)) return { data: { CALL: name } }
    }
    return false
  },
})

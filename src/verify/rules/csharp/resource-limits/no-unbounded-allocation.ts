import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { args, callName, CSHARP_INPUT_WORDS, declaredType, receiver, resolve, uncappedSize } from '../../java/_utils/managed.js'

function numericLooking(size: SgNode, ctx: RuleContext): boolean {
  const n = resolve(size, ctx)
  const k = String(n.kind())
  if (/integer_literal|binary_expression|cast_expression|prefix_unary_expression/.test(k)) return true
  if (k === 'invocation_expression') return /^(?:Parse|ToInt32|ToInt64|GetInt32|GetInt64|ReadInt32|ReadInt64|Next)$/.test(callName(n))
  if (size.kind() === 'identifier') return /^(?:int|long|short|uint|ulong|Int32|Int64|nint)\??$/.test(declaredType(size.text(), size, ctx) ?? '')
  if (k === 'member_access_expression') return /\.(?:Length|Count|ContentLength|Value)$/.test(n.text())
  return false
}

function sizeOf(node: SgNode, ctx: RuleContext): { what: string; size: SgNode } | undefined {
  const k = node.kind()
  if (k === 'array_creation_expression' || k === 'stackalloc_expression') {
    const rank = node.find({ rule: { kind: 'array_rank_specifier' } })
    const size = rank?.namedChildren()[0]
    return size ? { what: `${k === 'stackalloc_expression' ? 'stackalloc' : 'new'} ${node.namedChildren()[0]?.text() ?? ''}`, size } : undefined
  }
  const a = args(node)
  if (k === 'object_creation_expression') {
    const name = callName(node)
    const size = name === 'String' || name === 'string' ? a[1] : a[0]
    if (!size || !numericLooking(size, ctx)) return undefined
    return { what: `new ${name}(…)`, size }
  }
  if (k === 'invocation_expression') {
    const name = callName(node)
    const recv = receiver(node)?.text().replace(/\s+/g, '') ?? ''
    if (/^(?:Repeat|Range)$/.test(name) && /(?:^|\.)Enumerable$/.test(recv) && a[1]) return { what: `Enumerable.${name}`, size: a[1] }
    if (name === 'Rent' && /ArrayPool/.test(recv) && a[0]) return { what: 'ArrayPool.Rent', size: a[0] }
    if (/^(?:AllocateUninitializedArray|AllocateArray)$/.test(name) && /(?:^|\.)GC$/.test(recv) && a[0]) return { what: `GC.${name}`, size: a[0] }
    if (name === 'Resize' && /(?:^|\.)Array$/.test(recv) && a[1]) return { what: 'Array.Resize', size: a[1] }
    if (/^(?:PadLeft|PadRight)$/.test(name) && a[0] && numericLooking(a[0], ctx)) return { what: `string.${name}`, size: a[0] }
    return undefined
  }
  if (k === 'for_statement') {
    const cond = node.field('condition')
    if (!cond || cond.kind() !== 'binary_expression') return undefined
    const [l, r] = cond.namedChildren()
    if (!l || !r) return undefined
    const op = cond.text().slice(l.range().end.index - cond.range().start.index, r.range().start.index - cond.range().start.index).trim()
    const bound = op === '<' || op === '<=' ? r : op === '>' || op === '>=' ? l : undefined
    return bound ? { what: 'a loop bound', size: bound } : undefined
  }
  return undefined
}

export default defineRule({
  id: 'csharp/no-unbounded-allocation',
  languages: ['csharp'],
  title: 'Allocation or loop sized by external input without a cap',
  property: 'resource.limits',
  cwe: ['CWE-400', 'CWE-770', 'CWE-789'],
  severity: 'medium',
  confidence: 'high',
  message: '{{WHAT}} is sized by external input with no upper bound',
  rationale:
    'A size, count or repetition taken from the request lets one small request ask for gigabytes of memory (OutOfMemoryException, or a stack overflow for stackalloc) or billions of iterations, taking the service down for everyone (CWE-400, CWE-770).',
  safeAlternative: 'Validate the number against a maximum first (if (n is < 0 or > MaxItems) return BadRequest();) or clamp it with Math.Clamp(n, 0, MaxItems).',
  // reports only sizes from external input (uncappedSize); the sinks' own words (`new`, `for`) are everywhere
  requires: { words: CSHARP_INPUT_WORDS },
  match: {
    rule: {
      any: [
        { kind: 'array_creation_expression', has: { kind: 'array_type', has: { kind: 'array_rank_specifier', has: { kind: 'identifier', stopBy: 'end' } } } },
        { kind: 'stackalloc_expression' },
        { kind: 'object_creation_expression', has: { field: 'type', regex: '^(List|HashSet|Dictionary|StringBuilder|MemoryStream|Queue|Stack|string|String|BitArray)(<.*>)?$' } },
        { kind: 'invocation_expression', has: { field: 'function', regex: '\\.(Repeat|Range|Rent|AllocateUninitializedArray|AllocateArray|Resize|PadLeft|PadRight)(<.*>)?$' } },
        { kind: 'for_statement' },
      ],
    },
  },
  check(node, ctx) {
    const s = sizeOf(node, ctx)
    if (!s || !uncappedSize(node, s.size, ctx)) return false
    if (node.kind() === 'for_statement') return { node: node.field('condition') ?? node, data: { WHAT: s.what } }
    return { data: { WHAT: s.what } }
  },
})

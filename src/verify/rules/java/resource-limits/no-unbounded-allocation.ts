import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { args, callName, declaredType, JAVA_INPUT_WORDS, receiver, resolve, uncappedSize } from '../_utils/managed.js'

/** Capacity arguments are numbers; collection-copy constructors take collections. */
function numericLooking(size: SgNode, ctx: RuleContext): boolean {
  const n = resolve(size, ctx)
  const k = n.kind()
  if (/integer_literal|binary_expression|cast_expression|unary_expression/.test(String(k))) return true
  if (k === 'method_invocation') return /^(?:parseInt|parseLong|valueOf|readInt|readLong|nextInt|nextLong|getContentLength|getContentLengthLong|getIntHeader|intValue|longValue)$/.test(callName(n))
  if (size.kind() === 'identifier') return /^(?:int|long|short|Integer|Long|Short)$/.test(declaredType(size.text(), size, ctx) ?? '')
  return false
}

function sizeOf(node: SgNode, ctx: RuleContext): { what: string; size: SgNode } | undefined {
  const k = node.kind()
  if (k === 'array_creation_expression') {
    const dim = node.namedChildren().find((c) => c.kind() === 'dimensions_expr')
    const size = dim?.namedChildren()[0]
    return size ? { what: `new ${node.field('type')?.text() ?? ''}[…]`, size } : undefined
  }
  const a = args(node)
  if (k === 'object_creation_expression') {
    const name = callName(node)
    if (!/^(?:ArrayList|HashMap|HashSet|LinkedHashMap|LinkedHashSet|StringBuilder|StringBuffer|ArrayDeque|Vector|ByteArrayOutputStream|CharArrayWriter|PriorityQueue|ConcurrentHashMap|BufferedInputStream|BufferedReader)$/.test(name)) return undefined
    const size = name.startsWith('Buffered') ? a[1] : a[0]
    if (!size || a.length > (name.startsWith('Buffered') ? 2 : 1)) return undefined
    if (!numericLooking(size, ctx)) return undefined
    return { what: `new ${name}(…)`, size }
  }
  if (k === 'method_invocation') {
    const name = callName(node)
    const recv = receiver(node)?.text().replace(/\s+/g, '') ?? ''
    if (/^(?:allocate|allocateDirect)$/.test(name) && /(?:^|\.)(?:ByteBuffer|CharBuffer|IntBuffer|LongBuffer)$/.test(recv) && a[0]) return { what: `${recv}.${name}`, size: a[0] }
    if (name === 'repeat' && a.length === 1 && recv) return { what: 'String.repeat', size: a[0]! }
    if (name === 'nCopies' && /Collections$/.test(recv) && a[0]) return { what: 'Collections.nCopies', size: a[0] }
    if (/^(?:range|rangeClosed)$/.test(name) && /(?:Int|Long)Stream$/.test(recv) && a[1]) return { what: `${recv}.${name}`, size: a[1] }
    if (name === 'generate' && /Stream$/.test(recv)) return undefined
    if (name === 'limit' && a[0] && /Stream\.(?:generate|iterate)\(/.test(recv)) return { what: 'Stream.limit', size: a[0] }
    if (/^(?:copyOf|fill)$/.test(name) && recv === 'Arrays' && name === 'copyOf' && a[1]) return { what: 'Arrays.copyOf', size: a[1] }
    return undefined
  }
  if (k === 'for_statement') {
    const cond = node.field('condition')
    if (!cond || cond.kind() !== 'binary_expression') return undefined
    const [l, r] = cond.namedChildren()
    const op = cond.text().slice(l!.range().end.index - cond.range().start.index, r!.range().start.index - cond.range().start.index).trim()
    const bound = op === '<' || op === '<=' ? r : op === '>' || op === '>=' ? l : undefined
    return bound ? { what: 'loop', size: bound } : undefined
  }
  return undefined
}

export default defineRule({
  id: 'java/no-unbounded-allocation',
  languages: ['java'],
  title: 'Allocation or loop sized by external input without a cap',
  property: 'resource.limits',
  cwe: ['CWE-400', 'CWE-770', 'CWE-789'],
  severity: 'medium',
  confidence: 'high',
  message: '{{WHAT}} is sized by external input with no upper bound',
  rationale:
    'A size, count or repetition taken from the request lets one small request ask for gigabytes of memory or billions of iterations: OutOfMemoryError or a pinned CPU takes the service down for everyone (CWE-400, CWE-770).',
  safeAlternative: 'Validate the number against a maximum first (if (n < 0 || n > MAX_ITEMS) throw new IllegalArgumentException()), or clamp it with Math.min(n, MAX_ITEMS).',
  // reports only sizes from external input (uncappedSize); the sinks' own words (`new`, `for`) are everywhere
  requires: { words: JAVA_INPUT_WORDS },
  match: {
    rule: {
      any: [
        { kind: 'array_creation_expression', has: { kind: 'dimensions_expr' } },
        { kind: 'object_creation_expression', has: { field: 'type', regex: '^(ArrayList|HashMap|HashSet|LinkedHashMap|LinkedHashSet|StringBuilder|StringBuffer|ArrayDeque|Vector|ByteArrayOutputStream|CharArrayWriter|PriorityQueue|ConcurrentHashMap|BufferedInputStream|BufferedReader)(<.*>)?$' } },
        { kind: 'method_invocation', has: { field: 'name', regex: '^(allocate|allocateDirect|repeat|nCopies|range|rangeClosed|limit|copyOf)$' } },
        { kind: 'for_statement', has: { field: 'condition', kind: 'binary_expression' } },
      ],
    },
  },
  check(node, ctx) {
    const s = sizeOf(node, ctx)
    if (!s || !uncappedSize(node, s.size, ctx)) return false
    if (node.kind() === 'for_statement') {
      // Report the loop at its header line.
      return { node: node.field('condition') ?? node, data: { WHAT: 'a loop bound' } }
    }
    return { data: { WHAT: s.what } }
  },
})

import type { SgNode } from '@ast-grep/napi'
import { defineRule } from '../../../engine/rule.js'
import { uncappedExternal } from '../_utils/limits.js'

const ALLOC_FUNCS = /(?:^|::)(?:Vec|String|VecDeque|HashMap|HashSet|BTreeMap|BytesMut|BinaryHeap|IndexMap)(?:::<[^>]*>)?::with_capacity$/
const SIZE_METHODS = /^(?:repeat|resize|reserve|reserve_exact|with_capacity|take)$/

export default defineRule({
  id: 'rust/no-unchecked-size-from-input',
  languages: ['rust'],
  title: 'Allocation, repetition or loop sized by external input',
  property: 'resource.limits',
  cwe: ['CWE-400', 'CWE-770', 'CWE-789'],
  severity: 'medium',
  confidence: 'medium',
  message: '{{WHAT}} is sized by external input with no upper bound',
  rationale:
    'A size, count or repetition taken straight from a request, argument or file lets one request ask for gigabytes of memory or billions of iterations, exhausting the process for every other user (denial of service, CWE-400/CWE-770).',
  safeAlternative: 'Cap the value before use: `let n = q.count.min(MAX_ITEMS);` or reject it (`if n > MAX { return Err(...) }`).',
  // the sizing calls, `vec![x; n]`, and the `..` of a `for` loop's range
  requires: { words: ['with_capacity', 'repeat', 'resize', 'reserve', 'vec!', '..'] },
  match: {
    rule: {
      any: [
        { kind: 'call_expression', has: { field: 'function', kind: 'scoped_identifier', regex: 'with_capacity$' } },
        { kind: 'call_expression', has: { field: 'function', kind: 'field_expression', has: { field: 'field', regex: SIZE_METHODS.source } } },
        { kind: 'macro_invocation', regex: '^vec![ \\t\\r\\n]*\\[[^\\]]*;' },
        { kind: 'range_expression', inside: { kind: 'for_expression' } },
      ],
    },
  },
  check(node, ctx) {
    let size: SgNode | undefined
    let what: string
    if (node.kind() === 'range_expression') {
      if (node.parent()?.field('value')?.id() !== node.id()) return false
      size = node.namedChildren().at(-1)
      what = `for loop over ${node.text()}`
    } else if (node.kind() === 'macro_invocation') {
      const tree = node.namedChildren().at(-1)
      const semi = tree?.children().findIndex((c) => c.text() === ';') ?? -1
      if (!tree || semi < 0) return false
      for (const c of tree.children().slice(semi + 1)) {
        if (c.kind() === 'identifier' || c.kind() === 'field_expression') {
          if (uncappedExternal(c, node, ctx)) return { data: { WHAT: 'vec![…; n]' } }
        }
      }
      return false
    } else {
      const fn = node.field('function')!
      const args = ctx.flow.callArguments(node)
      if (fn.kind() === 'scoped_identifier') {
        if (!ALLOC_FUNCS.test(fn.text().replace(/\s+/g, ''))) return false
        size = args[0]
        what = fn.text()
      } else {
        const method = fn.field('field')?.text() ?? ''
        if (method === 'take') {
          // iter::repeat(x).take(n) / repeat_n
          if (!/(?:^|::)repeat\(/.test(fn.field('value')?.text() ?? '')) return false
        }
        size = method === 'resize' ? args[0] : args[0]
        what = `.${method}(…)`
      }
    }
    if (!size) return false
    return uncappedExternal(size, node, ctx) ? { data: { WHAT: what } } : false
  },
})

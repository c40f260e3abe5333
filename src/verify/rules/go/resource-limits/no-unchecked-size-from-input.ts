import type { SgNode } from '@ast-grep/napi'
import { defineRule } from '../../../engine/rule.js'
import { uncappedExternal } from '../../rust/_utils/limits.js'
import { words } from '../../rust/_utils/shared.js'
import { packageCall } from '../_utils/go.js'

export default defineRule({
  id: 'go/no-unchecked-size-from-input',
  languages: ['go'],
  title: 'Allocation, repetition or loop sized by external input',
  property: 'resource.limits',
  cwe: ['CWE-400', 'CWE-770', 'CWE-789'],
  severity: 'medium',
  confidence: 'medium',
  message: '{{WHAT}} is sized by external input with no upper bound',
  rationale:
    'A size, count or repetition taken straight from a request, argument or file lets one request ask for gigabytes of memory or billions of iterations, exhausting the process for every other user (denial of service, CWE-400/CWE-770).',
  safeAlternative: 'Cap the value before use: `n = min(n, maxItems)` or reject it (`if n < 0 || n > maxItems { http.Error(w, "too large", 400); return }`).',
  // make, the sizing calls, and `for` (three-clause loops and `for i := range n`)
  requires: { words: ['make', 'Repeat', 'Grow', 'NewBuffer', 'NewReaderSize', 'NewWriterSize', 'for'] },
  match: {
    rule: {
      any: [
        { kind: 'call_expression', has: { field: 'function', kind: 'identifier', regex: '^make$' } },
        { kind: 'call_expression', has: { field: 'function', kind: 'selector_expression', has: { field: 'field', regex: '^(?:Repeat|Grow|NewBuffer|NewReaderSize|NewWriterSize)$' } } },
        { kind: 'for_clause' },
        { kind: 'range_clause' },
      ],
    },
  },
  check(node, ctx) {
    const kind = node.kind()
    let sizes: SgNode[] = []
    let what: string
    let at: SgNode = node
    if (kind === 'for_clause') {
      const cond = node.field('condition')
      if (!cond || cond.kind() !== 'binary_expression') return false
      const op = cond.children().find((c) => !c.isNamed())?.text()
      const left = cond.field('left')
      const right = cond.field('right')
      if (!left || !right) return false
      if (op === '<' || op === '<=') sizes = [right]
      else if (op === '>' || op === '>=') sizes = [left]
      what = 'loop bound'
      at = cond
    } else if (kind === 'range_clause') {
      // Go 1.22: for i := range n
      const right = node.field('right')
      if (!right || right.kind() === 'call_expression' && /\.(?:Body|Stdin)\b/.test(right.text())) return false
      if (!uncappedRangeInt(right)) return false
      sizes = [right]
      what = 'range loop over a number'
    } else {
      const fn = node.field('function')!
      const args = ctx.flow.callArguments(node)
      if (fn.kind() === 'identifier') {
        // make([]T, n) / make([]T, 0, n) / make(map[K]V, n) / make(chan T, n)
        sizes = args.slice(1)
        what = `make(${args[0]?.text() ?? ''}, …)`
      } else {
        const pc = packageCall(node, ctx)
        if (pc && /^(?:strings|bytes)$/.test(pc[0]) && pc[1] === 'Repeat') sizes = args.slice(1, 2)
        else if (pc && pc[0] === 'bytes' && pc[1] === 'NewBuffer') sizes = []
        else if (pc && pc[0] === 'bufio' && /^New(?:Reader|Writer)Size$/.test(pc[1])) sizes = args.slice(1, 2)
        else if (!pc && fn.field('field')?.text() === 'Grow') sizes = args.slice(0, 1)
        what = fn.text()
      }
    }
    for (const s of sizes) if (uncappedExternal(s, node, ctx)) return { node: at, data: { WHAT: what } }
    return false
  },
})

/** A range clause over an integer expression, not a slice or map (those are bounded by their data). */
function uncappedRangeInt(right: SgNode): boolean {
  const t = right.text()
  if (/^(?:strconv\.Atoi|int\(|int64\()/.test(t)) return true
  if (!/^[\w.]+$/.test(t)) return false
  const last = words(t.split('.').at(-1) ?? t).at(-1) ?? ''
  return /^(?:count|num|n|size|limit|times|iterations|total|max|rounds|retries|workers|depth)$/.test(last)
}

import { defineRule } from '../../../engine/rule.js'
import { constInt, destinationArray, subscriptIndex, unwrap } from '../_utils/c.js'
import escapeStringRegexp from 'escape-string-regexp'

export default defineRule({
  id: 'c/no-off-by-one-loop',
  languages: ['c', 'cpp'],
  title: 'Loop writes a[i] with i <= N for an array of N elements',
  property: 'memory.bounds',
  cwe: ['CWE-193', 'CWE-787'],
  severity: 'high',
  confidence: 'high',
  message: 'the loop runs {{I}} up to and including {{BOUND}} and writes {{ARRAY}}[{{I}}], one element past the end',
  rationale:
    'An array of N elements has indexes 0 to N-1; a loop bounded by i <= N performs one more iteration and writes element N, past the end of the array, corrupting whatever follows it (CWE-193 off-by-one).',
  safeAlternative: 'Bound the loop with i < N (or i < sizeof a / sizeof a[0]).',
  match: {
    rule: {
      kind: 'for_statement',
      has: { field: 'condition', kind: 'binary_expression', regex: '<=' },
    },
  },
  requires: { words: ['<='] },
  check(node, ctx) {
    const cond = unwrap(node.field('condition')!)
    if (cond.field('operator')?.text() !== '<=') return false
    const i = cond.field('left')
    const bound = cond.field('right')
    if (!i || !bound || i.kind() !== 'identifier') return false
    const body = node.field('body')
    if (!body) return false
    const boundValue = constInt(bound, ctx)
    const boundText = bound.text().replace(/\s+/g, '')
    for (const sub of body.findAll({ rule: { kind: 'subscript_expression', inside: { kind: 'assignment_expression', field: 'left', stopBy: 'neighbor' } } })) {
      const index = subscriptIndex(sub)
      const base = sub.field('argument')
      if (!index || !base || index.text() !== i.text()) continue
      const array = destinationArray(base, ctx)
      if (!array) continue
      const sizeText = array.sizeNode?.text().replace(/\s+/g, '')
      const perElement = new RegExp(`^sizeof\\(?${escapeStringRegexp(base.text())}\\)?/sizeof\\(?\\*?${escapeStringRegexp(base.text())}(?:\\[0\\])?\\)?$`)
      const same = (sizeText !== undefined && sizeText === boundText) || (boundValue !== undefined && array.size !== undefined && boundValue >= array.size) || perElement.test(boundText)
      if (same) return { data: { I: i.text(), BOUND: bound.text(), ARRAY: base.text() } }
    }
    return false
  },
})

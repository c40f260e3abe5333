import { defineRule } from '../../../engine/rule.js'
import { EXTERNAL_INPUT_WORDS, unwrap } from '../_utils/c.js'
import { uncappedExternal } from '../_utils/limits.js'

export default defineRule({
  id: 'c/no-unbounded-loop-from-input',
  languages: ['c', 'cpp'],
  title: 'Loop bound taken from external input with no cap',
  property: 'resource.limits',
  cwe: ['CWE-400', 'CWE-606'],
  severity: 'medium',
  confidence: 'medium',
  message: 'the loop runs {{BOUND}} times, a count from external input ({{SOURCE}}) that nothing caps',
  rationale:
    'When a count read from a request, a file header or the command line bounds a loop, a client sends 2^31 and the process spins for minutes or keeps allocating per iteration, exhausting CPU or memory (CWE-400, CWE-606).',
  safeAlternative: 'Reject counts above a fixed maximum before looping (if (count > MAX_ITEMS) return -1;), or bound the loop by the amount of data actually received.',
  match: {
    rule: {
      any: [{ kind: 'for_statement' }, { kind: 'while_statement' }],
      has: { field: 'condition', stopBy: 'end', kind: 'binary_expression', regex: '<|>|!=' },
    },
  },
  // reports only bounds from external input
  requires: { words: EXTERNAL_INPUT_WORDS },
  check(node, ctx) {
    let cond = node.field('condition')
    if (!cond) return false
    cond = unwrap(cond)
    if (cond.kind() === 'condition_clause') cond = unwrap(cond.namedChildren()[0] ?? cond)
    if (cond.kind() !== 'binary_expression') return false
    const op = cond.field('operator')?.text() ?? ''
    const left = cond.field('left')
    const right = cond.field('right')
    if (!left || !right) return false
    // `i < n`, `i <= n`, `i != n`, `n > i`
    const bound = op === '<' || op === '<=' || op === '!=' ? right : op === '>' || op === '>=' ? left : null
    if (!bound) return false
    const origin = uncappedExternal(bound, node, ctx)
    if (!origin) return false
    return { data: { BOUND: bound.text(), SOURCE: (origin.source ?? bound.text()).replace(/\s+/g, ' ').slice(0, 40) } }
  },
})

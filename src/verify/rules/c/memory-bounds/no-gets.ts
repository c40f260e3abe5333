import { defineRule } from '../../../engine/rule.js'
import { callWords } from '../_utils/c.js'

export default defineRule({
  id: 'c/no-gets',
  languages: ['c', 'cpp'],
  title: 'gets reads a line with no bound',
  property: 'memory.bounds',
  cwe: ['CWE-242', 'CWE-120'],
  severity: 'critical',
  confidence: 'high',
  message: '{{FN}} reads an unbounded line into {{BUF}}: any input longer than the buffer overflows it',
  rationale:
    'gets cannot know the size of its buffer, so a line longer than the buffer writes past its end; an attacker who controls standard input overwrites the stack and takes over the process (CWE-120). It was removed from C11 for this reason.',
  safeAlternative: 'Use fgets(buf, sizeof buf, stdin) (and strip the newline), or getline() for lines of any length.',
  match: {
    rule: { pattern: { context: 'void f() { $FN($BUF); }', selector: 'call_expression' }, has: { field: 'function', regex: '^(?:(?:::)?(?:std::)?gets|_getws|getws|_getts)$' } },
    constraints: { FN: { regex: '^(?:(?:::)?(?:std::)?gets|_getws|getws|_getts)$' } },
  },
  // `gets` is part of `targets` and `widgets`: look for its calls
  requires: { words: ['getws', '_getts', ...callWords(['gets'])] },
  fix: {
    template: 'fgets($BUF, sizeof $BUF, stdin)',
    kind: 'unsafe',
    description: 'Bound the read by the buffer size with fgets; fgets keeps the newline, and sizeof is only the buffer size when $BUF is an array.',
  },
})

import { defineRule } from '../../../engine/rule.js'
import { findArray } from '../../c/_utils/c.js'

export default defineRule({
  id: 'cpp/no-unbounded-stream-extraction',
  languages: ['cpp'],
  title: 'operator>> into a char array without std::setw',
  property: 'memory.bounds',
  cwe: ['CWE-120', 'CWE-787'],
  severity: 'high',
  confidence: 'high',
  message: '{{STREAM}} >> {{BUF}} reads a word of any length into a fixed-size char array',
  rationale:
    'Before C++20, extracting into a char array (or char*) stores the whole next word, however long, and overflows the array when the input is longer than it: the stream equivalent of scanf("%s") (CWE-120).',
  safeAlternative: 'Read into a std::string (std::string word; std::cin >> word;), or bound the extraction with std::cin >> std::setw(sizeof buf) >> buf.',
  match: {
    rule: {
      kind: 'binary_expression',
      has: { field: 'operator', regex: '^>>$' },
      not: { inside: { kind: 'binary_expression', stopBy: 'neighbor', has: { field: 'operator', regex: '^>>$' } } },
    },
  },
  requires: { words: ['>>'] },
  check(node, ctx) {
    // flatten `in >> a >> std::setw(n) >> b`
    const operands = []
    let cur = node
    while (cur.kind() === 'binary_expression' && cur.field('operator')?.text() === '>>') {
      operands.unshift(cur.field('right')!)
      cur = cur.field('left')!
    }
    const stream = cur.text().replace(/\s+/g, '')
    if (!/^(?:std::)?(?:cin|wcin)$|(?:^|_)(?:in|is|ifs|iss|input|stream|file|fin)$/i.test(stream)) return false
    let bounded = false
    for (const op of operands) {
      if (/\bsetw\s*\(/.test(op.text())) {
        bounded = true
        continue
      }
      if (op.kind() === 'identifier') {
        const arr = findArray(op.text(), op, ctx)
        if (arr && /^(?:const\s+)?(?:(?:un)?signed\s+)?(?:char|wchar_t)$/.test(arr.type) && !bounded) return { data: { STREAM: stream, BUF: op.text() } }
      }
      bounded = false
    }
    return false
  },
})

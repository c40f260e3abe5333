import { defineRule } from '../../../engine/rule.js'
import { calleeName, callArgs, literalValue, parseFormat } from '../_utils/c.js'

const FORMAT_AT: Record<string, number> = { scanf: 0, vscanf: 0, wscanf: 0, fscanf: 1, vfscanf: 1, fwscanf: 1, sscanf: 1, vsscanf: 1, swscanf: 1, _tscanf: 0, _stscanf: 1, _ftscanf: 1 }

export default defineRule({
  id: 'c/no-unbounded-scanf',
  languages: ['c', 'cpp'],
  title: 'scanf %s or %[ without a field width',
  property: 'memory.bounds',
  cwe: ['CWE-120', 'CWE-787'],
  severity: 'high',
  confidence: 'high',
  message: '{{FN}} reads a string with no field width: input longer than the buffer overflows it',
  rationale:
    'A %s or %[ conversion without a width stores every non-space character of the input, however long, into the target buffer; a long word on standard input, in a file or in a parsed string overflows the buffer (CWE-120).',
  safeAlternative: 'Give every %s and %[ a width one less than the buffer (char name[32]; scanf("%31s", name)), or read lines with fgets and parse them.',
  match: {
    rule: {
      kind: 'call_expression',
      has: { field: 'function', regex: `^(?:::)?(?:std::)?(?:${Object.keys(FORMAT_AT).join('|')})$` },
    },
  },
  check(node, ctx) {
    const name = calleeName(node)
    const fmt = callArgs(node, ctx)[FORMAT_AT[name] ?? 0]
    if (!fmt) return false
    const lit = literalValue(fmt)
    if (lit === undefined) return false
    const unbounded = parseFormat(lit, true).some((c) => (c.conv === 's' || c.conv === '[' || c.conv === 'S' || c.conv === 'ls') && !c.width)
    return unbounded ? { data: { FN: name } } : false
  },
})

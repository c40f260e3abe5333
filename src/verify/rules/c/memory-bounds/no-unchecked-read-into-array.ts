import type { SgNode } from '@ast-grep/napi'
import { defineRule } from '../../../engine/rule.js'
import { uncheckedCopy } from '../_utils/bounds.js'
import { calleeName, callArgs, callWords, minimalWords } from '../_utils/c.js'

/** For each reader: index of the destination buffer and of the length argument(s). */
const READERS: Record<string, { dst: number; len: number[] }> = {
  read: { dst: 1, len: [2] },
  pread: { dst: 1, len: [2] },
  recv: { dst: 1, len: [2] },
  recvfrom: { dst: 1, len: [2] },
  fread: { dst: 0, len: [1, 2] },
  fgets: { dst: 0, len: [1] },
  fgetws: { dst: 0, len: [1] },
  gzread: { dst: 1, len: [2] },
  SSL_read: { dst: 1, len: [2] },
  BIO_read: { dst: 1, len: [2] },
  mbedtls_ssl_read: { dst: 1, len: [2] },
  ReadFile: { dst: 1, len: [2] },
  recv_all: { dst: 1, len: [2] },
  readn: { dst: 1, len: [2] },
}

export default defineRule({
  id: 'c/no-unchecked-read-into-array',
  languages: ['c', 'cpp'],
  title: 'read/recv/fread into a fixed-size buffer with an unchecked length',
  property: 'memory.bounds',
  cwe: ['CWE-120', 'CWE-787'],
  severity: 'high',
  confidence: 'high',
  message: '{{FN}} may store more bytes than the fixed-size array {{ARRAY}} holds: {{WHY}}',
  rationale:
    'read, recv, fread and fgets write up to the length they are given; when that length comes from a header, a parameter or arithmetic instead of the size of the destination array, a peer or file that sends more data writes past the end of the buffer (CWE-120, CWE-787).',
  safeAlternative: 'Pass sizeof buf (or sizeof buf - 1 to keep room for a terminator), or reject lengths above sizeof buf before reading.',
  match: {
    rule: {
      kind: 'call_expression',
      has: { field: 'function', regex: `^(?:::)?(?:std::)?(?:${Object.keys(READERS).join('|')})$` },
    },
  },
  // the callees; those ending in `read` or `gets` (parts of `thread`, `targets`) only as calls
  requires: { words: minimalWords([...Object.keys(READERS).filter((n) => !/(?:read|gets)$/.test(n)), ...callWords(Object.keys(READERS).filter((n) => /(?:read|gets)$/.test(n)))]) },
  check(node, ctx) {
    const spec = READERS[calleeName(node)]
    if (!spec) return false
    const args = callArgs(node, ctx)
    const dst = args[spec.dst]
    const lens = spec.len.map((i) => args[i]).filter((n): n is SgNode => !!n)
    if (!dst || lens.length !== spec.len.length) return false
    const hit = uncheckedCopy(node, dst, lens, ctx)
    return hit ? { data: { FN: calleeName(node), ARRAY: hit.array.name, WHY: hit.why } } : false
  },
})

import type { SgNode } from '@ast-grep/napi'
import { defineRule } from '../../../engine/rule.js'
import { callArgs, calleeName, enclosingFunctionNode, unwrap } from '../_utils/c.js'

const READS = /\b(?:read|recv|recvfrom|fread|fgets|getline|getdelim|getc|fgetc|getchar|SSL_read|BIO_read|gzread)\s*\(/
const LOOPS = new Set(['while_statement', 'for_statement', 'do_statement'])

/** The loop around `node` (within its function) whose condition or body reads input. */
function readLoop(node: SgNode): SgNode | null {
  const fn = enclosingFunctionNode(node)
  for (let cur = node.parent(); cur && cur.id() !== fn?.id(); cur = cur.parent()) {
    if (LOOPS.has(String(cur.kind())) && READS.test(cur.text())) return cur
  }
  return null
}

export default defineRule({
  id: 'c/no-unbounded-read-growth',
  languages: ['c', 'cpp'],
  title: 'Buffer grown with realloc for as long as input keeps coming',
  property: 'resource.limits',
  cwe: ['CWE-770', 'CWE-400'],
  severity: 'medium',
  confidence: 'medium',
  message: '{{FN}} grows {{BUF}} inside a read loop with no maximum size: a peer that keeps sending exhausts memory',
  rationale:
    'Reading a whole stream (standard input, a socket, an upload) into a buffer that is reallocated for every chunk has no upper bound: a client that never stops sending makes the process allocate until it is killed (CWE-770, CWE-400).',
  safeAlternative: 'Stop reading at a fixed maximum (if (len + n > MAX_BODY) { errno = EFBIG; goto fail; }) or process the stream in fixed-size chunks without keeping it all in memory.',
  match: {
    rule: { kind: 'call_expression', has: { field: 'function', regex: '^(?:::)?(?:std::)?(?:realloc|reallocarray|g_realloc|xrealloc)$' } },
  },
  check(node, ctx) {
    const loop = readLoop(node)
    if (!loop) return false
    const args = callArgs(node, ctx)
    const buf = args[0] ? unwrap(args[0]) : undefined
    const size = args[calleeName(node) === 'reallocarray' ? 2 : 1]
    if (!buf || !size) return false
    const names = ctx.flow.identifiers(size)
    // a cap: the loop condition, or a condition in the loop before the realloc, compares one of
    // the size variables with a limit (`len + n > MAX_BODY`, `total >= max_size`, `len < 65536`)
    const limit = '(?:[A-Z][A-Z0-9_]{2,}|\\d{3,}|\\w*(?:max|limit|Max|Limit)\\w*|sizeof\\b[^;{}]*)'
    const conditions = [loop.field('condition'), ...loop.findAll({ rule: { kind: 'if_statement' } }).filter((i) => i.range().start.index < node.range().start.index).map((i) => i.field('condition'))]
    for (const c of conditions) {
      const text = c?.text() ?? ''
      if (!names.some((n) => new RegExp(`\\b${n}\\b`).test(text))) continue
      if (new RegExp(`(?:>|>=)\\s*${limit}|${limit}\\s*(?:<|<=)|(?:<|<=)\\s*${limit}`).test(text)) return false
    }
    return { data: { FN: calleeName(node), BUF: buf.text() } }
  },
})

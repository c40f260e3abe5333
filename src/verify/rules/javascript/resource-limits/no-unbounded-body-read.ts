import type { SgNode } from '@ast-grep/napi'
import { defineRule } from '../../../engine/rule.js'
import { args, callee, fnOf, prop } from '../_utils/js.js'

const STREAMS = /^(?:req|request|socket|sock|conn|connection|stream|incoming|ws|client)$/
/** The body grows: body += chunk, chunks.push(chunk), Buffer.concat. */
const ACCUMULATES = /\+=|\.push\s*\(|Buffer\.concat|\.concat\s*\(/
/** A size check: a comparison involving a length or size, or destroying the stream. */
const CHECKS = /(?:length|size|bytes|received|total)\w*\s*(?:>|>=)|(?:<|<=)\s*\w*(?:length|size|bytes|total)|\.destroy\s*\(|\b(?:MAX|LIMIT)\w*\b/i

export default defineRule({
  id: 'javascript/no-unbounded-body-read',
  languages: ['javascript', 'typescript'],
  title: 'Request or socket body accumulated without a size limit',
  property: 'resource.limits',
  cwe: ['CWE-400', 'CWE-770'],
  severity: 'medium',
  confidence: 'medium',
  message: 'The body of {{STREAM}} is buffered to its end with no size limit',
  rationale:
    'Collecting every data chunk of a request or socket keeps whatever the client sends in memory: one multi-gigabyte (or endless) upload exhausts the heap and crashes the process for all users (CWE-400, CWE-770).',
  safeAlternative: 'Count the bytes and stop at a maximum (if (size > MAX_BODY) { req.destroy(); … }), or use a body parser with a limit (express.json({ limit: "100kb" }), raw-body with limit).',
  match: {
    rule: {
      any: [
        { kind: 'call_expression', all: [{ has: { field: 'function', kind: 'member_expression', regex: '^\\w+\\.on$' } }, { has: { field: 'arguments', regex: '^\\(\\s*["\']data["\']' } }] },
        { kind: 'for_in_statement', regex: '^for\\s+await' },
        { kind: 'call_expression', has: { field: 'function', regex: '^(?:getRawBody|rawBody|raw-body|getBody|streamToString|streamToBuffer|text|buffer|json)$' } },
      ],
    },
  },
  // `.on('data', …)` with the event name quoted, a `for await` loop, or a body reader that check
  // accepts by its module name (getRawBody, raw-body, get-stream, stream/consumers).
  requires: { words: ["data'", 'data"', 'await', 'getRawBody', 'raw-body', 'get-stream', 'stream/consumers'] },
  check(node, ctx) {
    let stream: SgNode | null | undefined
    let body: SgNode | null | undefined
    if (node.kind() === 'for_in_statement') {
      stream = node.field('right')
      body = node.field('body')
    } else {
      const name = callee(ctx, node)
      const a = args(ctx, node)
      if (/\.on$/.test(name)) {
        stream = fnOf(node)?.field('object')
        body = a[1]
      } else if (/^(?:raw-body|getRawBody|get-stream|stream\/consumers\.(?:text|buffer|json))$/.test(name)) {
        if (!a[0] || !STREAMS.test(a[0].text())) return false
        const opts = a[1]
        if (opts && (prop(opts, 'limit') || prop(opts, 'maxBuffer') || /limit/i.test(opts.text()))) return false
        return { data: { STREAM: a[0].text() } }
      } else return false
    }
    if (!stream || !body || !STREAMS.test(stream.text())) return false
    const text = body.text()
    if (!ACCUMULATES.test(text) || CHECKS.test(text)) return false
    return { data: { STREAM: stream.text() } }
  },
})

import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { definitionsOf } from '../_utils/shared.js'
import escapeStringRegexp from 'escape-string-regexp'

/** A socket: a TcpStream from accept/connect/incoming, or a parameter typed as one. */
function isSocket(recv: SgNode, ctx: RuleContext, depth = 0): boolean {
  let cur = recv
  for (;;) {
    if (cur.kind() === 'reference_expression' || cur.kind() === 'parenthesized_expression' || cur.kind() === 'try_expression' || cur.kind() === 'await_expression') cur = cur.namedChildren().at(-1) ?? cur
    else if (cur.kind() === 'call_expression' && /^(?:unwrap|expect|unwrap_or_else)$/.test(cur.field('function')?.field('field')?.text() ?? '')) cur = cur.field('function')!.field('value')!
    else break
  }
  const text = cur.text()
  if (/\.take\s*\(/.test(text)) return false
  if (/TcpStream::connect|\.accept\(\)|UnixStream::connect|TlsStream|\.incoming\(\)/.test(text)) return true
  if (cur.kind() !== 'identifier' || depth > 2) return false
  const defs = definitionsOf(text, cur, ctx)
  if (defs.some((d) => /\.take\s*\(/.test(d.value.text()))) return false
  if (defs.some((d) => isSocket(d.value, ctx, depth + 1))) return true
  // `for stream in listener.incoming()`, `let (stream, _) = listener.accept()?`, `stream: TcpStream`
  const esc = escapeStringRegexp(text)
  return new RegExp(`for\\s+(?:mut\\s+)?${esc}\\s+in\\s+[\\w.]+\\.incoming\\(\\)|let\\s+\\(\\s*(?:mut\\s+)?${esc}\\s*,[^)]*\\)\\s*=\\s*[\\w.]+\\.accept\\(\\)|\\b${esc}\\s*:\\s*&?(?:mut\\s+)?(?:std::net::|tokio::net::)?(?:TcpStream|UnixStream)\\b`).test(ctx.source)
}

export default defineRule({
  id: 'rust/no-unbounded-body-read',
  languages: ['rust'],
  title: 'Whole request body or socket read without a size limit',
  property: 'resource.limits',
  cwe: ['CWE-400', 'CWE-770'],
  severity: 'medium',
  confidence: 'medium',
  message: '{{F}} reads an entire external stream into memory without a size limit',
  rationale:
    'Reading a socket or request body to its end buffers whatever the peer sends: one client streaming gigabytes exhausts the server\'s memory (denial of service, CWE-400/CWE-770).',
  safeAlternative: 'Bound the read: `stream.take(MAX_BYTES).read_to_end(&mut buf)`, `http_body_util::Limited::new(body, MAX)`, `axum::body::to_bytes(body, MAX)`, or warp `content_length_limit`.',
  match: {
    rule: {
      kind: 'call_expression',
      has: {
        field: 'function',
        any: [
          { kind: 'field_expression', has: { field: 'field', regex: '^(?:read_to_end|read_to_string)$' } },
          { kind: 'scoped_identifier', regex: '(?:^|::)(?:body::to_bytes|hyper::body::to_bytes|to_bytes|aggregate|body::aggregate|warp::body::bytes|body::bytes|warp::body::json|body::json)$' },
        ],
      },
    },
  },
  check(node, ctx) {
    const fn = node.field('function')!
    if (fn.kind() === 'field_expression') {
      const recv = fn.field('value')
      return recv && isSocket(recv, ctx) ? { data: { F: `.${fn.field('field')?.text()}()` } } : false
    }
    const callee = fn.text()
    const args = ctx.flow.callArguments(node)
    if (/(?:^|::)(?:bytes|json)$/.test(callee)) {
      // warp filters: bounded when the chain adds content_length_limit
      if (!/\bwarp\b/.test(ctx.source) || /content_length_limit/.test(ctx.source)) return false
      return { data: { F: callee } }
    }
    if (/^to_bytes$/.test(callee) && !/hyper::body::to_bytes|use hyper::body|axum::body::to_bytes/.test(ctx.source)) return false
    // axum::body::to_bytes(body, limit): bounded unless the limit is usize::MAX
    if (args.length >= 2 && !/usize::MAX/.test(args[1]!.text())) return false
    if (/Limited::new/.test(args[0]?.text() ?? '')) return false
    return { data: { F: callee } }
  },
})

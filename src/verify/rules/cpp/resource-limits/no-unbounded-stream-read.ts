import type { SgNode } from '@ast-grep/napi'
import { defineRule } from '../../../engine/rule.js'
import { methodName } from '../../c/_utils/c.js'
import escapeStringRegexp from 'escape-string-regexp'

/** Streams that carry input from outside: standard input and network streams. */
const EXTERNAL_STREAM = /^(?:std::)?(?:cin|wcin)$|sock|socket|conn|client|peer|tcp_stream|stream_?in|request/i

function dynamicBufferWithoutMax(arg: SgNode | undefined, source: string): boolean {
  if (!arg) return false
  const t = arg.text().replace(/\s+/g, '')
  const m = /dynamic_buffer\((.*)\)$/.exec(t)
  if (m) return !m[1]!.includes(',')
  // a streambuf declared without a maximum size: `boost::asio::streambuf buf;`
  if (/^\w+$/.test(t)) return new RegExp(`streambuf\\s+${escapeStringRegexp(t)}\\s*(?:;|\\{\\s*\\}|\\(\\s*\\))`).test(source)
  return false
}

export default defineRule({
  id: 'cpp/no-unbounded-stream-read',
  languages: ['cpp'],
  title: 'Whole input or network stream read into memory without a limit',
  property: 'resource.limits',
  cwe: ['CWE-770', 'CWE-400'],
  severity: 'medium',
  confidence: 'medium',
  message: '{{WHAT}} reads from {{FROM}} until it ends, with no size limit',
  rationale:
    'Slurping standard input or a socket through istreambuf_iterator, rdbuf(), asio::read / read_until into an unlimited dynamic buffer, or a Beast parser with body_limit removed keeps everything a client sends in memory; a client that never stops sending exhausts it (CWE-770, CWE-400).',
  safeAlternative: 'Bound every read: asio::dynamic_buffer(str, kMaxMessage), boost::asio::streambuf buf(kMaxMessage), keep Beast\'s body_limit (or set a finite one), or read standard input in fixed chunks and stop at a maximum.',
  match: {
    rule: {
      any: [
        { kind: 'call_expression', has: { field: 'function', regex: '^(?:std::)?istreambuf_iterator<' } },
        { kind: 'call_expression', has: { field: 'function', regex: '(?:^|::)(?:read|read_until|async_read|async_read_until)$' } },
        { kind: 'call_expression', has: { field: 'function', kind: 'field_expression', has: { field: 'field', regex: '^(?:rdbuf|body_limit|header_limit)$' } } },
      ],
    },
  },
  // istreambuf_iterator, rdbuf, Beast's limits, and asio reads into a dynamic_buffer or a streambuf
  requires: { words: ['streambuf', 'dynamic_buffer', 'rdbuf', 'body_limit', 'header_limit'] },
  check(node, ctx) {
    const fn = node.field('function')!
    if (/istreambuf_iterator</.test(fn.text())) {
      // `std::istreambuf_iterator<char>(source)` names the stream it drains
      const arg = ctx.flow.callArguments(node)[0]
      if (!arg || !EXTERNAL_STREAM.test(arg.text().replace(/\s+/g, ''))) return false
      return { data: { WHAT: 'istreambuf_iterator', FROM: arg.text() } }
    }
    const m = fn.kind() === 'field_expression' ? methodName(node) : fn.text().split('::').at(-1)!
    const args = ctx.flow.callArguments(node)
    if (m === 'rdbuf') {
      const recv = fn.field('argument')?.text().replace(/\s+/g, '') ?? ''
      const p = node.parent()
      if (!/^(?:std::)?(?:cin|wcin)$/.test(recv) || p?.kind() !== 'binary_expression' || p.field('operator')?.text() !== '<<') return false
      return { data: { WHAT: `<< ${recv}.rdbuf()`, FROM: recv } }
    }
    if (m === 'body_limit' || m === 'header_limit') {
      const v = args[0]?.text().replace(/\s+/g, '') ?? ''
      return /^(?:boost::none|std::nullopt|\(?std::numeric_limits<[^>]*>::max\)?\(\)|UINT64_MAX|SIZE_MAX|-1)$/.test(v) ? { data: { WHAT: `${m}(${v})`, FROM: 'the connection' } } : false
    }
    // asio::read(s, dynamic_buffer(x)) / read_until(s, buf, delim) with no maximum size
    if (!/read/.test(m) || !/asio|^read|^async_read/.test(fn.text())) return false
    if (!dynamicBufferWithoutMax(args[1], ctx.source)) return false
    if (/^(?:read|async_read)$/.test(m) && args.length > 2 && !/^\[|handler|yield|use_awaitable|token/.test(args[2]!.text())) return false
    return { data: { WHAT: fn.text(), FROM: args[0]?.text() ?? 'the socket' } }
  },
})

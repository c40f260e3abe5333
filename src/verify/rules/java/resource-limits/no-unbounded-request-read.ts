import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { args, callName, receiver, receiverType, resolve } from '../_utils/managed.js'

const REQUEST_NAMES = /^(?:req|request|servletRequest|httpRequest|httpServletRequest|socket|sock|clientSocket|client|conn|connection|exchange|httpExchange|he|t|s|part|ws)$/

/** Is `stream` the body of an HTTP request or a socket? */
function requestStream(stream: SgNode, ctx: RuleContext): string | undefined {
  const n = resolve(stream, ctx)
  if (n.kind() !== 'method_invocation') return undefined
  const name = callName(n)
  const recv = receiver(n)
  if (!recv) return undefined
  if (name === 'getRequestBody') return 'the request body'
  if (!/^(?:getInputStream|getReader)$/.test(name)) return undefined
  const type = receiverType(recv, ctx) ?? ''
  if (/(?:Http)?Servlet(?:Request|RequestWrapper)$|^Socket$|SSLSocket$|HttpExchange$|^Part$/.test(type)) return /Socket/.test(type) ? 'the socket stream' : 'the request body'
  if (!type && REQUEST_NAMES.test(recv.text())) return /sock|client|conn|^s$/.test(recv.text()) ? 'the socket stream' : 'the request body'
  return undefined
}

export default defineRule({
  id: 'java/no-unbounded-request-read',
  languages: ['java'],
  title: 'Whole request body or socket stream read without a limit',
  property: 'resource.limits',
  cwe: ['CWE-400', 'CWE-770'],
  severity: 'medium',
  confidence: 'high',
  message: '{{CALL}} reads all of {{WHAT}} into memory with no size limit',
  rationale:
    'readAllBytes, IOUtils.toByteArray and friends keep reading until the peer stops sending: a client that streams gigabytes (or never ends) exhausts the heap and takes the service down (CWE-400, CWE-770).',
  safeAlternative: 'Reject large bodies first (if (req.getContentLengthLong() > MAX) return 413) and read at most MAX bytes: in.readNBytes(MAX + 1), BoundedInputStream, or Guava ByteStreams.limit(in, MAX).',
  match: {
    rule: {
      kind: 'method_invocation',
      has: { field: 'name', regex: '^(readAllBytes|toByteArray|toString|copyToByteArray|copyToString|readLines|lines)$' },
    },
  },
  // requestStream() resolves the stream to getRequestBody(), getInputStream() or getReader(); the
  // derived `toString` and `lines` are everywhere
  requires: { words: ['getRequestBody', 'getInputStream', 'getReader'] },
  check(node, ctx) {
    const name = callName(node)
    const recv = receiver(node)
    const recvText = recv?.text().replace(/\s+/g, '') ?? ''
    let stream: SgNode | undefined
    if (name === 'readAllBytes' && recv) stream = recv
    else if (name === 'lines' && recv) stream = recv
    else if (/^(?:toByteArray|toString|readLines)$/.test(name) && /(?:^|\.)(?:IOUtils|ByteStreams|CharStreams)$/.test(recvText)) stream = args(node)[0]
    else if (/^(?:copyToByteArray|copyToString)$/.test(name) && /(?:^|\.)(?:StreamUtils|FileCopyUtils)$/.test(recvText)) stream = args(node)[0]
    if (!stream) return false
    const what = requestStream(stream, ctx)
    if (!what) return false
    const fn = ctx.flow.enclosingFunction(node)
    if (fn && /getContentLength(?:Long)?\s*\(\s*\)\s*[<>]|[<>]=?\s*\w*\.?getContentLength|BoundedInputStream|ByteStreams\.limit|LimitedInputStream|readNBytes|CountingInputStream/.test(fn.text())) return false
    return { data: { CALL: `${recvText.replace(/\(.*$/s, '')}.${name}`.replace(/^\./, ''), WHAT: what } }
  },
})

import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { args, callName, receiver, resolve } from '../../java/_utils/managed.js'

/** Is `stream` an HTTP request body or a network stream? */
function networkStream(stream: SgNode, ctx: RuleContext): string | undefined {
  const n = resolve(stream, ctx)
  const t = n.text().replace(/\s+/g, '')
  if (/(?:^|\.)Request\.(?:Body|InputStream|GetBufferlessInputStream\(\))$|^(?:req|request)\.Body$/.test(t)) return 'the request body'
  if (/\.GetStream\(\)$/.test(t)) return 'the network stream'
  if (n.kind() === 'object_creation_expression' && /^(?:StreamReader|BinaryReader)$/.test(callName(n)) && args(n)[0]) return networkStream(args(n)[0]!, ctx)
  return undefined
}

export default defineRule({
  id: 'csharp/no-unbounded-request-read',
  languages: ['csharp'],
  title: 'Whole request body or network stream read without a limit',
  property: 'resource.limits',
  cwe: ['CWE-400', 'CWE-770'],
  severity: 'medium',
  confidence: 'high',
  message: '{{CALL}} reads all of {{WHAT}} into memory with no size limit',
  rationale:
    'ReadToEnd/ReadToEndAsync and CopyTo a MemoryStream keep reading until the peer stops: a client that streams a huge (or endless) body exhausts memory, or holds a thread, and takes the service down (CWE-400, CWE-770).',
  safeAlternative: 'Reject large bodies first (if (Request.ContentLength > MaxBytes) return StatusCode(413);), set [RequestSizeLimit(…)] / MaxRequestBodySize, and read at most MaxBytes into a fixed buffer.',
  match: { rule: { kind: 'invocation_expression', has: { field: 'function', regex: '\\.(ReadToEnd|ReadToEndAsync|CopyTo|CopyToAsync)$' } } },
  check(node, ctx) {
    const name = callName(node)
    const recv = receiver(node)
    if (!recv) return false
    const what = networkStream(recv, ctx)
    if (!what) return false
    if (/^CopyTo/.test(name)) {
      const dst = args(node)[0]
      const made = dst ? resolve(dst, ctx) : null
      if (!made || !(made.kind() === 'object_creation_expression' && /MemoryStream$/.test(callName(made)))) return false
    }
    const fn = ctx.flow.enclosingFunction(node)
    const header = fn?.text() ?? ''
    if (/ContentLength\s*(?:>|>=|is\s*>)|(?:<|<=)\s*\w*\.?ContentLength|MaxRequestBodySize|RequestSizeLimit|LengthLimit|Take\(|ReadAtMost/.test(header)) return false
    const prev = fn?.prev()
    if (prev && /RequestSizeLimit/.test(prev.text())) return false
    return { data: { CALL: `${recv.text().replace(/\s+/g, '').replace(/^new/, 'new ').replace(/\(.*$/, '(…)')}.${name}`, WHAT: what } }
  },
})

import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { definitionsOf, textBefore } from '../../rust/_utils/shared.js'
import { methodCall, packageCall, paramsOfType } from '../_utils/go.js'

/** `r.Body` of an *http.Request, gin `c.Request.Body`, echo `c.Request().Body`, or a net.Conn. */
function isRequestBodyOrConn(arg: SgNode, ctx: RuleContext): boolean {
  const text = arg.text()
  if (/LimitReader|MaxBytesReader|LimitedReader/.test(text)) return false
  const body = /^(\w+)\.Body$/.exec(text)
  if (body) return paramsOfType(arg, ctx, /^\*?(?:http\.)?Request$/).includes(body[1]!) || /^(?:r|req|request)$/.test(body[1]!)
  if (/^\w+\.Request(?:\(\))?\.Body$/.test(text)) return true
  if (arg.kind() === 'identifier') {
    if (paramsOfType(arg, ctx, /^(?:net\.Conn|\*net\.TCPConn|\*tls\.Conn)$/).includes(text)) return true
    return definitionsOf(text, arg, ctx).some((d) => /\.Accept\(\)|net\.Dial|tls\.Dial/.test(d.value.text()))
  }
  return false
}

export default defineRule({
  id: 'go/no-unbounded-body-read',
  languages: ['go'],
  title: 'Whole request body or connection read without a size limit',
  property: 'resource.limits',
  cwe: ['CWE-400', 'CWE-770'],
  severity: 'medium',
  confidence: 'medium',
  message: '{{F}} reads an entire request body or connection into memory without a size limit',
  rationale:
    'io.ReadAll buffers whatever the peer sends: one client streaming gigabytes in a request body or over a socket exhausts the server\'s memory (denial of service, CWE-400/CWE-770).',
  safeAlternative: 'Wrap the body first: `r.Body = http.MaxBytesReader(w, r.Body, 1<<20)`, or read through `io.LimitReader(conn, max)`.',
  match: {
    rule: {
      kind: 'call_expression',
      has: { field: 'function', kind: 'selector_expression', has: { field: 'field', regex: '^(?:ReadAll|GetRawData)$' } },
    },
  },
  check(node, ctx) {
    const before = textBefore(node, ctx)
    if (/MaxBytesReader|LimitReader|MaxMultipartMemory|BodyLimit/.test(before)) return false
    const pc = packageCall(node, ctx)
    if (pc) {
      if (!/^(?:io|io\/ioutil)$/.test(pc[0]) || pc[1] !== 'ReadAll') return false
      const arg = ctx.flow.callArguments(node)[0]
      return arg && isRequestBodyOrConn(arg, ctx) ? { data: { F: node.field('function')!.text() } } : false
    }
    const m = methodCall(node, ctx)
    // gin: c.GetRawData() reads the whole body
    return m && m.method === 'GetRawData' && /^(?:c|ctx)$/.test(m.recv.text()) ? { data: { F: node.field('function')!.text() } } : false
  },
})

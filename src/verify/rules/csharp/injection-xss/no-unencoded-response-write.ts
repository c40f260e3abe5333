import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { args, callName, literalText, receiver, stringValue, untrustedString } from '../../java/_utils/managed.js'
import { CS_HTML_SANITIZERS } from '../_utils/csharp.js'

const NOT_HTML = /ContentType\s*=\s*"(?:application\/json|text\/plain|application\/xml|text\/csv)|MediaTypeNames\.(?:Application\.Json|Text\.Plain)|WriteAsJsonAsync/

function written(node: SgNode, ctx: RuleContext): { call: string; value: SgNode } | undefined {
  const a = args(node)
  if (node.kind() === 'object_creation_expression') {
    let content: SgNode | undefined
    let type: string | undefined
    for (const assign of node.field('initializer')?.namedChildren() ?? []) {
      if (assign.kind() !== 'assignment_expression') continue
      const left = assign.field('left')?.text()
      if (left === 'Content') content = assign.field('right') ?? undefined
      if (left === 'ContentType') type = stringValue(assign.field('right')!, ctx)
    }
    return content && type && /html/i.test(type) ? { call: 'new ContentResult', value: content } : undefined
  }
  const name = callName(node)
  const recv = receiver(node)
  const recvText = recv?.text().replace(/\s+/g, '') ?? ''
  if (/^(?:Write|WriteAsync)$/.test(name) && /(?:^|\.)Response$/.test(recvText) && a[0]) return { call: `Response.${name}`, value: a[0] }
  if (/^(?:Write|WriteLine|WriteAsync)$/.test(name) && /(?:^|\.)Response\.Output$/.test(recvText) && a[0]) return { call: `Response.Output.${name}`, value: a[0] }
  if (name === 'Content' && a.length >= 2 && (recv === null || /^(?:Results|TypedResults|this)$/.test(recvText))) {
    const type = literalText(a[1]!) ?? stringValue(a[1]!, ctx) ?? a[1]!.text()
    return /html/i.test(type) ? { call: `${recv ? `${recvText}.` : ''}Content(…, "text/html")`, value: a[0]! } : undefined
  }
  return undefined
}

export default defineRule({
  id: 'csharp/no-unencoded-response-write',
  languages: ['csharp'],
  title: 'Unencoded data written to an HTML response',
  property: 'injection.xss',
  cwe: ['CWE-79'],
  severity: 'high',
  confidence: 'high',
  message: '{{CALL}} writes non-constant data into the response without HTML encoding',
  rationale:
    'Response.Write/WriteAsync and Content(…, "text/html") send the string as-is; when it contains request data the browser parses any <script> or event-handler attribute in it and runs the attacker\'s script in your origin (CWE-79).',
  safeAlternative: 'Render through Razor (which encodes), return JSON (Results.Json / WriteAsJsonAsync), or encode each value with HtmlEncoder.Default.Encode / WebUtility.HtmlEncode before building HTML.',
  match: {
    rule: {
      any: [
        { kind: 'invocation_expression', has: { field: 'function', regex: '(^|\\.)(Response\\.Write|Response\\.WriteAsync|Response\\.Output\\.Write|Response\\.Output\\.WriteLine|Response\\.Output\\.WriteAsync|Content)$' } },
        { kind: 'object_creation_expression', has: { field: 'type', regex: '^ContentResult$' } },
      ],
    },
  },
  check(node, ctx) {
    const w = written(node, ctx)
    if (!w) return false
    const fn = ctx.flow.enclosingFunction(node)
    if (w.call.startsWith('Response') && fn && NOT_HTML.test(fn.text())) return false
    if (!untrustedString(w.value, ctx, CS_HTML_SANITIZERS)) return false
    return { data: { CALL: w.call } }
  },
})

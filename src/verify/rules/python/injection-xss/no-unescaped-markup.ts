import { defineRule } from '../../../engine/rule.js'
import { callee, positional, untrusted } from '../_utils/py.js'

export const HTML_SANITIZERS =
  /^(?:html\.escape|escape|markupsafe\.escape|flask\.escape|jinja2\.escape|cgi\.escape|django\.utils\.html\.escape|conditional_escape|django\.utils\.html\.conditional_escape|escape_html|html_escape|bleach\.clean|bleach\.linkify|nh3\.clean|clean|sanitize|sanitize_html|xml\.sax\.saxutils\.escape|saxutils\.escape|urllib\.parse\.quote|urllib\.parse\.quote_plus|quote|quote_plus|urlencode|urllib\.parse\.urlencode|format_html|django\.utils\.html\.format_html|strip_tags|render_to_string|render_template|django\.template\.loader\.render_to_string|flask\.render_template|\w+\.render|markupsafe\.Markup\.escape|Markup\.escape)$/
const MARKUP = /^(?:markupsafe\.Markup|flask\.Markup|jinja2\.Markup|jinja2\.utils\.Markup|Markup|django\.utils\.safestring\.mark_safe|mark_safe|django\.utils\.safestring\.SafeString|SafeString|SafeText|django\.utils\.safestring\.SafeText)$/

export default defineRule({
  id: 'python/no-unescaped-markup',
  languages: ['python'],
  title: 'Non-constant data marked as safe HTML',
  property: 'injection.xss',
  cwe: ['CWE-79'],
  severity: 'high',
  confidence: 'high',
  message: '{{CALL}} marks non-constant data as safe HTML, so templates will not escape it',
  rationale:
    'Markup(), mark_safe() and SafeString tell the template engine that the string is already escaped. When it holds user data, a <script> or an onerror= attribute in it reaches the page as markup and runs in the victim\'s browser (CWE-79).',
  safeAlternative: 'Let the template escape the value, or build the fragment with markupsafe.Markup("<b>{}</b>").format(value) / django.utils.html.format_html, which escape their arguments; escape with html.escape before wrapping.',
  match: {
    rule: { kind: 'call', has: { field: 'function', regex: '^(?s:.*?\\.)?(?:Markup|mark_safe|SafeString|SafeText)$' } },
  },
  check(node, ctx) {
    const name = callee(ctx, node)
    if (!MARKUP.test(name)) return false
    const value = positional(node)[0]
    if (!value || !untrusted(ctx, value, { sanitizers: HTML_SANITIZERS })) return false
    return { data: { CALL: name } }
  },
})

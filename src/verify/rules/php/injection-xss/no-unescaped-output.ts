import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { arg, args, external, FUNCTION_CALL, nameOf, NEW_EXPRESSION, scopeAt, untrusted, unwrap } from '../_utils/php.js'

/** HTML escapers, encoders whose output holds no markup, and template renderers (auto-escaping). */
export const HTML_SANITIZERS =
  /^(?:htmlspecialchars|htmlentities|esc_html|esc_attr|esc_url|esc_js|esc_textarea|esc_html__|esc_attr__|esc_html_e|esc_xml|wp_kses|wp_kses_post|wp_kses_data|sanitize_email|sanitize_key|sanitize_title|e|h|escape|html_escape|json_encode|wp_json_encode|urlencode|rawurlencode|http_build_query|number_format|intval|floatval|absint|count|date|gmdate|uniqid|md5|sha1|hash|bin2hex|->escapeHtml|->escapeHtmlAttr|->escapeJs|->escapeUrl|->escapeCss|->escape|->purify|->render|->fetch|->renderView|->renderBlock|->display|->toHtml|Html::escape|HTML::entities|Escaper::\w+|Purifier::clean|->text|->url|->route|route|url|asset|csrf_token|csrf_field|method_field|->getCsrfToken|view|->toJson|->toHtml|Js::from|@json)$/

/** A command-line script: its output goes to a terminal, not into an HTML page. */
const cliFiles = new WeakMap<SgNode, boolean>()

function cliScript(ctx: RuleContext): boolean {
  let cli = cliFiles.get(ctx.root)
  if (cli === undefined) {
    cli = cliSource(ctx.source)
    cliFiles.set(ctx.root, cli)
  }
  return cli
}

function cliSource(source: string): boolean {
  return /^#!/.test(source) || /\b(?:PHP_SAPI|php_sapi_name\(\))\s*(?:===?|!==?)\s*['"]cli['"]|['"]cli['"]\s*(?:===?|!==?)\s*(?:PHP_SAPI|php_sapi_name\(\))/.test(source)
}

const NON_HTML = /\bheader\s*\(\s*['"]Content-Type:\s*(?:application\/(?:json|xml|octet-stream|pdf|zip|javascript)|text\/(?:plain|csv|xml|calendar|event-stream)|image\/)/i

const contentTypes = new WeakMap<SgNode, Array<{ at: number; html: boolean }>>()

/** A `header('Content-Type: application/json')` (or another non-HTML type) precedes `node` in its scope. */
function nonHtmlResponse(ctx: RuleContext, node: SgNode): boolean {
  let headers = contentTypes.get(ctx.root)
  if (!headers) {
    headers = [...ctx.source.matchAll(/\bheader\s*\(\s*['"]Content-Type:[^'"]*/gi)].map((m) => ({ at: m.index, html: !NON_HTML.test(m[0]) }))
    contentTypes.set(ctx.root, headers)
  }
  if (headers.length === 0) return false
  const pos = node.range().start.index
  const fn = scopeAt(ctx, node)
  const start = fn ? fn.range().start.index : 0
  const last = headers.filter((h) => h.at >= start && h.at < pos).at(-1)
  return !!last && !last.html
}

/** The start of a tag: text that the browser parses as markup. */
const HTML_TAG = /<[a-zA-Z!/]/
/** Calls that write their arguments into the response. */
const OUTPUT_CALLS = /^(?:printf|vprintf|die|exit|->write|->setContent|new Response|new HtmlResponse|response)$/

/** HTML built around external input: `'<p>' . $request->input('x') . '</p>'`, `"<h1>{$name}</h1>"`. */
function htmlAroundInput(ctx: RuleContext, value: SgNode): boolean {
  const v = unwrap(value)
  const k = v.kind()
  const stringy = k === 'encapsed_string' || k === 'heredoc' || (k === 'binary_expression' && v.field('operator')?.text() === '.')
  if (!stringy || !HTML_TAG.test(v.text())) return false
  return external(ctx, v, { sanitizers: HTML_SANITIZERS })
}

function outputValues(node: SgNode): SgNode[] {
  const kind = node.kind()
  if (kind === 'echo_statement') {
    const out: SgNode[] = []
    for (const c of node.namedChildren()) {
      if (c.kind() === 'sequence_expression') out.push(...flatten(c))
      else if (c.kind() !== 'comment') out.push(c)
    }
    return out
  }
  if (kind === 'print_intrinsic') return node.namedChildren().filter((c) => c.kind() !== 'comment')
  if (kind === 'expression_statement') return node.namedChildren().filter((c) => c.kind() !== 'comment')
  return []
}

function flatten(seq: SgNode): SgNode[] {
  return seq.namedChildren().flatMap((c) => (c.kind() === 'sequence_expression' ? flatten(c) : [c]))
}

export default defineRule({
  id: 'php/no-unescaped-output',
  languages: ['php'],
  title: 'Unescaped data written into the HTML response',
  property: 'injection.xss',
  cwe: ['CWE-79'],
  severity: 'high',
  confidence: 'high',
  message: '{{WHAT}} writes non-constant data into the page without HTML escaping',
  rationale:
    'Whatever echo or print writes becomes part of the HTML document: a value holding <script> or an event-handler attribute runs in the victim\'s browser with the site\'s cookies and permissions (CWE-79).',
  safeAlternative: "Escape at output: echo htmlspecialchars($value, ENT_QUOTES, 'UTF-8'); (or use an auto-escaping template engine such as Twig or Blade {{ }}).",
  match: {
    rule: {
      any: [
        { kind: 'echo_statement' },
        { kind: 'print_intrinsic' },
        { kind: 'expression_statement', follows: { any: [{ kind: 'php_tag', regex: '^<\\?=$' }, { kind: 'text_interpolation', has: { kind: 'php_tag', regex: '^<\\?=$' } }] } },
        FUNCTION_CALL,
        { kind: 'member_call_expression' },
        NEW_EXPRESSION,
        { kind: 'return_statement', has: { any: [{ kind: 'encapsed_string' }, { kind: 'binary_expression' }, { kind: 'heredoc' }, { kind: 'function_call_expression' }] } },
      ],
    },
  },
  check(node, ctx) {
    if (cliScript(ctx)) return false
    const kind = node.kind()
    const opts = { sanitizers: HTML_SANITIZERS }
    if (kind === 'return_statement') {
      // A controller or route closure returning HTML built around request data. htmlAroundInput
      // needs a tag in the returned text: most returns stop at this one native call.
      if (!HTML_TAG.test(node.text())) return false
      const value = node.namedChildren().find((c) => c.kind() !== 'comment')
      if (!value) return false
      const inner = value.kind() === 'function_call_expression' && nameOf(ctx, value) === 'response' ? arg(value, 0) : value
      return inner && htmlAroundInput(ctx, inner) ? { data: { WHAT: 'return' } } : false
    }
    const output = kind === 'echo_statement' || kind === 'print_intrinsic' || kind === 'expression_statement'
    // Calls are most matches: the (cached) name settles them before nonHtmlResponse looks up the scope.
    const name = output ? '' : nameOf(ctx, node)
    if (!output && !OUTPUT_CALLS.test(name)) return false
    if (nonHtmlResponse(ctx, node)) return false
    if (output) {
      const bad = outputValues(node).some((v) => untrusted(ctx, v, opts))
      if (!bad) return false
      return { data: { WHAT: kind === 'echo_statement' ? 'echo' : kind === 'print_intrinsic' ? 'print' : '<?=' } }
    }
    if (name === 'printf' || name === 'vprintf') {
      const [fmt, ...rest] = args(node)
      const bad = (fmt && untrusted(ctx, fmt, opts)) || rest.some((v) => untrusted(ctx, v, opts))
      return bad ? { data: { WHAT: name } } : false
    }
    if (name === 'die' || name === 'exit') {
      const a = arg(node, 0)
      return a && external(ctx, a, opts) ? { data: { WHAT: name } } : false
    }
    if (kind === 'member_call_expression') {
      // PSR-7 $response->getBody()->write($html); Symfony $response->setContent($html).
      const text = ctx.flow.calleeText(node)
      if (!/getBody\(\)->write$|response->setContent$|Response->setContent$/i.test(text)) return false
      const a = arg(node, 0)
      return a && untrusted(ctx, a, opts) ? { data: { WHAT: name.replace(/^->/, '') } } : false
    }
    // new Response($html): only request data passed straight through.
    const a = arg(node, 0)
    if (name === 'response') return a && node.parent()?.kind() !== 'return_statement' && htmlAroundInput(ctx, a) ? { data: { WHAT: name } } : false
    return a && external(ctx, a, opts) ? { data: { WHAT: name } } : false
  },
})

import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { arg, callName, leadingText, METHOD_CALL, nameOf, NEW_EXPRESSION, reachingDefinitions, receiver, STATIC_CALL, stringValue, untrusted, unwrap } from '../_utils/php.js'

/** Does the receiver of `call` hold a Mustache engine? */
function isMustache(ctx: RuleContext, call: SgNode): boolean {
  const recv = receiver(call)
  if (!recv) return false
  let text = recv.text()
  if (recv.kind() === 'variable_name') for (const d of reachingDefinitions(ctx, recv).defs) text += ` ${d.value?.text() ?? ''}`
  return /mustache/i.test(text)
}

/** The template-source argument of a call, or null when the call does not compile a template. */
function templateSource(ctx: RuleContext, node: SgNode): SgNode | null {
  const name = nameOf(ctx, node)
  if (!/(?:createTemplate|render|loadTemplate|fetch|display|isCached|renderString|renderFromString|compileString|ArrayLoader|Twig_Loader_Array)$/.test(name)) return null
  const method = name.replace(/^->|^.*::|^new /, '')
  if (node.kind() === 'scoped_call_expression') {
    // Blade::render($source, …), Blade::compileString($source)
    if (/^Blade::(?:render|compileString)$/.test(name)) return arg(node, 0)
    return null
  }
  if (node.kind() === 'object_creation_expression') {
    // new \Twig\Loader\ArrayLoader(['page' => $source]); new Twig_Template…
    if (name !== 'new ArrayLoader' && name !== 'new Twig_Loader_Array') return null
    const a = arg(node, 0)
    if (!a || unwrap(a).kind() !== 'array_creation_expression') return a
    const values = unwrap(a).namedChildren().map((el) => el.namedChildren().at(-1)).filter((v): v is SgNode => !!v)
    return values.find((v) => untrusted(ctx, v)) ?? null
  }
  if (method === 'createTemplate') return arg(node, 0)
  if ((method === 'render' || method === 'loadTemplate') && isMustache(ctx, node)) return arg(node, 0)
  if (/^(?:fetch|display|isCached)$/.test(method)) {
    // Smarty: fetch('string:' . $tpl) / display('eval:' . $tpl)
    const a = arg(node, 0)
    if (a && /^(?:string|eval):/.test(leadingText(ctx, a))) return a
    return null
  }
  if (method === 'renderString' || method === 'renderFromString' || method === 'compileString') return arg(node, 0)
  return null
}

export default defineRule({
  id: 'php/no-template-source-injection',
  languages: ['php'],
  title: 'Template compiled from untrusted source text',
  property: 'injection.template',
  cwe: ['CWE-1336'],
  severity: 'critical',
  confidence: 'high',
  message: '{{CALL}} compiles a template whose source is not constant',
  rationale:
    'Template engines execute the expressions in their source: whoever writes the template text can read variables and objects, call filters and methods, and in Twig, Blade or Smarty usually reach code execution on the server (server-side template injection, CWE-1336).',
  safeAlternative: "Render a constant template from the loader and pass the data as variables: $twig->render('page.html.twig', ['body' => $text]).",
  // the names templateSource reports: ->render/->loadTemplate only on a Mustache engine, Blade::render
  requires: { words: ['createTemplate', 'mustache', 'Blade', 'fetch', 'display', 'isCached', 'renderString', 'renderFromString', 'compileString', 'ArrayLoader', 'Twig_Loader_Array'], ignoreCase: true },
  match: { rule: { any: [METHOD_CALL, STATIC_CALL, NEW_EXPRESSION] } },
  check(node, ctx) {
    const source = templateSource(ctx, node)
    if (!source || !untrusted(ctx, source)) return false
    if (stringValue(ctx, source) !== undefined) return false
    return { data: { CALL: callName(node).replace(/^->/, '') } }
  },
})

import { defineRule } from '../../../engine/rule.js'
import { isUntrusted } from '../_utils/origin.js'

/** method or function → index of the template source argument */
const SINKS: Array<[RegExp, number, RegExp?]> = [
  [/^(?:tera::)?Tera::one_off$/, 0],
  [/^add_raw_template$/, 1],
  [/^render_str$/, 0],
  [/^(?:render_template|register_template_string|register_partial)$/, 0, /render_template$/],
  [/^(?:add_template|add_template_owned)$/, 1],
  [/^(?:template_from_str|compile_str)$/, 0],
  [/^template_from_named_str$/, 1],
  [/^(?:upon::)?Engine::compile$|^compile$/, 0],
]

export default defineRule({
  id: 'rust/no-template-from-untrusted-source',
  languages: ['rust'],
  title: 'Template source built from untrusted data',
  property: 'injection.template',
  cwe: ['CWE-1336', 'CWE-94'],
  severity: 'high',
  confidence: 'high',
  message: '{{F}} compiles a template whose source is not constant',
  rationale:
    'Template languages evaluate expressions, loops and filters; when the template text itself comes from a user, they can read every variable in the context, call registered helpers and exhaust the server, or script the page (server-side template injection, CWE-1336).',
  safeAlternative:
    'Load templates only from the application\'s own constant sources (`include_str!`, a templates directory, askama at compile time) and pass user data as context values: `tera.render("page.html", &ctx)`.',
  match: {
    rule: {
      kind: 'call_expression',
      has: {
        field: 'function',
        any: [
          { kind: 'scoped_identifier', regex: '(?:^|::)(?:Tera::one_off|Engine::compile)$' },
          { kind: 'field_expression', has: { field: 'field', regex: '^(?:add_raw_template|render_str|render_template|register_template_string|register_partial|add_template|add_template_owned|template_from_str|template_from_named_str|compile_str|compile)$' } },
        ],
      },
    },
  },
  check(node, ctx) {
    const fn = node.field('function')!
    const name = fn.kind() === 'field_expression' ? (fn.field('field')?.text() ?? '') : fn.text()
    const hit = SINKS.find(([re]) => re.test(name))
    if (!hit) return false
    // `compile` is generic: require a template engine in the file
    if (name === 'compile' && !/\bupon\b|\bliquid\b|\bramhorns\b|\bmustache\b/.test(ctx.source)) return false
    if (/^(?:render_str|render_template|add_template|compile_str)$/.test(name) && !/\b(?:tera|Tera|handlebars|Handlebars|minijinja|Environment|upon|liquid|tinytemplate|TinyTemplate)\b/.test(ctx.source)) return false
    const src = ctx.flow.callArguments(node)[hit[1]]
    if (!src || !isUntrusted(src, ctx)) return false
    return { data: { F: name } }
  },
})

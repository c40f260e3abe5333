import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { args, callee, fnOf, prop, strValue, untrusted, values } from '../_utils/js.js'

const COMPILERS =
  /^(?:lodash\/template|lodash\.template\/index|ejs\.(?:render|compile)|handlebars\.(?:compile|precompile)|Handlebars\.(?:compile|precompile)|pug\.(?:compile|render|compileClient)|jade\.(?:compile|render)|lodash\.template|_\.template|lodash\.template|underscore\.template|nunjucks\.(?:renderString|compile)|mustache\.render|Mustache\.render|dot\.template|doT\.template|dot\.compile|hogan\.compile|hogan\.js\.compile|Hogan\.compile|eta\.(?:renderString|compile|renderStringAsync)|squirrelly\.(?:render|compile)|Sqrl\.(?:render|compile)|liquidjs\.Liquid\(.*\)\.parseAndRender|twig\.twig|Twig\.twig|art-template\.render|template7\.compile|Vue\.compile|vue\.compile|velocityjs\.render|Velocity\.render|dustjs-linkedin\.compile|dust\.compile|marko\.load_never)$/
/** Instances whose method compiles a template: new nunjucks.Environment(), new Liquid(), new Eta(). */
const INSTANCE_METHODS = /^(?:renderString|parseAndRender|parseAndRenderSync|parse|compile)$/
const INSTANCE_CTORS = /^(?:nunjucks\.Environment|liquidjs\.Liquid|Liquid|eta\.Eta|Eta|handlebars\.create)$/

/** Template text read from a constant file path: the program's own template, not data. */
function isOwnTemplateFile(ctx: RuleContext, n: SgNode): boolean {
  return values(ctx, n).every((v) => {
    if (v.kind() !== 'call_expression') return false
    const name = callee(ctx, v)
    if (!/^(?:fs|fs\/promises|fs\.promises)\.(?:readFileSync|readFile)$/.test(name)) return false
    const p = args(ctx, v)[0]
    return p !== undefined && !untrusted(ctx, p)
  })
}

export default defineRule({
  id: 'javascript/no-template-from-untrusted-source',
  languages: ['javascript', 'typescript'],
  title: 'Template source built from non-constant data',
  property: 'injection.template',
  cwe: ['CWE-1336', 'CWE-94'],
  severity: 'critical',
  confidence: 'high',
  message: '{{CALL}} compiles a template whose source is non-constant',
  rationale:
    'EJS, Pug, lodash templates, Handlebars and Nunjucks compile templates to JavaScript: when data becomes template source, <%= process.mainModule.require("child_process").execSync("id") %> or its equivalent runs on the server (server-side template injection, CWE-1336).',
  safeAlternative: 'Keep template sources constant (files in the views directory or literals) and pass user data only as the data/locals argument: ejs.render(TEMPLATE, { name }).',
  match: {
    rule: { kind: 'call_expression', has: { field: 'function', regex: '^(?s:.*?\\.)?(?:render|compile|precompile|compileClient|template|renderString|renderStringAsync|twig|parseAndRender|parseAndRenderSync|parse)$' } },
  },
  // A reported name is in COMPILERS, or a method of an INSTANCE_CTORS instance. Every name of COMPILERS
  // ends with template, render… or compile… (in the callee or the import that names it) except
  // twig.twig, liquidjs.Liquid(…).parseAndRender and marko; the instances need their constructor's name.
  requires: { words: ['template', 'render', 'compile', 'twig', 'Liquid', 'marko', 'nunjucks', 'Eta', 'handlebars'] },
  check(node, ctx) {
    let name = callee(ctx, node)
    if (!COMPILERS.test(name)) {
      const fn = fnOf(node)
      const method = fn?.field('property')?.text() ?? ''
      const recv = fn?.field('object')
      if (!recv || !INSTANCE_METHODS.test(method)) return false
      if (!values(ctx, recv).some((v) => (v.kind() === 'new_expression' || v.kind() === 'call_expression') && INSTANCE_CTORS.test(callee(ctx, v)))) return false
      name = `${recv.text()}.${method}`
    }
    const first = args(ctx, node)[0]
    // twig({ data: src }) takes the source in an option.
    const source = /\.twig$/.test(name) && first?.kind() === 'object' ? prop(first, 'data') : first
    if (!source || strValue(source) !== undefined) return false
    if (!untrusted(ctx, source) || isOwnTemplateFile(ctx, source)) return false
    return { data: { CALL: name } }
  },
})

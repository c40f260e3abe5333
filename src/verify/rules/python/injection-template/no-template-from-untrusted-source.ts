import { defineRule } from '../../../engine/rule.js'
import { calleeText } from '../_utils/common.js'
import { callee, importedFrom, kwarg, positional, untrusted, values } from '../_utils/py.js'

const COMPILERS =
  /^(?:flask\.render_template_string|render_template_string|jinja2\.Template|jinja2\.Environment\(.*\)\.from_string|jinja2\.environment\.Template|mako\.template\.Template|django\.template\.Template|django\.template\.engines\[.*\]\.from_string|tornado\.template\.Template|chameleon\.PageTemplate|chevron\.render|pystache\.render|genshi\.template\.MarkupTemplate|Template|from_string|\w+(?:\.\w+)*\.from_string|[\w.]*Environment\(.*\)\.from_string|engines\[.*\]\.from_string|PageTemplate|MarkupTemplate)$/
const TEMPLATE_MODULES = /^(?:jinja2|jinja2\.environment|mako\.template|mako|django\.template|tornado\.template|chameleon|genshi\.template)$/

export default defineRule({
  id: 'python/no-template-from-untrusted-source',
  languages: ['python'],
  title: 'Template source built from non-constant data',
  property: 'injection.template',
  cwe: ['CWE-1336', 'CWE-94'],
  severity: 'critical',
  confidence: 'high',
  message: '{{CALL}} compiles a template whose source is non-constant',
  rationale:
    'Template languages are code: when data becomes part of the template source, {{ ... }} in it is evaluated on the server. In Jinja2 {{ cycler.__init__.__globals__.os.popen("id").read() }} runs a shell command (server-side template injection, CWE-1336).',
  safeAlternative: 'Keep templates constant (files or literals) and pass data as render variables: render_template_string("Hello {{ name }}", name=name); for user-authored templates use jinja2.sandbox.SandboxedEnvironment.',
  match: {
    rule: { kind: 'call', has: { field: 'function', regex: '^(?s:.*?\\.)?(?:render_template_string|Template|from_string|PageTemplate|MarkupTemplate|render)$' } },
  },
  check(node, ctx) {
    const name = callee(ctx, node)
    const text = calleeText(ctx, node)
    if (!COMPILERS.test(name) && !COMPILERS.test(text)) return false
    const last = name.split('.').at(-1)!
    if (/^(?:Template|PageTemplate|MarkupTemplate)$/.test(last)) {
      // string.Template only substitutes $names; it evaluates nothing.
      const module = name.slice(0, -last.length - 1)
      if (module ? !TEMPLATE_MODULES.test(module) : !importedFrom(ctx, name, TEMPLATE_MODULES)) return false
    }
    if (/\.from_string$/.test(name)) {
      if (/SandboxedEnvironment/.test(name)) return false
      const recv = node.field('function')?.field('object')
      if (recv && values(ctx, recv).some((v) => v.kind() === 'call' && /(?:^|\.)(?:Sandboxed|ImmutableSandboxed)Environment$/.test(callee(ctx, v)))) return false
      const mods = [...new Set([...ctx.source.matchAll(/^\s*(?:from|import)\s+([\w.]+)/gm)].map((m) => m[1]!))]
      if (!mods.some((m) => TEMPLATE_MODULES.test(m))) return false
    }
    if (/(?:^|\.)render$/.test(name) && !/^(?:chevron|pystache)\.render$/.test(name)) return false
    const source = positional(node)[0] ?? kwarg(node, 'source') ?? kwarg(node, 'text') ?? kwarg(node, 'template')
    if (!source || !untrusted(ctx, source)) return false
    return { data: { CALL: name } }
  },
})

import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { isUntrusted } from '../../rust/_utils/origin.js'
import { definitionsOf } from '../../rust/_utils/shared.js'
import { goImports, packageCall } from '../_utils/go.js'

const TEMPLATE_PKGS = /^(?:text\/template|html\/template|github\.com\/google\/safehtml\/template)$/

/** True when a receiver is a template: `template.New(…)…`, or a name assigned from one. */
function isTemplate(recv: SgNode, ctx: RuleContext, depth = 0): boolean {
  const names = [...goImports(ctx)].filter(([, p]) => TEMPLATE_PKGS.test(p)).map(([l]) => l)
  if (names.length === 0) return false
  const re = new RegExp(`^(?:${names.join('|')})\\.(?:New|Must)\\b|\\.(?:New|Funcs|Delims|Option|Lookup)\\(`)
  const text = recv.text()
  if (re.test(text)) return true
  if (recv.kind() === 'identifier' && depth < 2) return definitionsOf(text, recv, ctx).some((d) => isTemplate(d.value, ctx, depth + 1))
  // a *template.Template parameter or field
  if (recv.kind() === 'identifier') {
    const fn = ctx.flow.enclosingFunction(recv)
    const params = fn?.field('parameters')?.text() ?? ''
    return new RegExp(`\\b${text}\\s+\\*?(?:${names.join('|')})\\.Template\\b`).test(params)
  }
  return false
}

export default defineRule({
  id: 'go/no-template-from-untrusted-source',
  languages: ['go'],
  title: 'Template source built from untrusted data',
  property: 'injection.template',
  cwe: ['CWE-1336', 'CWE-94'],
  severity: 'high',
  confidence: 'high',
  message: '{{F}} parses a template whose source is not constant',
  rationale:
    'Go templates call methods and functions on the data they are given; when the template text comes from a user, it can call any exported method of the context (`{{.User.Delete}}`), dump fields never meant to be shown, or loop the server to exhaustion (server-side template injection, CWE-1336).',
  safeAlternative: 'Parse only constant templates (`template.ParseFS(embedded, "*.html")`, a literal) and pass user input as data to `Execute`.',
  // the import paths it recognises: TEMPLATE_PKGS (isTemplate needs one), pongo2, raymond, mustache
  // and fasttemplate (the matcher's own words, `New` and `Parse`, are in most files)
  requires: { words: ['template', 'pongo2', 'raymond', 'mustache'] },
  match: {
    rule: {
      kind: 'call_expression',
      has: { field: 'function', kind: 'selector_expression', has: { field: 'field', regex: '^(?:Parse|FromString|FromBytes|Render|RenderString|New|MustParse|ParseString)$' } },
    },
  },
  check(node, ctx) {
    const fn = node.field('function')!
    const method = fn.field('field')?.text() ?? ''
    const args = ctx.flow.callArguments(node)
    const pc = packageCall(node, ctx)
    let src: SgNode | undefined
    if (pc) {
      const [path, f] = pc
      if (/flosch\/pongo2/.test(path) && /^(?:FromString|FromBytes)$/.test(f)) src = args[0]
      else if (/aymerick\/raymond/.test(path) && /^(?:Render|Parse|MustRender|MustParse)$/.test(f)) src = args[0]
      else if (/cbroglie\/mustache|hoisie\/mustache/.test(path) && /^(?:Render|ParseString)$/.test(f)) src = args[0]
      else if (/valyala\/fasttemplate/.test(path) && f === 'New') src = args[0]
      else return false
    } else {
      if (method !== 'Parse') return false
      const recv = fn.field('operand')
      if (!recv || !isTemplate(recv, ctx)) return false
      src = args[0]
    }
    if (!src || !isUntrusted(src, ctx)) return false
    return { data: { F: fn.text().length > 40 ? `….${method}` : fn.text() } }
  },
})

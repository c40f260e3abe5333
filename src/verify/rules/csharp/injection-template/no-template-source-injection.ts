import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { args, callName, isConstantCode, receiver, receiverType } from '../../java/_utils/managed.js'

function templateSource(node: SgNode, ctx: RuleContext): { call: string; src: SgNode } | undefined {
  const name = callName(node)
  const recv = receiver(node)
  if (!recv) return undefined
  const recvText = recv.text().replace(/\s+/g, '')
  // the declared type takes a search of the enclosing scopes: only when a test needs it
  let typeText: string | undefined
  const type = (): string => (typeText ??= receiverType(recv, ctx) ?? '')
  const a = args(node)
  const label = `${recvText.replace(/^.*\./, '').replace(/\(.*$/, '')}.${name}`
  if (name === 'Parse' && /(?:^|\.)Razor$/.test(recvText)) return a[0] ? { call: 'Razor.Parse', src: a[0] } : undefined
  if (/^(?:RunCompile|Compile|Run)$/.test(name) && (/Engine\.Razor$|RazorEngineService/.test(recvText) || /IRazorEngineService|RazorEngineService/.test(type()))) return a[0] ? { call: label, src: a[0] } : undefined
  if (name === 'AddTemplate' && (/Engine\.Razor$/.test(recvText) || /RazorEngineService/.test(type()))) return a[1] ? { call: label, src: a[1] } : undefined
  if (name === 'CompileRenderStringAsync' && a[1]) return { call: 'RazorLightEngine.CompileRenderStringAsync', src: a[1] }
  if (/^(?:Parse|ParseLiquid)$/.test(name) && /^(?:Scriban\.|DotLiquid\.)?Template$/.test(recvText)) return a[0] ? { call: `Template.${name}`, src: a[0] } : undefined
  if (/^(?:Parse|TryParse)$/.test(name) && (/FluidParser/.test(type()) || /^(?:_?parser|_?fluidParser|FluidTemplate)$/i.test(recvText) && /Fluid/.test(ctx.source))) return a[0] ? { call: `FluidParser.${name}`, src: a[0] } : undefined
  if (name === 'Compile' && /(?:^|\.)Handlebars$/.test(recvText)) return a[0] ? { call: 'Handlebars.Compile', src: a[0] } : undefined
  if (/^(?:Render|RenderAsync)$/.test(name) && (/Stubble/.test(type()) || /stubble/i.test(recvText))) return a[0] ? { call: `Stubble.${name}`, src: a[0] } : undefined
  return undefined
}

export default defineRule({
  id: 'csharp/no-template-source-injection',
  languages: ['csharp'],
  title: 'Template source built from untrusted data',
  property: 'injection.template',
  cwe: ['CWE-1336', 'CWE-94'],
  severity: 'critical',
  confidence: 'high',
  message: '{{CALL}} compiles a template whose source is not a constant',
  rationale:
    'RazorEngine and RazorLight compile the template to C# and run it, and Scriban, DotLiquid, Fluid and Handlebars templates can reach model members and helpers: when user data becomes template source (rather than a value rendered into it) the attacker writes template code, which for Razor is arbitrary C# on the server (CWE-1336, CWE-94).',
  safeAlternative: 'Keep template text constant (files shipped with the app or fixed strings) and pass user data only as the model: template.Render(new { name }).',
  // the engines templateSource recognises (`template` covers Scriban/DotLiquid Template; the Stubble
  // receiver test ignores case); `Parse`, `Run` and `Render` alone are in most files
  requires: { words: ['razor', 'compilerenderstringasync', 'template', 'fluid', 'handlebars', 'stubble'], ignoreCase: true },
  match: {
    rule: {
      kind: 'invocation_expression',
      has: { field: 'function', regex: '\\.(Parse|ParseLiquid|TryParse|RunCompile|Compile|Run|AddTemplate|CompileRenderStringAsync|Render|RenderAsync)(<.*>)?$' },
    },
  },
  check(node, ctx) {
    const t = templateSource(node, ctx)
    if (!t || isConstantCode(t.src, ctx)) return false
    return { data: { CALL: t.call } }
  },
})

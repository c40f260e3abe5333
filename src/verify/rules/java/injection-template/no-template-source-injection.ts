import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { args, callName, callWords, isConstantCode, receiver, receiverType, resolve } from '../_utils/managed.js'

/** The argument that holds template source for each engine API, or undefined when not a template API. */
function templateSource(node: SgNode, ctx: RuleContext): { call: string; src: SgNode } | undefined {
  const name = callName(node)
  const a = args(node)
  if (node.kind() === 'object_creation_expression') {
    // FreeMarker: new Template(name, new StringReader(src), cfg); StringTemplate: new ST(src)
    if (name === 'Template' && a.length >= 2) {
      const reader = resolve(a[1]!, ctx)
      if (reader.kind() === 'object_creation_expression' && /StringReader$/.test(reader.field('type')?.text() ?? '')) return { call: 'new Template', src: args(reader)[0] ?? reader }
      if (/^(?:String)$/.test(receiverType(a[1]!, ctx) ?? '') || a[1]!.kind() === 'binary_expression') return { call: 'new Template', src: a[1]! }
      return undefined
    }
    if (/^(?:ST|StringTemplate)$/.test(name) && a[0]) return { call: `new ${name}`, src: a[0] }
    return undefined
  }
  const recv = receiver(node)
  const recvText = recv?.text().replace(/\s+/g, '') ?? ''
  // the declared type takes a search of the enclosing scopes: only when a test needs it
  let typeText: string | undefined
  const type = (): string => (typeText ??= recv ? (receiverType(recv, ctx) ?? '') : '')
  if (name === 'evaluate' && (/(?:^|\.)Velocity$/.test(recvText) || /VelocityEngine|RuntimeServices/.test(type()) || /velocity/i.test(recvText)) && a.length >= 4) return { call: 'Velocity.evaluate', src: a[3]! }
  if (name === 'getLiteralTemplate' && a[0]) return { call: 'PebbleEngine.getLiteralTemplate', src: a[0] }
  if (name === 'compileInline' && a[0]) return { call: 'Handlebars.compileInline', src: a[0] }
  if (name === 'render' && a[0] && (/Jinjava/.test(type()) || /jinjava/i.test(recvText))) return { call: 'Jinjava.render', src: a[0] }
  if (name === 'compile' && a.length >= 2 && (/MustacheFactory/.test(type()) || /mustacheFactory|^mf$/i.test(recvText))) {
    const reader = resolve(a[0]!, ctx)
    if (reader.kind() === 'object_creation_expression' && /StringReader$/.test(reader.field('type')?.text() ?? '')) return { call: 'MustacheFactory.compile', src: args(reader)[0] ?? reader }
    return undefined
  }
  if (name === 'putTemplate' && a.length >= 2 && (/StringTemplateLoader/.test(type()) || /loader/i.test(recvText))) return { call: 'StringTemplateLoader.putTemplate', src: a[1]! }
  if (name === 'process' && a[0] && (/TemplateEngine/.test(type()) || /templateEngine/i.test(recvText))) {
    // Thymeleaf: only a StringTemplateResolver turns the first argument into template source.
    if (!/StringTemplateResolver/.test(ctx.source)) return undefined
    return { call: 'TemplateEngine.process', src: a[0] }
  }
  return undefined
}

export default defineRule({
  id: 'java/no-template-source-injection',
  languages: ['java'],
  title: 'Template source built from untrusted data',
  property: 'injection.template',
  cwe: ['CWE-1336', 'CWE-94'],
  severity: 'critical',
  confidence: 'high',
  message: '{{CALL}} compiles a template whose source is not a constant',
  rationale:
    'Velocity, FreeMarker, Pebble, Jinjava, Handlebars and Thymeleaf templates can reach Java objects and methods; when user data becomes part of the template source instead of a value rendered into it, the attacker writes template code (#set($x = …getClass().forName(…)), ${"freemarker.template.utility.Execute"?new()(…)}) that runs on the server (CWE-1336).',
  safeAlternative: 'Load templates from constant files or strings and pass user data only in the model/context (template.process(model, out), Velocity.evaluate with a constant template and the value in the VelocityContext).',
  // the created types; `Template` also covers getLiteralTemplate, putTemplate and the
  // StringTemplateResolver that TemplateEngine.process needs; MustacheFactory.compile needs a
  // StringReader; `new ST(…)` as a call (`ST` is part of every upper-case word)
  requires: { words: ['Template', 'evaluate', 'compileInline', 'render', 'StringReader', ...callWords(['ST'])] },
  match: {
    rule: {
      any: [
        { kind: 'object_creation_expression', has: { field: 'type', regex: '^(freemarker\\.template\\.)?(Template|ST|StringTemplate)$' } },
        { kind: 'method_invocation', has: { field: 'name', regex: '^(evaluate|getLiteralTemplate|compileInline|render|compile|putTemplate|process)$' } },
      ],
    },
  },
  check(node, ctx) {
    const t = templateSource(node, ctx)
    if (!t || isConstantCode(t.src, ctx)) return false
    return { data: { CALL: t.call } }
  },
})

import { defineRule } from '../../../engine/rule.js'
import { args, isConstantCode, receiver, receiverType } from '../_utils/managed.js'
import escapeStringRegexp from 'escape-string-regexp'

export default defineRule({
  id: 'java/no-xstream-fromxml',
  languages: ['java'],
  title: 'XStream fromXML without a type allow-list',
  property: 'sandbox.deserialization',
  cwe: ['CWE-502'],
  severity: 'critical',
  confidence: 'high',
  message: 'XStream.fromXML deserializes non-constant XML into arbitrary classes',
  rationale:
    'XStream maps XML element names to Java classes and rebuilds any object graph, including dynamic proxies and event handlers: without an explicit allow-list a crafted document executes code (dozens of XStream CVEs, CWE-502).',
  safeAlternative: 'Call XStream.setupDefaultSecurity(x) and x.allowTypes(new Class[] { Dto.class }) (or addPermission with an allow-list) before fromXML, or parse into DTOs with JAXB/Jackson XML.',
  match: { rule: { kind: 'method_invocation', has: { field: 'name', regex: '^fromXML$' } } },
  check(node, ctx) {
    const recv = receiver(node)
    if (!recv) return false
    const type = receiverType(recv, ctx) ?? ''
    if (!/XStream/.test(type) && !/xstream|XStream/.test(recv.text())) return false
    const data = args(node)[0]
    if (!data || isConstantCode(data, ctx)) return false
    // An allow-list configured on the same instance anywhere in the class.
    const name = recv.text().replace(/^this\./, '')
    const fn = ctx.root
    const configured = fn.find({
      rule: {
        kind: 'method_invocation',
        has: { field: 'name', regex: '^(allowTypes|allowTypesByWildcard|allowTypesByRegExp|addPermission|allowTypeHierarchy|setupDefaultSecurity)$' },
        regex: `(?:^|\\.)${escapeStringRegexp(name)}\\b|XStream\\.setupDefaultSecurity`,
      },
    })
    return configured ? false : true
  },
})

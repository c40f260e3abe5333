import { defineRule } from '../../../engine/rule.js'

export default defineRule({
  id: 'csharp/no-json-type-name-handling',
  languages: ['csharp'],
  title: 'Json.NET TypeNameHandling other than None',
  property: 'sandbox.deserialization',
  cwe: ['CWE-502'],
  severity: 'critical',
  confidence: 'high',
  message: 'TypeNameHandling.{{MODE}} lets the JSON choose which .NET types to instantiate',
  rationale:
    'With TypeNameHandling enabled Json.NET honours "$type" properties in the input and creates those types; gadgets such as System.Windows.Data.ObjectDataProvider or System.Diagnostics.Process turn a JSON document into remote code execution (CWE-502).',
  safeAlternative: 'Leave TypeNameHandling at None and deserialize into concrete DTO types; if polymorphism is required use a custom SerializationBinder that allows only your own types.',
  match: { rule: { kind: 'member_access_expression', regex: '^(Newtonsoft\\.Json\\.)?TypeNameHandling\\.(All|Auto|Objects|Arrays)$' } },
  check(node, ctx) {
    // A strict binder on the same settings object is the documented mitigation.
    const scope = ctx.flow.enclosingFunction(node) ?? node.parent()?.parent() ?? node
    if (/SerializationBinder\s*=|Binder\s*=\s*new\s+\w*(?:Allow|Known|Safe|Restrict)/.test(scope.text())) return false
    return { data: { MODE: node.text().replace(/^.*\./, '') } }
  },
  fix: { template: 'TypeNameHandling.None', kind: 'unsafe', description: 'Turn off type names in JSON (payloads that rely on $type will stop deserializing polymorphically)' },
})

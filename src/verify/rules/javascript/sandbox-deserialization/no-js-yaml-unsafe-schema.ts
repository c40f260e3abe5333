import { defineRule } from '../../../engine/rule.js'
import { args, callee, prop, untrusted, values } from '../_utils/js.js'

const UNSAFE_SCHEMA = /(?:^|\.)(?:DEFAULT_FULL_SCHEMA|FULL_SCHEMA)$|js-types|jsTypes|JS_SCHEMA|extend\(\s*require\(\s*['"]js-yaml-js-types/

export default defineRule({
  id: 'javascript/no-js-yaml-unsafe-schema',
  languages: ['javascript', 'typescript'],
  title: 'js-yaml load with a schema that builds functions',
  property: 'sandbox.deserialization',
  cwe: ['CWE-502'],
  severity: 'critical',
  confidence: 'high',
  message: '{{CALL}} parses non-constant YAML with the unsafe schema {{SCHEMA}}',
  rationale:
    'With DEFAULT_FULL_SCHEMA (js-yaml 3) or the js-yaml-js-types tags, a YAML document can contain !!js/function, which js-yaml compiles with new Function: parsing attacker YAML runs their code (CWE-502).',
  safeAlternative: 'Use the default schema of js-yaml 4 (yaml.load(text)) or yaml.safeLoad / CORE_SCHEMA in js-yaml 3; never add the JavaScript types for untrusted input.',
  match: {
    rule: { kind: 'call_expression', all: [{ has: { field: 'function', regex: '^(?s:.*?\\.)?(?:load|loadAll)$' } }, { has: { field: 'arguments', regex: 'schema' } }] },
  },
  // Only js-yaml.load is reported: the file imports or requires 'js-yaml'.
  requires: { words: ['js-yaml'] },
  check(node, ctx) {
    const name = callee(ctx, node)
    if (!/^js-yaml\.(?:load|loadAll)$/.test(name)) return false
    const [data, opts] = args(ctx, node)
    const schema = prop(opts, 'schema')
    if (!data || !schema || ![schema, ...values(ctx, schema)].some((v) => UNSAFE_SCHEMA.test(v.text()))) return false
    if (!untrusted(ctx, data)) return false
    return { data: { CALL: name, SCHEMA: schema.text() } }
  },
})

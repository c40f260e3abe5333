import { defineRule } from '../../../engine/rule.js'
import { args, callName, isConstantCode, receiver, resolve } from '../_utils/managed.js'

export default defineRule({
  id: 'java/no-unsafe-yaml-load',
  languages: ['java'],
  title: 'SnakeYAML load without SafeConstructor',
  property: 'sandbox.deserialization',
  cwe: ['CWE-502'],
  severity: 'critical',
  confidence: 'high',
  message: 'Yaml.{{NAME}} parses non-constant YAML with a constructor that instantiates arbitrary classes',
  rationale:
    'SnakeYAML\'s default Constructor honours global tags such as !!javax.script.ScriptEngineManager, so a YAML document from outside instantiates and configures any class on the class path: a one-line payload gives remote code execution (CWE-502).',
  safeAlternative: 'Construct the parser with new Yaml(new SafeConstructor(new LoaderOptions())) (SnakeYAML 2.x defaults), or load into a specific type with a TagInspector that rejects global tags.',
  match: { rule: { kind: 'method_invocation', has: { field: 'name', regex: '^(load|loadAll|loadAs)$' } } },
  // the receiver must resolve to `new Yaml(…)`; the derived `load` is everywhere
  requires: { words: ['Yaml'] },
  check(node, ctx) {
    const recv = receiver(node)
    if (!recv) return false
    const made = resolve(recv, ctx)
    if (made.kind() !== 'object_creation_expression' || !/^(?:org\.yaml\.snakeyaml\.)?Yaml$/.test(made.field('type')?.text() ?? '')) return false
    if (/SafeConstructor/.test(made.text())) return false
    const data = args(node)[0]
    if (!data || isConstantCode(data, ctx)) return false
    return { data: { NAME: callName(node) } }
  },
})

import { defineRule } from '../../../engine/rule.js'
import { args, callName } from '../_utils/managed.js'

export default defineRule({
  id: 'java/no-jackson-default-typing',
  languages: ['java'],
  title: 'Jackson polymorphic default typing without a strict validator',
  property: 'sandbox.deserialization',
  cwe: ['CWE-502'],
  severity: 'high',
  confidence: 'medium',
  message: 'ObjectMapper.{{NAME}} lets the JSON choose which classes to instantiate',
  rationale:
    'With default typing Jackson reads a class name from the JSON ("@class" or a type array) and instantiates it; gadget classes on the class path (JNDI, C3P0, Spring) then turn a JSON document into remote code execution (CWE-502).',
  safeAlternative: 'Deserialize into concrete DTO types; if polymorphism is needed, use @JsonTypeInfo(use = Id.NAME) with @JsonSubTypes, or activateDefaultTyping with a BasicPolymorphicTypeValidator that allows only your own packages.',
  match: { rule: { kind: 'method_invocation', has: { field: 'name', regex: '^(enableDefaultTyping|enableDefaultTypingAsProperty|activateDefaultTyping|activateDefaultTypingAsProperty)$' } } },
  check(node) {
    const name = callName(node)
    if (name.startsWith('enable')) return { data: { NAME: name } }
    const validator = args(node)[0]
    if (!validator || !/LaissezFaire|allowIfSubType\s*\(\s*Object\.class|allowIfBaseType\s*\(\s*Object\.class|allowIfSubType\s*\(\s*"(?:java\.)?"?\s*\)/.test(validator.text())) return false
    return { data: { NAME: name } }
  },
})

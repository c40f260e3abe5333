import { defineRule } from '../../../engine/rule.js'
import { arg, nameOf, STATIC_CALL, untrusted } from '../_utils/php.js'

export default defineRule({
  id: 'php/no-yaml-object-parsing',
  languages: ['php'],
  title: 'YAML parsed with PHP object support',
  property: 'sandbox.deserialization',
  cwe: ['CWE-502'],
  severity: 'high',
  confidence: 'high',
  message: 'Yaml::parse with PARSE_OBJECT unserializes !php/object tags from non-constant data',
  rationale:
    'With Yaml::PARSE_OBJECT, Symfony YAML passes !php/object values to unserialize(), so a document from outside can instantiate arbitrary classes and trigger gadget chains (CWE-502).',
  safeAlternative: 'Parse YAML without Yaml::PARSE_OBJECT (and without PARSE_CUSTOM_TAGS for untrusted documents); map the plain arrays to objects yourself.',
  // the flag it requires, spelled as the check tests it
  requires: { words: ['PARSE_OBJECT'] },
  match: { rule: STATIC_CALL },
  check(node, ctx) {
    if (!/^Yaml::(?:parse|parseFile)$/.test(nameOf(ctx, node))) return false
    const flags = arg(node, 1, 'flags')
    if (!flags || !/\bPARSE_OBJECT\b(?!_FOR_MAP)/.test(flags.text())) return false
    const input = arg(node, 0)
    return !!input && untrusted(ctx, input)
  },
})

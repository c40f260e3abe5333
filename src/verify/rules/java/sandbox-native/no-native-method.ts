import { defineRule } from '../../../engine/rule.js'

export default defineRule({
  id: 'java/no-native-method',
  languages: ['java'],
  title: 'native method declared (JNI)',
  property: 'sandbox.native',
  cwe: ['CWE-111'],
  severity: 'medium',
  confidence: 'high',
  message: 'native method {{NAME}} calls into JNI code outside the JVM',
  rationale:
    'A native method is implemented in C or C++ through JNI: its memory errors and its calls run outside the JVM\'s checks and sandbox, so a crafted argument can corrupt memory or execute code with the rights of the process (CWE-111).',
  safeAlternative: 'Implement the method in Java, or isolate the native code in a separate process with a narrow, validated interface.',
  match: { rule: { kind: 'method_declaration', has: { kind: 'modifiers', regex: '\\bnative\\b' } } },
  check(node) {
    const mods = node.children().find((c) => c.kind() === 'modifiers')
    if (!mods || !mods.children().some((c) => c.text() === 'native')) return false
    return { data: { NAME: node.field('name')?.text() ?? '' } }
  },
})

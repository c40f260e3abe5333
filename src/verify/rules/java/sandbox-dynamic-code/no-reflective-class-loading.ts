import { defineRule } from '../../../engine/rule.js'
import { args, callName, isConstantCode, receiver, receiverType } from '../_utils/managed.js'

export default defineRule({
  id: 'java/no-reflective-class-loading',
  languages: ['java'],
  title: 'Class loaded by a non-constant name',
  property: 'sandbox.dynamic-code',
  cwe: ['CWE-470'],
  severity: 'high',
  confidence: 'high',
  message: '{{CALL}} loads a class whose name is not a constant',
  rationale:
    'Class.forName and ClassLoader.loadClass run the static initialiser of whatever class the name selects; with a name from data an attacker picks any class on the class path (gadgets, JNDI or script-engine classes) and, combined with newInstance or a URLClassLoader, runs code of their choosing (CWE-470).',
  safeAlternative:
    'Map the allowed names to classes or factories with a constant table (Map.of("csv", CsvExporter::new)) and reject anything else; never load classes from user-supplied URLs.',
  match: {
    rule: {
      any: [
        { kind: 'method_invocation', has: { field: 'name', regex: '^(forName|loadClass|findClass|defineClass)$' } },
        { kind: 'object_creation_expression', has: { field: 'type', regex: '^(java\\.net\\.)?URLClassLoader$' } },
      ],
    },
  },
  check(node, ctx) {
    const name = callName(node)
    const a = args(node)
    const first = a[0]
    if (!first) return false
    if (name === 'URLClassLoader') {
      return isConstantCode(first, ctx) ? false : { data: { CALL: 'new URLClassLoader' } }
    }
    const recv = receiver(node)
    const recvText = recv?.text().replace(/\s+/g, '') ?? ''
    if (name === 'forName') {
      if (!/^(?:java\.lang\.)?Class$/.test(recvText)) return false
    } else if (name === 'defineClass') {
      if (!/ClassLoader|loader/i.test(recvText + (receiverType(recv, ctx) ?? '')) && recv) return false
    } else {
      // loadClass / findClass on a class loader or a lookup.
      if (!recv) return false
      const type = receiverType(recv, ctx) ?? ''
      if (!/ClassLoader|Lookup/.test(type) && !/ClassLoader\(\)$|^(?:loader|classLoader|cl|lookup)$/i.test(recvText) && !/\bnew\s+URLClassLoader\b/.test(recvText)) return false
    }
    if (isConstantCode(first, ctx)) return false
    return { data: { CALL: recv ? `${recvText.replace(/\(.*$/, '')}.${name}` : name } }
  },
})

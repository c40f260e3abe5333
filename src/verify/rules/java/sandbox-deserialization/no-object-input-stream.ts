import { defineRule } from '../../../engine/rule.js'
import { callName, enclosingFunctionName, receiver, receiverType, resolve } from '../_utils/managed.js'

export default defineRule({
  id: 'java/no-object-input-stream',
  languages: ['java'],
  title: 'Java native deserialization of untrusted data',
  property: 'sandbox.deserialization',
  cwe: ['CWE-502'],
  severity: 'critical',
  confidence: 'high',
  message: '{{CALL}} deserializes arbitrary classes from a stream',
  rationale:
    'ObjectInputStream.readObject, XMLDecoder and SerializationUtils.deserialize instantiate whatever classes the bytes name and run their readObject/setter code: a crafted stream chains gadget classes on the class path (commons-collections, Spring, Groovy) into remote code execution before any type check (CWE-502).',
  safeAlternative:
    'Exchange data as JSON or protobuf into plain DTOs; if Java serialization is unavoidable, install an allow-list ObjectInputFilter (ois.setObjectInputFilter(ObjectInputFilter.Config.createFilter("com.example.dto.*;!*"))) before readObject.',
  match: {
    rule: {
      kind: 'method_invocation',
      has: { field: 'name', regex: '^(readObject|readUnshared|deserialize|fromByteArray)$' },
    },
  },
  // SerializationUtils, or a receiver declared or created as ObjectInputStream/XMLDecoder
  requires: { words: ['SerializationUtils', 'ObjectInputStream', 'XMLDecoder'] },
  check(node, ctx) {
    const name = callName(node)
    const recv = receiver(node)
    if (!recv) return false
    const recvText = recv.text().replace(/\s+/g, '')
    if (name === 'deserialize' || name === 'fromByteArray') {
      if (!/^(?:org\.apache\.commons\.lang3\.)?SerializationUtils$|^(?:org\.springframework\.util\.)?SerializationUtils$/.test(recvText)) return false
      return { data: { CALL: `SerializationUtils.${name}` } }
    }
    // Custom readObject(ObjectInputStream in) hooks read their own fields: not a new entry point.
    if (enclosingFunctionName(node, ctx) === 'readObject' || enclosingFunctionName(node, ctx) === 'readExternal') return false
    const type = receiverType(recv, ctx) ?? ''
    const made = resolve(recv, ctx)
    const madeType = made.kind() === 'object_creation_expression' ? (made.field('type')?.text() ?? '') : ''
    const kind = /^(?:java\.io\.)?ObjectInputStream$|^(?:java\.beans\.)?XMLDecoder$/.test(madeType) ? madeType : /^(?:java\.io\.)?ObjectInputStream$|^(?:java\.beans\.)?XMLDecoder$/.test(type) ? type : ''
    if (!kind) return false
    // An allow-list filter on this stream makes it safe.
    const fn = ctx.flow.enclosingFunction(node)
    if (fn && recv.kind() === 'identifier' && fn.find({ rule: { kind: 'method_invocation', has: { field: 'name', regex: '^setObjectInputFilter$' }, regex: `^${recv.text()}\\b` } })) return false
    return { data: { CALL: `${kind.replace(/^.*\./, '')}.${name}` } }
  },
})

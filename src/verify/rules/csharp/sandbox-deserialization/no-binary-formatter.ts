import { defineRule } from '../../../engine/rule.js'
import { args, callName, isConstantCode, receiver, receiverType, resolve } from '../../java/_utils/managed.js'

const UNSAFE_FORMATTER = /(?:^|\.)(?:BinaryFormatter|SoapFormatter|NetDataContractSerializer|LosFormatter|ObjectStateFormatter)$/

export default defineRule({
  id: 'csharp/no-binary-formatter',
  languages: ['csharp'],
  title: 'Type-embedding formatter deserializes untrusted data',
  property: 'sandbox.deserialization',
  cwe: ['CWE-502'],
  severity: 'critical',
  confidence: 'high',
  message: '{{TYPE}}.{{NAME}} instantiates whatever types the payload names',
  rationale:
    'BinaryFormatter, SoapFormatter, NetDataContractSerializer, LosFormatter and ObjectStateFormatter read .NET type names from the stream and rebuild those objects; ysoserial.net gadget chains turn any such payload into remote code execution, and Microsoft states these formatters cannot be made safe (CWE-502).',
  safeAlternative: 'Use System.Text.Json or DataContractSerializer with a fixed set of known types into plain DTOs; remove BinaryFormatter entirely (it is disabled in .NET 9).',
  match: {
    rule: { kind: 'invocation_expression', has: { field: 'function', regex: '\\.(Deserialize|UnsafeDeserialize|UnsafeDeserializeMethodResponse|ReadObject)$' } },
  },
  check(node, ctx) {
    const recv = receiver(node)
    if (!recv) return false
    const made = resolve(recv, ctx)
    const type = made.kind() === 'object_creation_expression' ? (made.field('type')?.text() ?? '') : (receiverType(recv, ctx) ?? '')
    if (!UNSAFE_FORMATTER.test(type)) return false
    const data = args(node)[0]
    if (!data || isConstantCode(data, ctx)) return false
    return { data: { TYPE: type.replace(/^.*\./, ''), NAME: callName(node) } }
  },
})

import { defineRule } from '../../../engine/rule.js'
import { args, callName, receiver, receiverType, securityUse, statementOf } from '../../java/_utils/managed.js'

export default defineRule({
  id: 'csharp/no-insecure-random',
  languages: ['csharp'],
  title: 'System.Random used for a security value',
  property: 'crypto.random',
  cwe: ['CWE-330', 'CWE-338'],
  severity: 'high',
  confidence: 'high',
  message: 'System.Random.{{NAME}} produces the security value {{USE}}, but it is predictable',
  rationale:
    'System.Random (and Random.Shared) is a seeded pseudo-random generator: its state can be recovered from a few outputs (or guessed from the seed), so tokens, passwords, OTP codes, salts and session ids made from it can be predicted and forged (CWE-330, CWE-338).',
  safeAlternative: 'Use System.Security.Cryptography.RandomNumberGenerator: RandomNumberGenerator.GetBytes(32), RandomNumberGenerator.GetInt32(0, 1_000_000), RandomNumberGenerator.GetString(alphabet, 24).',
  match: {
    rule: {
      kind: 'invocation_expression',
      has: { field: 'function', regex: '\\.(Next|NextBytes|NextDouble|NextInt64|NextSingle|GetItems|GetHexString|GetString|Shuffle)$' },
    },
  },
  check(node, ctx) {
    const name = callName(node)
    if (name === 'Shuffle') return false
    const recv = receiver(node)
    if (!recv) return false
    const recvText = recv.text().replace(/\s+/g, '')
    const insecure = /^(?:System\.)?Random\.Shared$|^new(?:System\.)?Random\(/.test(recvText) || /^(?:System\.)?Random$/.test(receiverType(recv, ctx) ?? '')
    if (!insecure) return false
    let use = securityUse(node, ctx)
    if (!use && name === 'NextBytes') {
      const buf = args(node)[0]?.text()
      if (buf && /salt|key|token|nonce|iv|secret|seed/i.test(buf)) use = buf
    }
    return use ? { node: statementOf(node), data: { NAME: name, USE: use } } : false
  },
})

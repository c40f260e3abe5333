import { defineRule } from '../../../engine/rule.js'
import { args, callName, receiver, stringValue } from '../../java/_utils/managed.js'

export default defineRule({
  id: 'csharp/no-weak-hash-algorithm',
  languages: ['csharp'],
  title: 'MD5 or SHA-1 selected as a hash algorithm',
  property: 'crypto.hash',
  cwe: ['CWE-327', 'CWE-328'],
  severity: 'medium',
  confidence: 'high',
  message: '{{WHAT}} selects {{ALGO}}, a broken hash function',
  rationale:
    'MD5 and SHA-1 have practical collision attacks: data, certificates and signatures hashed with them can be forged, and fast unsalted digests of passwords or tokens are reversed by brute force (CWE-327, CWE-328).',
  safeAlternative: 'Use SHA-256 or stronger: SHA256.HashData(data), HashAlgorithmName.SHA256, new SHA256Managed() → SHA256.Create().',
  match: {
    rule: {
      any: [
        { kind: 'object_creation_expression', has: { field: 'type', regex: '^(System\\.Security\\.Cryptography\\.)?(MD5CryptoServiceProvider|SHA1CryptoServiceProvider|SHA1Managed|SHA1Cng|MD5Cng|MD5Digest|Sha1Digest|MD4Digest|MD2Digest)$' } },
        { kind: 'member_access_expression', regex: '^(System\\.Security\\.Cryptography\\.)?HashAlgorithmName\\.(MD5|SHA1)$' },
        { kind: 'invocation_expression', has: { field: 'function', regex: '(^|\\.)((MD5|SHA1)\\.(HashData|HashDataAsync|TryHashData)|(HashAlgorithm|CryptoConfig|DigestUtilities)\\.(Create|CreateFromName|GetDigest))$' } },
      ],
    },
  },
  check(node, ctx) {
    const k = node.kind()
    if (k === 'object_creation_expression') {
      const name = callName(node)
      return { data: { WHAT: `new ${name}`, ALGO: /md5/i.test(name) ? 'MD5' : /md4/i.test(name) ? 'MD4' : /md2/i.test(name) ? 'MD2' : 'SHA-1' } }
    }
    if (k === 'member_access_expression') {
      // HashAlgorithmName.SHA1 inside another member access (HashAlgorithmName.SHA1.Name) is the same selector.
      return { data: { WHAT: 'HashAlgorithmName', ALGO: /MD5$/.test(node.text()) ? 'MD5' : 'SHA-1' } }
    }
    const name = callName(node)
    const recv = receiver(node)?.text().replace(/^.*\./, '') ?? ''
    if (/^(?:MD5|SHA1)$/.test(recv)) return { data: { WHAT: `${recv}.${name}`, ALGO: recv === 'MD5' ? 'MD5' : 'SHA-1' } }
    const a = args(node)[0]
    const value = a ? stringValue(a, ctx) : undefined
    if (!value || !/^(?:MD5|SHA1|SHA-1|SHA|MD4|MD2|System\.Security\.Cryptography\.(?:MD5|SHA1))$/i.test(value)) return false
    return { data: { WHAT: `${recv}.${name}`, ALGO: value } }
  },
})

import { defineRule } from '../../../engine/rule.js'
import { args, callName, receiver, stringValue } from '../../java/_utils/managed.js'

export default defineRule({
  id: 'csharp/no-weak-cipher',
  languages: ['csharp'],
  title: 'Broken cipher (DES, 3DES, RC2, RC4, Blowfish) or ECB mode',
  property: 'crypto.hash',
  cwe: ['CWE-327'],
  severity: 'high',
  confidence: 'high',
  message: '{{WHAT}} uses {{ALGO}}',
  rationale:
    'DES and 3DES have 56/112-bit security and 64-bit blocks (Sweet32), RC2, RC4 and Blowfish are broken, and ECB mode encrypts identical blocks identically so structure and repeated records leak (CWE-327).',
  safeAlternative: 'Use AES-GCM (new AesGcm(key, 16)) or AES-CBC with a random IV plus an HMAC; never set CipherMode.ECB.',
  match: {
    rule: {
      any: [
        { kind: 'invocation_expression', has: { field: 'function', regex: '(^|\\.)((DES|TripleDES|RC2)\\.Create|SymmetricAlgorithm\\.Create|CipherUtilities\\.GetCipher|EncryptEcb|DecryptEcb|TryEncryptEcb|TryDecryptEcb)$' } },
        {
          kind: 'object_creation_expression',
          has: { field: 'type', regex: '^(System\\.Security\\.Cryptography\\.)?(DESCryptoServiceProvider|TripleDESCryptoServiceProvider|RC2CryptoServiceProvider|TripleDESCng|DesEngine|DesEdeEngine|BlowfishEngine|RC4Engine|RC2Engine|EcbBlockCipher)$' },
        },
        { kind: 'member_access_expression', regex: '^(System\\.Security\\.Cryptography\\.)?CipherMode\\.ECB$' },
      ],
    },
  },
  // DES/TripleDES/RC2 (`.Create`, the …CryptoServiceProvider and TripleDESCng types), the
  // BouncyCastle engines, ECB (`…Ecb` methods, EcbBlockCipher, CipherMode.ECB), and the receivers of
  // the string-named factories; the derived `.Create` is everywhere
  requires: { words: ['DES', 'RC2', 'DesEngine', 'DesEdeEngine', 'BlowfishEngine', 'RC4Engine', 'Ecb', 'ECB', 'SymmetricAlgorithm', 'CipherUtilities'] },
  check(node, ctx) {
    const k = node.kind()
    if (k === 'member_access_expression') return { data: { WHAT: 'CipherMode.ECB', ALGO: 'ECB mode' } }
    const name = callName(node)
    if (k === 'object_creation_expression') {
      const algo = /TripleDES|DesEde/i.test(name) ? '3DES' : /^Des|DES/.test(name) ? 'DES' : /RC2/.test(name) ? 'RC2' : /RC4/.test(name) ? 'RC4' : /Blowfish/.test(name) ? 'Blowfish' : 'ECB mode'
      return { data: { WHAT: `new ${name}`, ALGO: algo } }
    }
    if (/Ecb$/.test(name)) return { data: { WHAT: name, ALGO: 'ECB mode' } }
    const recv = receiver(node)?.text().replace(/^.*\./, '') ?? ''
    if (/^(?:DES|TripleDES|RC2)$/.test(recv)) return { data: { WHAT: `${recv}.Create()`, ALGO: recv === 'TripleDES' ? '3DES' : recv } }
    const a = args(node)[0]
    const value = a ? stringValue(a, ctx) : undefined
    if (!value || !/^(?:DES|3DES|TripleDES|DESede|RC2|RC4|ARC4|Blowfish)(?:\/|$)|\/ECB\//i.test(value)) return false
    return { data: { WHAT: `${recv}.${name}`, ALGO: value } }
  },
})

import { defineRule } from '../../../engine/rule.js'
import { literalValue } from '../../c/_utils/c.js'

const CRYPTOPP_WEAK = '(?:MD5|MD4|MD2|SHA1|SHA|DES|DES_EDE2|DES_EDE3|DES_XEX3|ARC4|MARC4|RC2|Blowfish|ECB_Mode(?:<[\\s\\S]*>)?)'
const QT_WEAK = 'QCryptographicHash::(?:Md4|Md5|Sha1)'
const BOTAN_WEAK = /^(?:MD5|MD4|SHA-1|SHA-160|SHA1|DES|TripleDES|3DES|Blowfish|RC4|ARC4|RC2|CAST-128|IDEA|[^/]+\/ECB(?:\/.*)?|DES\/.*|TripleDES\/.*|Blowfish\/.*)$/i

export default defineRule({
  id: 'cpp/no-weak-crypto-class',
  languages: ['cpp'],
  title: 'Crypto++, Botan or Qt broken hash or cipher',
  property: 'crypto.hash',
  cwe: ['CWE-327', 'CWE-328'],
  severity: 'medium',
  confidence: 'high',
  message: '{{WHAT}} selects a broken hash (MD5/SHA-1) or cipher (DES, 3DES, RC4, Blowfish, ECB)',
  rationale:
    'MD5 and SHA-1 collide in practice and DES, 3DES, RC4, RC2 and Blowfish are breakable or leak data, as does ECB mode; checksums, signatures and ciphertexts made with them can be forged or decrypted (CWE-327, CWE-328).',
  safeAlternative: 'Use SHA-256/SHA-3 (CryptoPP::SHA256, QCryptographicHash::Sha256, Botan "SHA-256") and AES-GCM or ChaCha20-Poly1305 (CryptoPP::GCM<CryptoPP::AES>, Botan "AES-256/GCM").',
  match: {
    rule: {
      any: [
        { kind: 'qualified_identifier', regex: `^CryptoPP::(?:Weak1?::)?${CRYPTOPP_WEAK}(?:::\\w+)?$`, not: { inside: { kind: 'qualified_identifier', stopBy: 'neighbor' } } },
        { kind: 'qualified_identifier', regex: `^${QT_WEAK}$`, not: { inside: { kind: 'qualified_identifier', stopBy: 'neighbor' } } },
        { kind: 'call_expression', has: { field: 'function', regex: '^Botan::(?:HashFunction|BlockCipher|Cipher_Mode|StreamCipher|MessageAuthenticationCode)::create(?:_or_throw)?$|^Botan::get_cipher_mode$' } },
      ],
    },
  },
  check(node, ctx) {
    if (node.kind() !== 'call_expression') return { data: { WHAT: node.text().replace(/\s+/g, '') } }
    const name = ctx.flow
      .callArguments(node)
      .map((a) => literalValue(a))
      .find((v) => v !== undefined && BOTAN_WEAK.test(v))
    return name ? { data: { WHAT: `${node.field('function')!.text()}("${name}")` } } : false
  },
})

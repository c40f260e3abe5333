import { defineRule } from '../../../engine/rule.js'
import { definitionsOf } from '../../rust/_utils/shared.js'
import { methodCall, packageCall } from '../_utils/go.js'

/** import path → broken ciphers and ECB helpers */
const WEAK: Record<string, RegExp> = {
  'crypto/des': /^(?:NewCipher|NewTripleDESCipher)$/,
  'crypto/rc4': /^NewCipher$/,
  'golang.org/x/crypto/blowfish': /^(?:NewCipher|NewSaltedCipher)$/,
  'golang.org/x/crypto/cast5': /^NewCipher$/,
  'golang.org/x/crypto/tea': /^(?:NewCipher|NewCipherWithRounds)$/,
  'golang.org/x/crypto/xtea': /^NewCipher$/,
}

export default defineRule({
  id: 'go/no-weak-cipher',
  languages: ['go'],
  title: 'Broken cipher or ECB mode',
  property: 'crypto.hash',
  cwe: ['CWE-327'],
  severity: 'high',
  confidence: 'high',
  message: '{{WHAT}} uses a broken cipher or the ECB mode',
  rationale:
    'DES and 3DES have 56/112-bit security and 64-bit blocks (Sweet32), RC4 leaks its keystream, Blowfish/CAST5/TEA have 64-bit blocks, and ECB encrypts equal blocks to equal ciphertext so patterns in the data stay visible; data protected this way can be read or forged (CWE-327).',
  safeAlternative: 'Use AES-GCM (`cipher.NewGCM(aesBlock)`) or golang.org/x/crypto/chacha20poly1305 with a fresh random nonce per message.',
  match: { rule: { kind: 'call_expression', has: { field: 'function', kind: 'selector_expression', has: { field: 'field', regex: '^(?:NewCipher|NewTripleDESCipher|NewSaltedCipher|NewCipherWithRounds|NewECBEncrypter|NewECBDecrypter|Encrypt|Decrypt)$' } } } },
  check(node, ctx) {
    const m = methodCall(node, ctx)
    if (m && /^(?:Encrypt|Decrypt)$/.test(m.method)) {
      // ECB by hand: a raw block cipher applied block by block in a loop
      if (ctx.flow.callArguments(node).length !== 2 || m.recv.kind() !== 'identifier') return false
      if (!node.inside({ rule: { kind: 'for_statement' } })) return false
      const fromBlock = definitionsOf(m.recv.text(), m.recv, ctx).some((d) => /\b(?:aes|des|blowfish|twofish|cast5)\.New\w*Cipher\b/.test(d.value.text()))
      return fromBlock ? { data: { WHAT: `${m.recv.text()}.${m.method} in a loop (ECB mode)` } } : false
    }
    const pc = packageCall(node, ctx)
    if (!pc) return false
    const [path, fn] = pc
    if (WEAK[path]?.test(fn) || /^NewECB(?:En|De)crypter$/.test(fn)) return { data: { WHAT: `${path.split('/').at(-1)}.${fn}` } }
    return false
  },
})

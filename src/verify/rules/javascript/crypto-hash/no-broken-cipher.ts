import { defineRule } from '../../../engine/rule.js'
import { args, callee, strValue } from '../_utils/js.js'

const BROKEN_ALG = /(?:^|[-_])(?:des|des3|3des|des-ede3?|tripledes|rc4|rc2|bf|blowfish|cast5?|idea|seed|ecb)(?:$|[-_])|^(?:des|rc4|rc2|bf|blowfish|cast|idea|arcfour)/i
const DIRECT = /^(?:crypto-js|CryptoJS)\.(?:DES|TripleDES|RC4|RC4Drop|Rabbit)\.(?:encrypt|decrypt)$/

export default defineRule({
  id: 'javascript/no-broken-cipher',
  languages: ['javascript', 'typescript'],
  title: 'Broken cipher or ECB mode',
  property: 'crypto.hash',
  cwe: ['CWE-327'],
  severity: 'high',
  confidence: 'high',
  message: '{{ALG}} is a broken cipher or mode',
  rationale:
    'DES and RC2 keys fall to brute force, 3DES and Blowfish have 64-bit blocks (Sweet32), RC4 output is biased, and ECB encrypts equal blocks to equal ciphertext, exposing the structure of the data (CWE-327).',
  safeAlternative: 'Use AES-256-GCM or ChaCha20-Poly1305: crypto.createCipheriv("aes-256-gcm", key, iv) with a random 12-byte IV and the auth tag, or WebCrypto AES-GCM.',
  match: {
    rule: {
      any: [
        { kind: 'call_expression', has: { field: 'function', regex: '^(?s:.*?\\.)?(?:createCipheriv|createDecipheriv|createCipher|createDecipher|encrypt|decrypt)$' } },
        { kind: 'member_expression', regex: '^(?:CryptoJS|cryptoJs|CryptoJs|crypto_js)\\.mode\\.ECB$' },
      ],
    },
  },
  check(node, ctx) {
    if (node.kind() === 'member_expression') return { data: { ALG: 'ECB mode' } }
    const name = callee(ctx, node)
    if (DIRECT.test(name)) return { data: { ALG: name.split('.').at(-2)! } }
    if (/^(?:crypto\.(?:createCipheriv|createDecipheriv|createCipher|createDecipher)|(?:node-forge|forge)\.cipher\.(?:createCipher|createDecipher))$/.test(name)) {
      const alg = strValue(args(ctx, node)[0])
      if (alg === undefined || !BROKEN_ALG.test(alg)) return false
      return { data: { ALG: alg } }
    }
    return false
  },
})

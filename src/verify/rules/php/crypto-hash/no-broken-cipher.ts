import { defineRule } from '../../../engine/rule.js'
import { arg, args, FUNCTION_CALL, nameOf, NEW_EXPRESSION, stringValue } from '../_utils/php.js'

/** OpenSSL cipher names of DES, 3DES, RC2, RC4, Blowfish, and any ECB mode. */
const BROKEN_OPENSSL = /^(?:des|des3|desx|des-.*|bf|bf-.*|blowfish|rc2|rc2-.*|rc4|rc4-.*|cast5?-ecb|.*-ecb|idea-ecb)$/i
const MCRYPT_BROKEN = /^MCRYPT_(?:DES|3DES|TRIPLEDES|BLOWFISH|BLOWFISH_COMPAT|RC2|ARCFOUR|ARCFOUR_IV|RC4|MODE_ECB)$/
const CANDIDATES = /^(?:openssl_encrypt|openssl_decrypt|openssl_seal|openssl_open|mcrypt_encrypt|mcrypt_decrypt|mcrypt_module_open|mcrypt_cbc|mcrypt_ecb|new (?:DES|TripleDES|RC2|RC4|Blowfish|Crypt_DES|Crypt_TripleDES|Crypt_RC2|Crypt_RC4|Crypt_Blowfish|AES|Rijndael|Crypt_AES|Crypt_Rijndael))$/
const PHPSECLIB = /^(?:DES|TripleDES|RC2|RC4|Blowfish|Crypt_DES|Crypt_TripleDES|Crypt_RC2|Crypt_RC4|Crypt_Blowfish)$/

export default defineRule({
  id: 'php/no-broken-cipher',
  languages: ['php'],
  title: 'Broken cipher or ECB mode',
  property: 'crypto.hash',
  cwe: ['CWE-327'],
  severity: 'high',
  confidence: 'high',
  message: '{{ALGO}} is a broken cipher or mode',
  rationale:
    'DES and 3DES have small keys or blocks (Sweet32), RC4 and RC2 leak their keystream, Blowfish has 64-bit blocks, and ECB encrypts equal blocks to equal ciphertext so patterns of the plaintext show through (CWE-327).',
  safeAlternative: "Use an authenticated cipher: openssl_encrypt($data, 'aes-256-gcm', $key, 0, $iv, $tag), or sodium_crypto_secretbox().",
  // the CANDIDATES names: openssl_* and mcrypt_* functions, and the cipher classes (`des` also
  // covers TripleDES and Crypt_DES, `aes` Crypt_AES)
  requires: { words: ['openssl', 'mcrypt', 'des', 'rc2', 'rc4', 'blowfish', 'aes', 'rijndael'], ignoreCase: true },
  match: { rule: { any: [FUNCTION_CALL, NEW_EXPRESSION] } },
  check(node, ctx) {
    const name = nameOf(ctx, node)
    if (!CANDIDATES.test(name)) return false
    if (name.startsWith('new ')) {
      const cls = name.slice(4)
      if (PHPSECLIB.test(cls)) return { data: { ALGO: cls.replace(/^Crypt_/, '') } }
      const mode = arg(node, 0)
      const m = stringValue(ctx, mode) ?? mode?.text() ?? ''
      return /^ecb$|MODE_ECB$/i.test(m) ? { data: { ALGO: `${cls.replace(/^Crypt_/, '')}-ECB` } } : false
    }
    if (name === 'mcrypt_ecb') return { data: { ALGO: 'ECB mode' } }
    if (name.startsWith('mcrypt_')) {
      for (const a of args(node)) {
        const t = a.text()
        if (MCRYPT_BROKEN.test(t)) return { data: { ALGO: t.replace(/^MCRYPT_(?:MODE_)?/, '') } }
        const v = stringValue(ctx, a)
        if (v && /^(?:des|tripledes|blowfish|rc2|arcfour|ecb)$/i.test(v)) return { data: { ALGO: v } }
      }
      return false
    }
    const idx = name === 'openssl_seal' || name === 'openssl_open' ? 4 : 1
    const cipher = stringValue(ctx, arg(node, idx, 'cipher_algo'))
    return cipher && BROKEN_OPENSSL.test(cipher) ? { data: { ALGO: cipher } } : false
  },
})

import { defineRule } from '../../../engine/rule.js'
import { callArgs, literalValue, minimalWords } from '../_utils/c.js'

const FUNCTIONS =
  'EVP_des_\\w+|EVP_des_ede\\w*|EVP_rc4\\w*|EVP_rc2_\\w+|EVP_bf_\\w+|EVP_cast5_\\w+|EVP_idea_\\w+|EVP_seed_ecb|EVP_\\w+_ecb|' +
  'DES_set_key\\w*|DES_key_sched|DES_ecb_encrypt|DES_ecb3_encrypt|DES_ncbc_encrypt|DES_ede3_cbc_encrypt|DES_cbc_encrypt|RC4_set_key|RC4|RC2_set_key|BF_set_key|BF_ecb_encrypt|AES_ecb_encrypt|' +
  'mbedtls_des_setkey\\w*|mbedtls_des3_set\\w*|mbedtls_des_init|mbedtls_des3_init|mbedtls_arc4_setup|mbedtls_arc4_init|mbedtls_blowfish_setkey|mbedtls_aes_crypt_ecb|' +
  'wc_Des_SetKey|wc_Des3_SetKey|wc_Arc4SetKey|wc_AesEcbEncrypt'
const CONSTANTS =
  'GCRY_CIPHER_DES|GCRY_CIPHER_3DES|GCRY_CIPHER_ARCFOUR|GCRY_CIPHER_BLOWFISH|GCRY_CIPHER_RFC2268_40|GCRY_CIPHER_RFC2268_128|GCRY_CIPHER_MODE_ECB|' +
  'CALG_DES|CALG_3DES|CALG_3DES_112|CALG_RC4|CALG_RC2|BCRYPT_DES_ALGORITHM|BCRYPT_3DES_ALGORITHM|BCRYPT_3DES_112_ALGORITHM|BCRYPT_DESX_ALGORITHM|BCRYPT_RC4_ALGORITHM|BCRYPT_RC2_ALGORITHM|BCRYPT_CHAIN_MODE_ECB|' +
  'MBEDTLS_CIPHER_DES_\\w+|MBEDTLS_CIPHER_ARC4_128|MBEDTLS_CIPHER_BLOWFISH_\\w+|MBEDTLS_CIPHER_\\w+_ECB|MBEDTLS_MODE_ECB|' +
  'kCCAlgorithmDES|kCCAlgorithm3DES|kCCAlgorithmRC4|kCCAlgorithmRC2|kCCAlgorithmBlowfish|kCCOptionECBMode|GNUTLS_CIPHER_ARCFOUR_128|GNUTLS_CIPHER_3DES_CBC|GNUTLS_CIPHER_DES_CBC|GNUTLS_CIPHER_RC2_40_CBC'
const BY_NAME = 'EVP_get_cipherbyname|EVP_CIPHER_fetch|gcry_cipher_map_name'
const WEAK_CIPHER_NAME = /^(?:des|des-\S+|des3|3des|des-ede\S*|rc4\S*|rc2\S*|bf\S*|blowfish\S*|\S+-ecb|idea\S*|cast5\S*)$/i

export default defineRule({
  id: 'c/no-broken-cipher',
  languages: ['c', 'cpp'],
  title: 'Broken cipher (DES, 3DES, RC4, RC2, Blowfish) or ECB mode',
  property: 'crypto.hash',
  cwe: ['CWE-327'],
  severity: 'high',
  confidence: 'high',
  message: '{{WHAT}} selects a broken cipher or the ECB mode',
  rationale:
    'DES keys are brute-forced in hours, 3DES and Blowfish have 64-bit blocks open to Sweet32 collisions, RC4 and RC2 leak their keystream, and ECB encrypts equal blocks to equal ciphertext so the structure of the data shows through; data protected this way can be read or forged (CWE-327).',
  safeAlternative: 'Use an authenticated modern cipher: AES-256-GCM (EVP_aes_256_gcm()) or ChaCha20-Poly1305, with a fresh random nonce per message.',
  match: {
    rule: {
      any: [
        { kind: 'call_expression', has: { field: 'function', regex: `^(?:::)?(?:${FUNCTIONS})$` } },
        { kind: 'identifier', regex: `^(?:${CONSTANTS})$`, not: { inside: { any: [{ kind: 'preproc_def' }, { kind: 'enumerator' }, { kind: 'case_statement' }], stopBy: 'end' } } },
        { kind: 'call_expression', has: { field: 'function', regex: `^(?:${BY_NAME})$` } },
      ],
    },
  },
  // the literal start of every name (`EVP_des_` of `EVP_des_\w+`), or a prefix it shares with others
  requires: {
    words: minimalWords([
      ...['DES_', 'RC2_', 'BF_', 'mbedtls_', 'wc_', 'GCRY_CIPHER_', 'CALG_', 'BCRYPT_', 'kCC', 'GNUTLS_CIPHER_'],
      ...`${FUNCTIONS}|${CONSTANTS}|${BY_NAME}`.split('|').map((n) => n.split('\\')[0]!),
    ]),
  },
  check(node, ctx) {
    if (node.kind() === 'identifier') return { data: { WHAT: node.text() } }
    const fn = node.field('function')?.text() ?? ''
    if (new RegExp(`^(?:${BY_NAME})$`).test(fn)) {
      const name = callArgs(node, ctx)
        .map((a) => literalValue(a))
        .find((v) => v !== undefined && WEAK_CIPHER_NAME.test(v))
      return name ? { data: { WHAT: `${fn}("${name}")` } } : false
    }
    return { data: { WHAT: fn } }
  },
})

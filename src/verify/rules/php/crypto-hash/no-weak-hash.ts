import { defineRule } from '../../../engine/rule.js'
import { arg, FUNCTION_CALL, nameOf, NEW_EXPRESSION, stringValue } from '../_utils/php.js'

const CANDIDATES = /^(?:md5|sha1|md5_file|sha1_file|hash|hash_file|hash_init|hash_hmac|hash_hmac_file|hash_pbkdf2|openssl_digest|mhash|new Hash|openssl_sign|openssl_verify|openssl_pkey_export|openssl_csr_sign|openssl_pkcs7_sign|openssl_cms_sign)$/
const WEAK = /^(?:md2|md4|md5|sha1|sha-1)$/i
/** hash()-family functions and the position of their algorithm argument. */
const ALGO_FUNCTIONS: Record<string, number> = { hash: 0, hash_file: 0, hash_init: 0, hash_hmac: 0, hash_hmac_file: 0, hash_pbkdf2: 0, openssl_digest: 1 }

export default defineRule({
  id: 'php/no-weak-hash',
  languages: ['php'],
  title: 'Broken hash function (MD5, SHA-1, MD4, MD2)',
  property: 'crypto.hash',
  cwe: ['CWE-328'],
  severity: 'medium',
  confidence: 'high',
  message: '{{ALGO}} is a broken hash function',
  rationale:
    'MD5 and SHA-1 collisions can be computed cheaply and both are fast enough to brute-force: digests made with them do not protect integrity, identify content uniquely or keep tokens and passwords secret (CWE-328).',
  safeAlternative: "Use hash('sha256', $data) (or sha3-256, blake2); password_hash() for passwords; hash_hmac('sha256', …) for MACs.",
  // the CANDIDATES names: md5*, sha1*, the hash*/mhash family and `new Hash`, openssl_*
  requires: { words: ['md5', 'sha1', 'hash', 'openssl'], ignoreCase: true },
  match: { rule: { any: [FUNCTION_CALL, NEW_EXPRESSION] } },
  check(node, ctx) {
    const name = nameOf(ctx, node)
    if (!CANDIDATES.test(name)) return false
    if (/^(?:md5|sha1|md5_file|sha1_file)$/.test(name)) return { data: { ALGO: name.replace(/_file$/, '').toUpperCase().replace('SHA1', 'SHA-1') } }
    if (name === 'mhash') {
      const a = arg(node, 0)?.text() ?? ''
      return /^MHASH_(?:MD5|MD4|MD2|SHA1)$/.test(a) ? { data: { ALGO: a.slice(6) } } : false
    }
    if (name === 'new Hash') {
      const algo = stringValue(ctx, arg(node, 0))
      return algo && WEAK.test(algo) ? { data: { ALGO: algo.toUpperCase() } } : false
    }
    const idx = Object.hasOwn(ALGO_FUNCTIONS, name) ? ALGO_FUNCTIONS[name] : undefined
    if (idx !== undefined) {
      const algo = stringValue(ctx, arg(node, idx, 'algo'))
      return algo && WEAK.test(algo) ? { data: { ALGO: algo.toUpperCase() } } : false
    }
    // openssl_sign/openssl_verify/… with OPENSSL_ALGO_MD5 / OPENSSL_ALGO_SHA1
    const c = node.find({ rule: { kind: 'name', regex: '^OPENSSL_ALGO_(?:MD5|MD4|MD2|SHA1)$' } })
    return c ? { data: { ALGO: c.text().slice(12) } } : false
  },
})

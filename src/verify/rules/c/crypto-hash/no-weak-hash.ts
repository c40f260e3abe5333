import { defineRule } from '../../../engine/rule.js'
import { callArgs, callWords, literalValue, minimalWords } from '../_utils/c.js'

const FUNCTIONS = [
  'MD5', 'MD5_Init', 'MD4', 'MD4_Init', 'MD2', 'MD2_Init', 'SHA1', 'SHA1_Init', 'SHA', 'SHA_Init',
  'mbedtls_md5', 'mbedtls_md5_init', 'mbedtls_md5_starts', 'mbedtls_md5_ret', 'mbedtls_md4', 'mbedtls_md2',
  'mbedtls_sha1', 'mbedtls_sha1_init', 'mbedtls_sha1_starts', 'mbedtls_sha1_ret',
  'wc_InitMd5', 'wc_Md5Hash', 'wc_InitSha', 'wc_ShaHash', 'wc_InitMd4',
  'CC_MD5', 'CC_MD5_Init', 'CC_SHA1', 'CC_SHA1_Init', 'CC_MD4', 'CC_MD2',
  'crypto_hash_sha1', 'g_compute_checksum_for_data_md5', 'md5_init', 'md5_starts', 'sha1_init', 'sha1_starts', 'MD5Init', 'SHA1Init',
]
const CONSTANTS = 'GCRY_MD_MD5|GCRY_MD_MD4|GCRY_MD_MD2|GCRY_MD_SHA1|CALG_MD5|CALG_MD4|CALG_MD2|CALG_SHA|CALG_SHA1|BCRYPT_MD5_ALGORITHM|BCRYPT_MD4_ALGORITHM|BCRYPT_MD2_ALGORITHM|BCRYPT_SHA1_ALGORITHM|MBEDTLS_MD_MD5|MBEDTLS_MD_MD4|MBEDTLS_MD_MD2|MBEDTLS_MD_SHA1|G_CHECKSUM_MD5|G_CHECKSUM_SHA1|GNUTLS_DIG_MD5|GNUTLS_DIG_SHA1|GNUTLS_MAC_MD5|GNUTLS_MAC_SHA1|NID_md5|NID_sha1|WC_HASH_TYPE_MD5|WC_HASH_TYPE_SHA|WC_MD5|WC_SHA'
const DIGEST_BY_NAME = ['EVP_get_digestbyname', 'EVP_MD_fetch', 'gcry_md_map_name', 'EVP_Q_digest', 'BCryptOpenAlgorithmProvider']
const WEAK_NAME = /^(?:md5|md4|md2|sha1|sha-1|sha|ssl3-md5|ssl3-sha1|md5-sha1)$/i

export default defineRule({
  id: 'c/no-weak-hash',
  languages: ['c', 'cpp'],
  title: 'MD5, MD4, MD2 or SHA-1 digest',
  property: 'crypto.hash',
  cwe: ['CWE-327', 'CWE-328'],
  severity: 'medium',
  confidence: 'high',
  message: '{{WHAT}} selects a broken hash (MD5/MD4/MD2/SHA-1)',
  rationale:
    'MD5 and SHA-1 have practical collision attacks (forged certificates, colliding PDFs, chosen-prefix collisions for a few thousand dollars) and MD4/MD2 are weaker still; integrity checks, signatures and password hashes built on them can be forged or brute-forced (CWE-327, CWE-328).',
  safeAlternative: 'Use SHA-256 or better (EVP_sha256(), SHA256(), mbedtls_sha256, GCRY_MD_SHA256) for integrity, and a password hash (Argon2, scrypt, bcrypt, PBKDF2-SHA256) for passwords.',
  match: {
    rule: {
      any: [
        { kind: 'call_expression', has: { field: 'function', regex: `^(?:::)?(?:${FUNCTIONS.join('|')})$` } },
        { kind: 'identifier', regex: `^(?:${CONSTANTS})$`, not: { inside: { any: [{ kind: 'preproc_def' }, { kind: 'enumerator' }, { kind: 'case_statement' }], stopBy: 'end' } } },
        { kind: 'call_expression', has: { field: 'function', regex: `^(?:${DIGEST_BY_NAME.join('|')})$` } },
      ],
    },
  },
  // the names (shortened to parts they all contain), but `SHA` (part of SHARED, SHADER) only as a call
  requires: { words: minimalWords(['md5', 'Md5', 'md4', 'Md4', 'md2', 'sha1', ...FUNCTIONS.filter((f) => f !== 'SHA'), ...callWords(['SHA']), ...CONSTANTS.split('|'), ...DIGEST_BY_NAME]) },
  check(node, ctx) {
    if (node.kind() === 'identifier') return { data: { WHAT: node.text() } }
    const fn = node.field('function')?.text() ?? ''
    if (DIGEST_BY_NAME.includes(fn)) {
      const args = callArgs(node, ctx)
      const name = args.map((a) => literalValue(a)).find((v) => v !== undefined && WEAK_NAME.test(v))
      return name ? { data: { WHAT: `${fn}("${name}")` } } : false
    }
    return { data: { WHAT: fn } }
  },
})

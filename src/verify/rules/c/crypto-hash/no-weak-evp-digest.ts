import { defineRule } from '../../../engine/rule.js'

export default defineRule({
  id: 'c/no-weak-evp-digest',
  languages: ['c', 'cpp'],
  title: 'OpenSSL EVP digest MD5, MD4 or SHA-1',
  property: 'crypto.hash',
  cwe: ['CWE-327', 'CWE-328'],
  severity: 'medium',
  confidence: 'high',
  message: '{{FN}}() selects a broken digest for this EVP operation',
  rationale:
    'EVP_md5(), EVP_md4() and EVP_sha1() plug broken hashes into signatures, HMACs, key derivation and integrity checks; collisions in MD5 and SHA-1 are practical, so forged data passes the check (CWE-327, CWE-328).',
  safeAlternative: 'Select a SHA-2 or SHA-3 digest: EVP_sha256(), EVP_sha384(), EVP_sha3_256().',
  match: {
    rule: { pattern: { context: 'void f() { $FN(); }', selector: 'call_expression' }, has: { field: 'function', regex: '^(?:EVP_md5|EVP_md4|EVP_md2|EVP_sha1|EVP_md5_sha1|EVP_sha)$' } },
    constraints: { FN: { regex: '^(?:EVP_md5|EVP_md4|EVP_md2|EVP_sha1|EVP_md5_sha1|EVP_sha)$' } },
  },
  fix: {
    template: 'EVP_sha256()',
    kind: 'unsafe',
    description: 'Switch to SHA-256; digests change, so stored hashes and peers must be migrated.',
  },
})

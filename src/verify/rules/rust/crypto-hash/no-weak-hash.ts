import { defineRule } from '../../../engine/rule.js'
import { firstOnLine, literalText } from '../_utils/shared.js'

const WEAK_TYPES = /^(?:Md5|Md4|Md2|Sha1|Sha1Core|Md5Core|Md4Core)$/
/** Paths that name a weak digest: `md5::compute`, `Md5::new`, `MessageDigest::sha1`, ring's legacy SHA-1. */
const WEAK_PATHS =
  /^(?:(?:\w+::)*(?:Md5|Md4|Md2|Sha1)(?:::<[^>]*>)?::\w+|(?:\w+::)*md5::(?:compute|Context|Digest|Md5)|(?:\w+::)*(?:sha1|sha1_smol|md4|md2|md5)::(?:Sha1|Md4|Md2|Md5)(?:::\w+)?|(?:\w+::)*MessageDigest::(?:md5|sha1|md4|md5_sha1)|(?:\w+::)*(?:digest::)?SHA1_FOR_LEGACY_USE_ONLY|(?:\w+::)*HMAC_SHA1_FOR_LEGACY_USE_ONLY|(?:\w+::)*openssl::sha::sha1|(?:\w+::)*Nid::(?:MD5|SHA1))$/

export default defineRule({
  id: 'rust/no-weak-hash',
  languages: ['rust'],
  title: 'Broken hash function (MD5, MD4, SHA-1)',
  property: 'crypto.hash',
  cwe: ['CWE-327', 'CWE-328'],
  severity: 'medium',
  confidence: 'high',
  message: '{{WHAT}} uses a broken hash function',
  rationale:
    'MD5, MD4 and SHA-1 have practical collision attacks (two inputs with the same digest can be made cheaply), so signatures, integrity checks, deduplication keys or password hashes built on them can be forged or brute-forced (CWE-327, CWE-328).',
  safeAlternative: 'Use SHA-256/SHA-3/BLAKE3 (`sha2::Sha256`, `blake3::hash`) for integrity, HMAC-SHA-256 for MACs, and Argon2/bcrypt/scrypt for passwords.',
  match: {
    rule: {
      any: [
        { kind: 'scoped_identifier', regex: '(?:Md5|Md4|Md2|Sha1|md5|sha1|sha1_smol|md4|md2|MessageDigest|SHA1_FOR_LEGACY_USE_ONLY|HMAC_SHA1_FOR_LEGACY_USE_ONLY|openssl::sha|Nid)', not: { inside: { kind: 'use_declaration' } } },
        { kind: 'type_identifier', regex: WEAK_TYPES.source, inside: { kind: 'type_arguments' }, not: { inside: { kind: 'use_declaration' } } },
        { kind: 'string_literal', inside: { kind: 'arguments', follows: { kind: 'scoped_identifier', regex: '(?:MessageDigest|Cipher)::from_name$' } } },
      ],
    },
  },
  check(node, ctx) {
    if (node.kind() === 'string_literal') {
      if (!/^(?:md5|md4|sha1|sha-1)$/i.test(literalText(node) ?? '')) return false
    } else if (node.kind() === 'scoped_identifier') {
      // only the outermost path: `md5::Md5::new` once, not also `md5::Md5`
      if (node.parent()?.kind() === 'scoped_identifier') return false
      if (!WEAK_PATHS.test(node.text().replace(/\s+/g, ''))) return false
    }
    if (!firstOnLine('rust/no-weak-hash', node, ctx)) return false
    const parent = node.parent()
    const reported = parent?.kind() === 'call_expression' && parent.field('function')?.id() === node.id() ? parent : node
    return { node: reported, data: { WHAT: node.text() } }
  },
})

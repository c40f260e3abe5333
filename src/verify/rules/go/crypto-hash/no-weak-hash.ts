import { defineRule } from '../../../engine/rule.js'
import { firstOnLine } from '../../rust/_utils/shared.js'
import { packageOf } from '../_utils/go.js'

/** import path → weak members */
const WEAK: Record<string, RegExp> = {
  'crypto/md5': /^(?:New|Sum)$/,
  'crypto/sha1': /^(?:New|Sum)$/,
  'golang.org/x/crypto/md4': /^New$/,
  'golang.org/x/crypto/ripemd160': /^New$/,
  crypto: /^(?:MD5|SHA1|MD4|MD5SHA1)$/,
}

export default defineRule({
  id: 'go/no-weak-hash',
  languages: ['go'],
  title: 'Broken hash function (MD5, MD4, SHA-1)',
  property: 'crypto.hash',
  cwe: ['CWE-327', 'CWE-328'],
  severity: 'medium',
  confidence: 'high',
  message: '{{WHAT}} uses a broken hash function',
  rationale:
    'MD5, MD4 and SHA-1 have practical collision attacks (two inputs with the same digest can be made cheaply), so signatures, integrity checks, deduplication keys or password hashes built on them can be forged or brute-forced (CWE-327, CWE-328).',
  safeAlternative: 'Use crypto/sha256 or crypto/sha512 (or golang.org/x/crypto/blake2b) for integrity, hmac with sha256.New for MACs, and bcrypt/argon2 for passwords.',
  // the import paths of WEAK (the matcher's own words, `New` and `Sum`, are in nearly every file);
  // the `crypto` package itself is imported as "crypto" or `crypto`
  requires: { words: ['crypto/md5', 'crypto/sha1', 'crypto/md4', 'crypto/ripemd160', '"crypto"', '`crypto`'] },
  match: { rule: { kind: 'selector_expression', has: { field: 'field', regex: '^(?:New|Sum|MD5|SHA1|MD4|MD5SHA1)$' } } },
  check(node, ctx) {
    const path = packageOf(node, ctx)
    if (!path || !WEAK[path]?.test(node.field('field')?.text() ?? '')) return false
    if (!firstOnLine('go/no-weak-hash', node, ctx)) return false
    const parent = node.parent()
    const reported = parent?.kind() === 'call_expression' && parent.field('function')?.id() === node.id() ? parent : node
    return { node: reported, data: { WHAT: `${path.split('/').at(-1)}.${node.field('field')?.text()}` } }
  },
})

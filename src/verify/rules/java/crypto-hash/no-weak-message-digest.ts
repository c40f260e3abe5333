import { defineRule } from '../../../engine/rule.js'
import { stringValue } from '../_utils/managed.js'

export const WEAK_DIGEST = /^(?:MD2|MD4|MD5|SHA|SHA-?0|SHA-?1)$/i

export default defineRule({
  id: 'java/no-weak-message-digest',
  languages: ['java'],
  title: 'MessageDigest with a broken hash (MD5, SHA-1)',
  property: 'crypto.hash',
  cwe: ['CWE-327', 'CWE-328'],
  severity: 'medium',
  confidence: 'high',
  message: 'MessageDigest.getInstance uses {{ALGO}}, a broken hash function',
  rationale:
    'MD5 and SHA-1 (and MD2/MD4) have practical collision attacks, and fast unsalted digests are cracked at billions of guesses per second: signatures, integrity checks and password hashes built on them can be forged or reversed (CWE-327, CWE-328).',
  safeAlternative: 'Use SHA-256 or SHA-3 (MessageDigest.getInstance("SHA-256")) for integrity; for passwords use a slow salted KDF (BCrypt, Argon2, PBKDF2WithHmacSHA256).',
  match: {
    rule: { any: [{ pattern: '$CLS.getInstance($ALG)' }, { pattern: '$CLS.getInstance($ALG, $$$REST)' }] },
    constraints: { CLS: { regex: '^(java\\.security\\.)?MessageDigest$' } },
  },
  check(node, ctx) {
    const alg = node.getMatch('ALG')
    const value = alg ? stringValue(alg, ctx) : undefined
    if (value === undefined || !WEAK_DIGEST.test(value.trim())) return false
    return { data: { ALGO: value } }
  },
  fix: { template: '$CLS.getInstance("SHA-256")', kind: 'unsafe', description: 'Use SHA-256 (changes every digest value: stored hashes must be migrated)' },
})

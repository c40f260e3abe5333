import { defineRule } from '../../../engine/rule.js'

export default defineRule({
  id: 'csharp/no-weak-hash-create',
  languages: ['csharp'],
  title: 'MD5 or SHA-1 hash algorithm created',
  property: 'crypto.hash',
  cwe: ['CWE-327', 'CWE-328'],
  severity: 'medium',
  confidence: 'high',
  message: '{{C}}.Create() makes a {{C}} hash, a broken hash function',
  rationale:
    'MD5 and SHA-1 have practical collision attacks and are fast enough to brute-force: signatures, integrity checks, tokens and password hashes built on them can be forged or reversed (CWE-327, CWE-328).',
  safeAlternative: 'Use SHA256.Create() / SHA256.HashData for integrity; for passwords use a slow salted KDF (Rfc2898DeriveBytes.Pbkdf2 with SHA-256 and many iterations, or ASP.NET Core PasswordHasher).',
  match: {
    rule: { pattern: '$C.Create()' },
    constraints: { C: { regex: '^(System\\.Security\\.Cryptography\\.)?(MD5|SHA1)$' } },
  },
  // $C is MD5 or SHA1; the word derived from the pattern, `Create`, is everywhere
  requires: { words: ['MD5', 'SHA1'] },
  fix: { template: 'SHA256.Create()', kind: 'unsafe', description: 'Use SHA-256 (every digest value changes: stored hashes must be migrated)' },
})

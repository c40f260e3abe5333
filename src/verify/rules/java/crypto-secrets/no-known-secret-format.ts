import { defineRule } from '../../../engine/rule.js'
import { KNOWN_SECRET_WORDS, knownSecretKind, literalText } from '../_utils/managed.js'

export default defineRule({
  id: 'java/no-known-secret-format',
  languages: ['java'],
  title: 'Literal in a well-known secret format',
  property: 'crypto.secrets',
  cwe: ['CWE-798'],
  severity: 'critical',
  confidence: 'high',
  message: 'string literal looks like a real {{KIND}}',
  rationale:
    'AWS access keys (AKIA…), private keys (-----BEGIN … PRIVATE KEY-----), GitHub (ghp_…), Stripe (sk_live_…), Slack (xox…) and Google (AIza…) credentials are scanned for in public code within minutes of a push and used immediately (CWE-798).',
  safeAlternative: 'Revoke the credential, then load it at run time from the environment or a secret manager; keep private keys in a key store, not in code.',
  requires: { words: KNOWN_SECRET_WORDS },
  match: { rule: { kind: 'string_literal', regex: 'AKIA|ASIA|PRIVATE KEY|gh[pousr]_|github_pat_|[sr]k_live_|xox[abpr]-|AIza|glpat-|SG\\.' } },
  check(node) {
    const kind = knownSecretKind(literalText(node) ?? node.text())
    return kind ? { data: { KIND: kind } } : false
  },
})

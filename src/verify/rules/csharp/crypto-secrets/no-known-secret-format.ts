import { defineRule } from '../../../engine/rule.js'
import { KNOWN_SECRET_WORDS, knownSecretKind, literalText } from '../../java/_utils/managed.js'

export default defineRule({
  id: 'csharp/no-known-secret-format',
  languages: ['csharp'],
  title: 'Literal in a well-known secret format',
  property: 'crypto.secrets',
  cwe: ['CWE-798'],
  severity: 'critical',
  confidence: 'high',
  message: 'string literal looks like a real {{KIND}}',
  rationale:
    'AWS access keys (AKIA…), private keys (-----BEGIN … PRIVATE KEY-----), GitHub (ghp_…), Stripe (sk_live_…), Slack (xox…) and Google (AIza…) credentials are harvested from public code within minutes of a push and abused immediately (CWE-798).',
  safeAlternative: 'Revoke the credential, then load it at run time from configuration backed by a secret store (Azure Key Vault, AWS Secrets Manager, user-secrets in development).',
  requires: { words: KNOWN_SECRET_WORDS },
  match: {
    rule: {
      any: [{ kind: 'string_literal' }, { kind: 'verbatim_string_literal' }, { kind: 'raw_string_literal' }],
      regex: 'AKIA|ASIA|PRIVATE KEY|gh[pousr]_|github_pat_|[sr]k_live_|xox[abpr]-|AIza|glpat-|SG\\.',
    },
  },
  check(node) {
    const kind = knownSecretKind(literalText(node) ?? node.text())
    return kind ? { data: { KIND: kind } } : false
  },
})

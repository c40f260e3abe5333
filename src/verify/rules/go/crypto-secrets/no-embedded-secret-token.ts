import { defineRule } from '../../../engine/rule.js'
import { SECRET_FORMAT_WORDS, wellKnownSecret } from '../../rust/_utils/secrets.js'
import { literalText } from '../../rust/_utils/shared.js'

export default defineRule({
  id: 'go/no-embedded-secret-token',
  languages: ['go'],
  title: 'Secret in a well-known credential format embedded in code',
  property: 'crypto.secrets',
  cwe: ['CWE-798'],
  severity: 'critical',
  confidence: 'high',
  message: 'string literal contains a credential in a well-known format (cloud key, private key, API token or DSN password)',
  rationale:
    'Literals shaped like AWS access keys (AKIA…), private-key PEM blocks, GitHub/Slack/Stripe/Google tokens or connection strings with an inline password are live credentials; committed to source they are scraped from repositories and binaries and used within minutes (CWE-798).',
  safeAlternative: 'Revoke and rotate the credential, then load it at run time from the environment or a secret manager (`os.Getenv`), never from a literal.',
  requires: { words: SECRET_FORMAT_WORDS },
  match: { rule: { any: [{ kind: 'interpreted_string_literal' }, { kind: 'raw_string_literal' }], regex: 'AKIA|ASIA|PRIVATE KEY|gh[pousr]_|github_pat_|_live_|xox[abposr]-|AIza|SG\\.|sk-|glpat-|hooks\\.slack|npm_|:[^/@[ \\t\\r\\n]"`]+@' } },
  check(node) {
    const value = literalText(node)
    return value !== undefined && wellKnownSecret(value)
  },
})

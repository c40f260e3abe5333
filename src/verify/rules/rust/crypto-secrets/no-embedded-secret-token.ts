import { defineRule } from '../../../engine/rule.js'
import { SECRET_FORMAT_WORDS, wellKnownSecret } from '../_utils/secrets.js'
import { literalText } from '../_utils/shared.js'

export default defineRule({
  id: 'rust/no-embedded-secret-token',
  languages: ['rust'],
  title: 'Secret in a well-known credential format embedded in code',
  property: 'crypto.secrets',
  cwe: ['CWE-798'],
  severity: 'critical',
  confidence: 'high',
  message: 'string literal contains a credential in a well-known format (cloud key, private key, API token or URL password)',
  rationale:
    'Literals shaped like AWS access keys (AKIA…), private-key PEM blocks, GitHub/Slack/Stripe/Google tokens or URLs with an inline password are live credentials; committed to source they are scraped from repositories and binaries and used within minutes (CWE-798).',
  safeAlternative: 'Revoke and rotate the credential, then load it at run time from the environment or a secret manager (`std::env::var`), never from a literal.',
  requires: { words: SECRET_FORMAT_WORDS },
  match: { rule: { any: [{ kind: 'string_literal' }, { kind: 'raw_string_literal' }], regex: 'AKIA|ASIA|PRIVATE KEY|gh[pousr]_|github_pat_|_live_|xox[abposr]-|AIza|SG\\.|sk-|glpat-|hooks\\.slack|npm_|:[^/@[ \\t\\r\\n]"]+@' } },
  check(node) {
    const value = literalText(node)
    return value !== undefined && wellKnownSecret(value)
  },
})

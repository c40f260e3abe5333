import { defineRule } from '../../../engine/rule.js'
import { secretFormat } from '../../python/_utils/common.js'
import { SECRET_FORMAT_REGEX, SECRET_FORMAT_WORDS } from '../../python/crypto-secrets/no-known-secret-format.js'

export default defineRule({
  id: 'javascript/no-known-secret-format',
  languages: ['javascript', 'typescript'],
  title: 'Literal in a well-known secret format (cloud key, token, private key)',
  property: 'crypto.secrets',
  cwe: ['CWE-798'],
  severity: 'critical',
  confidence: 'high',
  message: 'This literal is a {{KIND}}',
  rationale:
    'Keys in these formats are live credentials for cloud accounts, source hosting, payment or chat APIs; scanners harvest them from public repositories and front-end bundles within minutes, and whoever holds one acts as the owner (CWE-798).',
  safeAlternative: 'Revoke the key, then load its replacement from the environment or a secret manager (process.env.STRIPE_SECRET_KEY); never ship server keys to the browser.',
  match: { rule: { any: [{ kind: 'string' }, { kind: 'template_string' }], regex: SECRET_FORMAT_REGEX } },
  requires: { words: SECRET_FORMAT_WORDS },
  check(node) {
    const kind = secretFormat(node.text().slice(1, -1))
    return kind ? { data: { KIND: kind } } : false
  },
})

import { defineRule } from '../../../engine/rule.js'
import { hardcodedCredential, SECRET_NAME_WORDS } from '../_utils/managed.js'

export default defineRule({
  id: 'java/no-hardcoded-credential',
  languages: ['java'],
  title: 'Hard-coded credential',
  property: 'crypto.secrets',
  cwe: ['CWE-798'],
  severity: 'high',
  confidence: 'high',
  message: 'a literal credential is stored in {{SLOT}}',
  rationale:
    'A password, API key, token or signing secret written in the source is readable by everyone with the code, its history, the built JAR or a decompiler, cannot be rotated without a release, and is usually the same in every environment (CWE-798).',
  safeAlternative: 'Read the secret at run time from the environment or a secret store (System.getenv("DB_PASSWORD"), Spring @Value("${db.password}") backed by Vault / AWS Secrets Manager) and keep it out of version control.',
  requires: { words: SECRET_NAME_WORDS, ignoreCase: true },
  match: { rule: { kind: 'string_literal' } },
  check: hardcodedCredential,
})

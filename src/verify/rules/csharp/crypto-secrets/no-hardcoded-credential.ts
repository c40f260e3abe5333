import { defineRule } from '../../../engine/rule.js'
import { hardcodedCredential, SECRET_NAME_WORDS } from '../../java/_utils/managed.js'

export default defineRule({
  id: 'csharp/no-hardcoded-credential',
  languages: ['csharp'],
  title: 'Hard-coded credential',
  property: 'crypto.secrets',
  cwe: ['CWE-798'],
  severity: 'high',
  confidence: 'high',
  message: 'a literal credential is stored in {{SLOT}}',
  rationale:
    'A password, API key, token, signing key or connection-string password written in the source is readable by everyone with the repository, its history or the compiled assembly (ILSpy), cannot be rotated without a release and is usually shared by every environment (CWE-798).',
  safeAlternative: 'Read secrets at run time from configuration backed by user-secrets, environment variables or a vault (builder.Configuration["Jwt:Key"], Environment.GetEnvironmentVariable("DB_PASSWORD"), Azure Key Vault) and keep them out of source control.',
  requires: { words: SECRET_NAME_WORDS, ignoreCase: true },
  match: { rule: { any: [{ kind: 'string_literal' }, { kind: 'verbatim_string_literal' }, { kind: 'raw_string_literal' }] } },
  check: hardcodedCredential,
})

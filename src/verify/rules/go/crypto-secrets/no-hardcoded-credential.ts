import { defineRule } from '../../../engine/rule.js'
import { CREDENTIAL_NAME_WORDS, namedCredential } from '../../rust/_utils/secrets.js'
import { literalText } from '../../rust/_utils/shared.js'

export default defineRule({
  id: 'go/no-hardcoded-credential',
  languages: ['go'],
  title: 'Hard-coded password, key or token',
  property: 'crypto.secrets',
  cwe: ['CWE-798'],
  severity: 'high',
  confidence: 'medium',
  message: 'a literal credential is stored under `{{NAME}}`',
  rationale:
    'A secret written into source code is shared with everyone who can read the repository, its history, build logs or the compiled binary (`strings` finds it), and it cannot be rotated without a release; leaked keys are harvested from public code within minutes (CWE-798).',
  safeAlternative: 'Read the secret at run time from the environment or a secret manager: `os.Getenv("API_KEY")`, and keep it out of version control.',
  requires: { words: CREDENTIAL_NAME_WORDS, ignoreCase: true },
  match: { rule: { any: [{ kind: 'interpreted_string_literal' }, { kind: 'raw_string_literal' }] } },
  check(node) {
    if (node.parent()?.kind() === 'import_spec') return false
    if (node.text().length < 10) return false
    const value = literalText(node)
    if (value === undefined) return false
    const hit = namedCredential(node, value)
    return hit ? { data: { NAME: hit.name } } : false
  },
})

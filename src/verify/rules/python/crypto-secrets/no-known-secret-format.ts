import { defineRule } from '../../../engine/rule.js'
import { literalValue, secretFormat } from '../_utils/common.js'
import { PY } from '../_utils/py.js'

export const SECRET_FORMAT_REGEX =
  'AKIA[0-9A-Z]{16}|ASIA[0-9A-Z]{16}|-----BEGIN [A-Z0-9 ]*PRIVATE KEY|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_|[sr]k_live_[0-9A-Za-z]{16,}|xox[abposr]-[0-9A-Za-z-]{10,}|AIza[0-9A-Za-z_-]{35}|sk-(?:proj-)?[A-Za-z0-9_-]{32,}|SG\\.[A-Za-z0-9_-]{22}\\.|SK[0-9a-f]{32}|glpat-[A-Za-z0-9_-]{20,}|npm_[A-Za-z0-9]{36}|hooks\\.slack\\.com/services/'
/**
 * Literal fragments one of which every match of SECRET_FORMAT_REGEX contains (case-sensitive):
 * the format prefixes, `xox[abposr]-` spelled out, and `SK` followed by a hex digit.
 */
export const SECRET_FORMAT_WORDS: readonly string[] = [
  'AKIA', 'ASIA', '-----BEGIN', 'ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_', 'sk_live_', 'rk_live_',
  'xoxa-', 'xoxb-', 'xoxp-', 'xoxo-', 'xoxs-', 'xoxr-', 'AIza', 'sk-', 'SG.', 'glpat-', 'npm_', 'hooks.slack.com/services/',
  ...[...'0123456789abcdef'].map((h) => `SK${h}`),
]

export default defineRule({
  id: 'python/no-known-secret-format',
  languages: ['python'],
  title: 'Literal in a well-known secret format (cloud key, token, private key)',
  property: 'crypto.secrets',
  cwe: ['CWE-798'],
  severity: 'critical',
  confidence: 'high',
  message: 'This literal is a {{KIND}}',
  rationale:
    'Keys in these formats are live credentials for cloud accounts, source hosting, payment or chat APIs; scanners harvest them from public repositories within minutes, and whoever holds one acts as the owner (CWE-798).',
  safeAlternative: 'Revoke the key, then load its replacement from the environment or a secret manager (os.environ["AWS_ACCESS_KEY_ID"], boto3\'s default credential chain, Vault).',
  match: { rule: { any: [{ kind: 'string' }, { kind: 'concatenated_string' }], regex: SECRET_FORMAT_REGEX, not: { inside: { kind: 'concatenated_string', stopBy: 'neighbor' } } } },
  requires: { words: SECRET_FORMAT_WORDS },
  check(node) {
    const value = literalValue(node, PY) ?? node.text()
    const kind = secretFormat(value)
    return kind ? { data: { KIND: kind } } : false
  },
})

import type { SgNode } from '@ast-grep/napi'
import { defineRule } from '../../../engine/rule.js'
import { literalValue } from '../_utils/c.js'
import { CREDENTIAL_WORDS, credentialContext, isCredentialName, plausibleSecretValue, wellKnownSecret } from '../_utils/credentials.js'

export default defineRule({
  id: 'c/no-hardcoded-credential',
  languages: ['c', 'cpp'],
  title: 'Hard-coded password, token or key',
  property: 'crypto.secrets',
  cwe: ['CWE-798', 'CWE-259'],
  severity: 'high',
  confidence: 'medium',
  message: 'a literal credential is written into the source ({{WHAT}})',
  rationale:
    'A password, token or key in the source ends up in the repository, in every build and in the binary\'s strings; anyone with access to any of them can use the credential, and it cannot be rotated without a new release (CWE-798).',
  safeAlternative: 'Read credentials at run time from the environment (getenv), a configuration file outside the repository or a secret manager, and keep only their names in the code.',
  match: {
    rule: {
      any: [
        { kind: 'string_literal', not: { inside: { kind: 'concatenated_string', stopBy: 'neighbor' } } },
        { kind: 'concatenated_string' },
        { kind: 'preproc_def', has: { field: 'value', regex: '^\\s*"' } },
      ],
    },
  },
  requires: { words: CREDENTIAL_WORDS, ignoreCase: true },
  check(node, ctx) {
    let value: string | undefined
    let report: SgNode = node
    let name: string | undefined
    if (node.kind() === 'preproc_def') {
      const v = node.field('value')
      const m = v ? /^\s*"((?:[^"\\]|\\.)*)"\s*$/.exec(v.text()) : null
      if (!v || !m) return false
      value = m[1]
      report = v
      const defined = node.field('name')?.text() ?? ''
      if (isCredentialName(defined)) name = defined
    } else {
      if (node.text().length < 10) return false
      value = literalValue(node)
    }
    if (value === undefined) return false
    const known = wellKnownSecret(value)
    if (known) return { node: report, data: { WHAT: known } }
    // the value test first: it needs no tree walk
    if (!plausibleSecretValue(value)) return false
    if (node.kind() !== 'preproc_def') name = credentialContext(node, ctx)
    if (!name) return false
    return { node: report, data: { WHAT: `stored as ${name}` } }
  },
})

import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { isHardcodedSecret, SECRET_NAME_WORDS } from '../../python/_utils/common.js'
import { args, callee, strValue } from '../_utils/js.js'

/** Contains one of the fragments (case-insensitive); anchored so that the regex compiles without a literal prefilter. */
const SECRETISH = '^(?s:.*?)(?i-u:pass|pwd|secret|token|key|cred|auth)'
/** Calls whose argument at the index is a key: jwt.sign(payload, "secret"). */
const KEY_ARGS: Array<[RegExp, number, string]> = [
  [/^jsonwebtoken\.(?:sign|verify)$|^jwt\.(?:sign|verify)$/, 1, 'JWT secret'],
  [/^crypto\.createHmac$/, 1, 'HMAC key'],
  [/^crypto\.(?:createCipheriv|createDecipheriv)$/, 1, 'cipher key'],
  [/^(?:crypto-js|CryptoJS)\.(?:AES|DES|TripleDES|Rabbit|RC4)\.(?:encrypt|decrypt)$/, 1, 'cipher key'],
  [/^(?:crypto-js|CryptoJS)\.Hmac\w+$/, 1, 'HMAC key'],
  [/^cookie-parser$|^cookieParser$/, 0, 'cookie secret'],
]

/** The name and the literal node a secret-looking name is bound to. */
function binding(ctx: RuleContext, node: SgNode): { name: string; value: SgNode | null } | null {
  if (node.kind() === 'pair') return { name: strValue(node.field('key')) ?? '', value: node.field('value') }
  if (node.kind() === 'assignment_expression') {
    const left = node.field('left')
    return { name: strValue(left?.field('index')) ?? '', value: node.field('right') }
  }
  if (node.kind() === 'call_expression') {
    const name = callee(ctx, node)
    for (const [re, idx, label] of KEY_ARGS) if (re.test(name)) return { name: label.replace(/ /g, '_').replace('JWT_secret', 'jwt_secret'), value: args(ctx, node)[idx] ?? null }
    return null
  }
  const parent = node.parent()
  if (!parent) return null
  const pk = parent.kind()
  const is = (field: string): boolean => parent.field(field)?.id() === node.id()
  const name = node.text()
  if (pk === 'variable_declarator' && is('name')) return { name, value: parent.field('value') }
  if (pk === 'assignment_expression' && is('left')) return { name, value: parent.field('right') }
  if (pk === 'member_expression' && is('property')) {
    const gp = parent.parent()
    if (gp?.kind() === 'assignment_expression' && gp.field('left')?.id() === parent.id()) return { name, value: gp.field('right') }
    return null
  }
  if (pk === 'pair' && is('key')) return { name, value: parent.field('value') }
  if ((pk === 'field_definition' && is('property')) || (pk === 'public_field_definition' && is('name'))) return { name, value: parent.field('value') }
  if (pk === 'assignment_pattern' && is('left')) return { name, value: parent.field('right') }
  if ((pk === 'required_parameter' || pk === 'optional_parameter') && is('pattern')) return { name, value: parent.field('value') }
  return null
}

export default defineRule({
  id: 'javascript/no-hardcoded-secret',
  languages: ['javascript', 'typescript'],
  title: 'Hard-coded password, key or token',
  property: 'crypto.secrets',
  cwe: ['CWE-798'],
  severity: 'high',
  confidence: 'medium',
  message: 'A literal credential is stored in {{NAME}}',
  rationale:
    'Secrets in source code ship in every clone, bundle (front-end code is public), build log and backup; they cannot be rotated without a release and are harvested by scanners of public repositories (CWE-798).',
  safeAlternative: 'Read secrets at run time: process.env.DB_PASSWORD, a secret manager or a mounted file; keep only placeholders in code and example configs.',
  match: {
    // SECRETISH once, as a utility rule: ast-grep compiles a regex for every place it appears.
    utils: { secretish: { regex: SECRETISH } },
    rule: {
      any: [
        { any: [{ kind: 'identifier' }, { kind: 'property_identifier' }], matches: 'secretish' },
        { kind: 'pair', has: { field: 'key', kind: 'string', matches: 'secretish' } },
        { kind: 'assignment_expression', has: { field: 'left', kind: 'subscript_expression', has: { field: 'index', kind: 'string', matches: 'secretish' } } },
        { kind: 'call_expression', has: { field: 'function', regex: '^(?s:.*?\\.)?(?:sign|verify|createHmac|createCipheriv|createDecipheriv|encrypt|decrypt|Hmac\\w+|cookieParser)$|^cookieParser$' } },
      ],
    },
  },
  // The name a secret is stored under, or a callee of KEY_ARGS (its name is implied).
  requires: { words: [...SECRET_NAME_WORDS, 'sign', 'verify', 'hmac', 'cipheriv', 'crypt', 'cookieparser'], ignoreCase: true },
  check(node, ctx) {
    const b = binding(ctx, node)
    if (!b || !b.value) return false
    const v = strValue(b.value)
    if (v === undefined || !isHardcodedSecret(b.name, v)) return false
    return { node: b.value, data: { NAME: b.name } }
  },
})

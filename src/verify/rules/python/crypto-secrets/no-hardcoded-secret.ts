import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { calleeText, isHardcodedSecret, literalValue, SECRET_NAME_WORDS } from '../_utils/common.js'
import { callee, positional, PY, strValue } from '../_utils/py.js'

/** Functions whose argument at the index is a key or password: `jwt.encode(payload, "secret")`. */
const KEY_ARGS: Record<string, number> = {
  'jwt.encode': 1,
  'jwt.decode': 1,
  'jose.jwt.encode': 1,
  'jose.jwt.decode': 1,
  'hmac.new': 0,
  'hmac.HMAC': 0,
  'itsdangerous.URLSafeTimedSerializer': 0,
  'itsdangerous.URLSafeSerializer': 0,
  'itsdangerous.Signer': 0,
  'URLSafeTimedSerializer': 0,
  'cryptography.fernet.Fernet': 0,
  'Fernet': 0,
  'smtplib.SMTP.login': 1,
}

function literal(n: SgNode | null | undefined): string | undefined {
  if (!n) return undefined
  if (n.kind() === 'string') return strValue(n)
  if (n.kind() === 'concatenated_string') return literalValue(n, PY)
  return undefined
}

/** The name a literal is stored under, and the literal node, for each shape that stores one. */
function stored(ctx: RuleContext, node: SgNode): Array<{ name: string; value: SgNode }> {
  const kind = node.kind()
  if (kind === 'assignment') {
    const left = node.field('left')
    const right = node.field('right')
    if (!left || !right) return []
    let name = left.text()
    if (left.kind() === 'attribute') name = left.field('attribute')?.text() ?? name
    else if (left.kind() === 'subscript') name = strValue(left.field('subscript')) ?? ''
    else if (left.kind() !== 'identifier') return []
    return [{ name, value: right }]
  }
  if (kind === 'keyword_argument' || kind === 'default_parameter' || kind === 'typed_default_parameter') {
    const name = node.field('name')?.text() ?? ''
    const value = node.field('value')
    if (!value) return []
    // auth=("user", "pass"): the password is the last element.
    if (value.kind() === 'tuple' && /^(?:auth|credentials|creds|basic_auth|http_auth)$/i.test(name)) {
      const last = value.namedChildren().at(-1)
      return last ? [{ name: 'password', value: last }] : []
    }
    return [{ name, value }]
  }
  if (kind === 'pair') {
    const key = node.field('key')
    const value = node.field('value')
    if (!key || !value) return []
    return [{ name: strValue(key) ?? key.text(), value }]
  }
  if (kind === 'call') {
    const idx = KEY_ARGS[callee(ctx, node)] ?? (/\.login$/.test(calleeText(ctx, node)) ? 1 : undefined)
    const arg = idx === undefined ? undefined : positional(node)[idx]
    return arg ? [{ name: idx === 1 && /\.login$/.test(calleeText(ctx, node)) ? 'password' : 'secret_key', value: arg }] : []
  }
  return []
}

export default defineRule({
  id: 'python/no-hardcoded-secret',
  languages: ['python'],
  title: 'Hard-coded password, key or token',
  property: 'crypto.secrets',
  cwe: ['CWE-798'],
  severity: 'high',
  confidence: 'medium',
  message: 'A literal credential is stored in {{NAME}}',
  rationale:
    'Secrets in source code end up in every clone, build artefact, log of the repository host and backup; they cannot be rotated without a release and are among the first things attackers grep for (CWE-798).',
  safeAlternative: 'Read the secret at run time from the environment or a secret store: os.environ["DB_PASSWORD"], a mounted file, AWS Secrets Manager / Vault; keep only placeholders in code and sample configs.',
  match: {
    rule: {
      any: [
        { kind: 'assignment', has: { field: 'right', any: [{ kind: 'string' }, { kind: 'concatenated_string' }] }, regex: '^(?s:.*?)(?i-u:pass|pwd|secret|token|key|cred|auth)' },
        // One regex for both kinds: ast-grep compiles a regex for every place it appears.
        { any: [{ kind: 'keyword_argument' }, { kind: 'default_parameter' }], regex: '(?i-u)^[A-Za-z0-9_]*(?:pass|pwd|secret|token|key|cred|auth)[A-Za-z0-9_]*\\s*=' },
        { kind: 'typed_default_parameter', regex: '(?i-u)^[A-Za-z0-9_]*(?:pass|pwd|secret|token|key|cred|auth)' },
        { kind: 'pair', has: { field: 'value', kind: 'string' }, regex: '(?i-u)^["\']?[A-Za-z0-9_]*[-_ ]?(?:pass|pwd|secret|token|key|cred|auth)' },
        { kind: 'call', has: { field: 'function', regex: '(?:jwt|jose)\\.(?:encode|decode)$|^(?s:.*?\\.)?(?:HMAC|URLSafeTimedSerializer|URLSafeSerializer|Signer|Fernet|login)$|^hmac\\.new$' } },
      ],
    },
  },
  // The name a secret is stored under, or the callee that takes a key (its name is implied).
  requires: { words: [...SECRET_NAME_WORDS, 'jwt', 'jose', 'hmac', 'serializer', 'signer', 'fernet', 'login'], ignoreCase: true },
  check(node, ctx) {
    for (const { name, value } of stored(ctx, node)) {
      const v = literal(value)
      if (v === undefined) continue
      if (isHardcodedSecret(name, v)) return { node: value, data: { NAME: name } }
    }
    return false
  },
})

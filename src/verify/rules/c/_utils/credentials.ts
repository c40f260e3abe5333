import type { SgNode } from '@ast-grep/napi'
import type { RuleContext } from '../../../engine/rule.js'
import { calleeName, enclosingFunctionNode, functionName, literalValue, minimalWords, nameParts, subscriptIndex, unwrap } from './c.js'

/** Names that hold credentials (semantics: crypto.secrets). */
const CREDENTIAL_NAME = /passw(?:or)?d|passwd|pwd|secret|api_?key|access_?key|private_?key|client_?secret|credential|token|auth|(?:hmac|signing|encryption|master|aes|jwt)_?key/i
/** Last words that make such a name a label, location or setting rather than the secret itself. */
const NOT_A_SECRET = /^(?:url|uri|urls|endpoint|host|server|field|fields|name|names|key_?name|prompt|label|msg|message|text|title|hint|placeholder|file|filename|path|dir|directory|env|var|variable|header|type|len|length|size|count|max|min|format|fmt|regex|re|pattern|prefix|suffix|column|col|param|query|sql|table|policy|method|mode|algorithm|alg|scheme|expiry|expires|expiration|ttl|timeout|version|flag|flags|enabled|required|id|ids|index|idx|hash|digest|salt|cookie|error|err|status|state|str_len|buf_size|char|chars|delim|delims|delimiter|separator|sep|tag|kind|store|provider|service|uri_template|location|loc|source|src|storage)$/
const AUTHOR = /^author/i

/** Whether `name` is a credential name (token, password, api_key…) and not a label such as `token_url`. */
export function isCredentialName(name: string): boolean {
  const parts = nameParts(name)
  // `DB_PASS`, `smtpPass`: the short form of password
  if (!CREDENTIAL_NAME.test(name) && !parts.some((p) => p === 'pass' || p === 'passphrase')) return false
  if (parts.length && AUTHOR.test(parts.join('_')) && !/pass|secret|token|key/i.test(name)) return false
  const last = parts.at(-1) ?? ''
  if (NOT_A_SECRET.test(last) && parts.length > 1) return false
  if (/^(?:authors?|authority|authorization_url|oauth_url)$/i.test(name)) return false
  if (parts.every((p) => /^author/.test(p) || !/pass|pwd|secret|key|token|credential|auth/.test(p))) return false
  if (parts.includes('pass') && parts.length > 1 && /^(?:through|thru|count|fail|rate|num|no)$/.test(parts.at(-1) ?? '')) return false
  return true
}

const PLACEHOLDER = /^(?:x+|\*+|\.+|-+|_+|0+|1234(?:5678?)?|12345678|abcdefgh?)$|changeme|change[-_ ]?me|example|dummy|placeholder|your[-_ ]?(?:api|secret|token|key|pass)|<[^>]*>|\$\{[^}]*\}|\{\{[^}]*\}\}|\$\([^)]*\)|%\(\w+\)s|replace[-_ ]?(?:me|this|with)|todo|fixme|redacted|insert[-_ ]|enter[-_ ]|xxxx|\*{3,}|not[-_ ]?(?:a[-_ ]?)?(?:real|set)|^none$|^null$|^undefined$|^empty$/i

/** A literal in a well-known secret format, wherever it stands. */
export function wellKnownSecret(value: string): string | undefined {
  if (/\bAKIA[0-9A-Z]{16}\b|\bASIA[0-9A-Z]{16}\b/.test(value)) return 'an AWS access key id'
  if (/-----BEGIN (?:[A-Z]+ )*PRIVATE KEY(?: BLOCK)?-----/.test(value)) return 'a PEM private key'
  if (/\bgh[pousr]_[A-Za-z0-9]{30,}\b|\bgithub_pat_[A-Za-z0-9_]{22,}/.test(value)) return 'a GitHub token'
  if (/\b[sr]k_live_[0-9A-Za-z]{10,}/.test(value)) return 'a Stripe live key'
  if (/\bxox[abposr]-[0-9A-Za-z-]{10,}/.test(value)) return 'a Slack token'
  if (/\bAIza[0-9A-Za-z_-]{35}\b/.test(value)) return 'a Google API key'
  if (/\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{32,}/.test(value)) return 'an API secret key'
  if (/\bglpat-[0-9A-Za-z_-]{20,}/.test(value)) return 'a GitLab token'
  const bearer = /^(?:Authorization:\s*)?(?:Bearer|Basic|Token)\s+([A-Za-z0-9._~+/=-]{8,})\s*$/i.exec(value)
  if (bearer && !PLACEHOLDER.test(bearer[1]!)) return 'an Authorization header credential'
  const userinfo = /\b[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:([^/\s@]{3,})@/i.exec(value)
  if (userinfo && !PLACEHOLDER.test(userinfo[1]!) && !/^%|^\$/.test(userinfo[1]!)) return 'a password in a URL'
  const conn = /(?:^|[;\s])(?:password|pwd)\s*=\s*([^;\s'"]{4,})/i.exec(value)
  if (conn && !PLACEHOLDER.test(conn[1]!) && !/%|^\$/.test(conn[1]!)) return 'a password in a connection string'
  return undefined
}

/** Whether a literal value could be a credential (not a placeholder, prompt, path, format or variable name). */
export function plausibleSecretValue(value: string): boolean {
  if (value.length < 8) return false
  if (PLACEHOLDER.test(value)) return false
  if (/\s/.test(value)) return false
  if (/%[-+ #0-9.]*[sdiuxXlpzq]/.test(value)) return false
  if (/^(?:\/|\.\/|~\/|[A-Za-z]:\\)|\.(?:pem|key|crt|cer|p12|pfx|der|json|txt|conf|ini|yaml|yml)$/i.test(value)) return false
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return false
  if (/^[A-Z][A-Z0-9_]*$/.test(value)) return false // an environment variable or constant name
  if (/^[a-z]+(?:[._-][a-z]+)+$/.test(value) && !/\d/.test(value)) return false // a setting or header name: "x-api-token", "auth.token"
  return true
}

/** Known credential parameters: callee → argument index. */
const CREDENTIAL_PARAMS: Record<string, number[]> = {
  mysql_real_connect: [3],
  mysql_connect: [3],
  PQsetdbLogin: [6],
  sqlite3_key: [1],
  sqlite3_key_v2: [2],
  jwt_set_alg: [2],
  jwt_encode_str: [1],
  HMAC: [1],
  SSL_CTX_set_default_passwd_cb_userdata: [1],
  ldap_simple_bind_s: [2],
  ldap_bind_s: [2],
  ssh_userauth_password: [2],
  libssh2_userauth_password: [2],
  smtp_auth: [2],
}
const CURL_SECRET_OPTIONS = /^CURLOPT_(?:PASSWORD|USERPWD|PROXYPASSWORD|PROXYUSERPWD|KEYPASSWD|XOAUTH2_BEARER|TLSAUTH_PASSWORD|SSLKEYPASSWD|LOGIN_OPTIONS)$/

/**
 * Words one of which (ignoring case) a file contains when c/no-hardcoded-credential can report in
 * it: the fragments every credential name has (see isCredentialName), the known credential
 * parameters and curl options, and the prefixes of the well-known secret formats.
 */
export const CREDENTIAL_WORDS: readonly string[] = minimalWords(
  [
    'pass', 'pwd', 'secret', 'key', 'token', 'credential', 'auth',
    ...Object.keys(CREDENTIAL_PARAMS), 'curl_easy_setopt',
    'akia', 'asia', 'ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_', 'k_live_', 'xox', 'aiza', 'sk-', 'glpat-', 'bearer', 'basic', '://',
  ],
  true,
)
const COMPARISONS = /^(?:strcmp|strncmp|strcasecmp|strncasecmp|memcmp|wcscmp|_stricmp|CRYPTO_memcmp|timingsafe_bcmp)$/

function targetName(left: SgNode): string {
  const n = unwrap(left)
  if (n.kind() === 'subscript_expression') {
    const idx = subscriptIndex(n)
    const key = idx ? literalValue(idx) : undefined
    return key ?? targetName(n.field('argument') ?? n)
  }
  if (n.kind() === 'field_expression') return n.field('field')?.text() ?? n.text()
  if (n.kind() === 'pointer_expression') return targetName(n.namedChildren().at(-1) ?? n)
  return n.text()
}

function declaratorNameOf(d: SgNode | null): string {
  let cur = d
  while (cur && cur.kind() !== 'identifier' && cur.kind() !== 'field_identifier') cur = cur.field('declarator') ?? cur.namedChildren()[0] ?? null
  return cur?.text() ?? ''
}

/**
 * The credential name a literal is stored under or passed as: a variable, field, map key, a
 * known password parameter, the other side of a comparison, or the function that returns it.
 */
export function credentialContext(lit: SgNode, ctx: RuleContext): string | undefined {
  let cur = lit
  let p = cur.parent()
  while (p && (p.kind() === 'cast_expression' || p.kind() === 'parenthesized_expression' || p.kind() === 'concatenated_string')) {
    cur = p
    p = p.parent()
  }
  if (!p) return undefined
  const k = p.kind()
  const named = (name: string): string | undefined => (isCredentialName(name) ? name : undefined)
  if (k === 'init_declarator') return named(declaratorNameOf(p.field('declarator')))
  if (k === 'argument_list' || k === 'initializer_list') {
    const owner = p.parent()
    const args = p.namedChildren().filter((c) => c.kind() !== 'comment')
    const index = args.findIndex((c) => c.id() === cur.id())
    if (owner?.kind() === 'init_declarator' && args.length === 1) return named(declaratorNameOf(owner.field('declarator')))
    if (k === 'initializer_list' && args.length === 2 && index === 1) {
      const key = literalValue(args[0]!)
      if (key !== undefined) return named(key)
    }
    if (owner?.kind() === 'call_expression') {
      const callee = calleeName(owner)
      if (CREDENTIAL_PARAMS[callee]?.includes(index)) return `${callee} argument ${index + 1}`
      if (callee === 'curl_easy_setopt' && index === 2 && CURL_SECRET_OPTIONS.test(args[1]?.text() ?? '')) return args[1]!.text()
      if (COMPARISONS.test(callee)) {
        const other = args.find((a, i) => i !== index && i < 2)
        if (other && isCredentialName(targetName(other))) return targetName(other)
      }
      if (/^(?:setenv|_putenv_s|SetEnvironmentVariableA?W?|g_setenv|qputenv)$/.test(callee) && index === 1) {
        const key = literalValue(args[0]!)
        if (key !== undefined) return named(key)
      }
      // `cfg.set("api_key", "…")`, `headers.add("X-Api-Token", "…")`
      if (index >= 1) {
        const key = literalValue(args[index - 1]!)
        if (key !== undefined && isCredentialName(key)) return key
      }
      const method = callee.split(/::|\.|->/).at(-1) ?? callee
      if (/^set_?|^with_?|^use_?|^login|^authenticate|^connect/i.test(method) && isCredentialName(method)) return method
      return undefined
    }
    return undefined
  }
  if (k === 'assignment_expression' && p.field('right')?.id() === cur.id()) return named(targetName(p.field('left')!))
  if (k === 'initializer_pair') return named(p.namedChildren()[0]?.text().replace(/^\./, '') ?? '')
  if (k === 'binary_expression' && /^(?:==|!=)$/.test(p.field('operator')?.text() ?? '')) {
    const other = p.field('left')?.id() === cur.id() ? p.field('right') : p.field('left')
    return other ? named(targetName(other)) : undefined
  }
  if (k === 'return_statement') return named(functionName(enclosingFunctionNode(p)))
  if (k === 'field_declaration' || k === 'declaration') return undefined
  void ctx
  return undefined
}

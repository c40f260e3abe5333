/** crypto.secrets: under which name does a string literal end up? (Rust and Go) */
import type { SgNode } from '@ast-grep/napi'
import { inlineCredential, isCredentialName, isPlaceholderSecret, literalText, WELL_KNOWN_SECRET } from './shared.js'

/** Methods and functions whose argument at an index is a password, key or token. */
const CREDENTIAL_PARAMS: Array<[RegExp, number]> = [
  [/(?:^|\.|::)(?:password|set_password|with_password|passwd|pass|api_key|set_api_key|with_api_key|apikey|token|set_token|with_token|bearer_auth|auth_token|secret|set_secret|client_secret|with_client_secret|access_token|secret_key|private_key|SetPassword|SetToken|SetAPIKey|SetApiKey|SetAuthToken|SetSecret|WithToken|WithAPIKey|WithSecret|WithPassword|SetBearerAuthToken|SetAuthScheme)$/, 0],
  [/(?:^|\.|::)(?:basic_auth|SetBasicAuth|Credentials::new|credentials|PlainAuth|NewStaticCredentials|NewStaticCredentialsProvider|StaticProvider|UserPassword)$/, 1],
  [/(?:^|\.|::)(?:EncodingKey::from_secret|DecodingKey::from_secret|EncodingKey::from_base64_secret|Key::from|new_from_slice|SignedString|NewWithClaims|hmac\.New)$/, 0],
  [/(?:^|\.|::)(?:PlainAuth)$/, 2],
  [/(?:^|\.|::)(?:NewStaticCredentials|NewStaticCredentialsProvider)$/, 0],
]

const WRAPPER_METHODS = /^(?:to_string|to_owned|into|as_bytes|as_ref|as_str|to_vec|unwrap_or|unwrap_or_else|unwrap_or_default|or|or_else|clone|trim|expect)$/
const WRAPPER_FUNCS = /^(?:String::from|Some|Ok|SecretString::new|Secret::new|SecretString::from|Box::new|Cow::Borrowed|Cow::from|\[\]byte|string|Vec::from|Bytes::from|Bytes::from_static|HeaderValue::from_static|HeaderValue::from_str)$/

/**
 * Prefilter words (`requires`) of the rules built on wellKnownSecret: the literal prefixes of
 * WELL_KNOWN_SECRET, and `@`, which every URL or DSN with an inline password (INLINE_CREDENTIAL) has.
 */
export const SECRET_FORMAT_WORDS: readonly string[] = [
  'AKIA', 'ASIA', 'PRIVATE KEY', 'ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_', '_live_', 'xox', 'AIza', 'SG.', 'sk-', 'glpat-', 'hooks.slack.com', 'npm_', '@',
]

/**
 * Prefilter words (`requires`, case-insensitive) of the rules built on namedCredential: the
 * fragments of the credential names isCredentialName accepts (`pass` for password/passwd/passphrase,
 * `api`/`access`/`private` for api_key/access_key/private_key, `auth` for authorization and
 * AUTHORIZATION headers), and the callees of CREDENTIAL_PARAMS whose names are not credential names.
 */
export const CREDENTIAL_NAME_WORDS: readonly string[] = [
  'pass', 'pwd', 'secret', 'api', 'token', 'access', 'private', 'credential', 'bearer', 'auth',
  'key::from', 'new_from_slice', 'signedstring', 'newwithclaims', 'hmac', 'staticprovider',
]

export interface SecretHit {
  /** the name, key or parameter the literal is stored under */
  name: string
}

function calleeOf(call: SgNode): string {
  const fn = call.field('function')
  return (fn?.text() ?? '').replace(/\s+/g, '')
}

/** Where a credential-looking literal goes: the name it is assigned to, passed as or stored under. */
export function credentialTarget(lit: SgNode): SecretHit | undefined {
  let cur: SgNode = lit
  for (let steps = 0; steps < 8; steps++) {
    const parent = cur.parent()
    if (!parent) return undefined
    const kind = parent.kind()
    if (kind === 'return_expression' || kind === 'return_statement' || (kind === 'block' && parent.parent()?.kind() === 'function_item' && parent.namedChildren().at(-1)?.id() === cur.id())) {
      let fn: SgNode | null = parent
      while (fn && fn.kind() !== 'function_item' && fn.kind() !== 'function_declaration' && fn.kind() !== 'method_declaration') fn = fn.parent()
      return nameHit(fn?.field('name')?.text())
    }
    if (kind === 'reference_expression' || kind === 'parenthesized_expression' || kind === 'expression_list' || kind === 'literal_element' || kind === 'closure_expression' || kind === 'block' && parent.namedChildren().length === 1) {
      cur = parent
      continue
    }
    if (kind === 'field_expression' || kind === 'selector_expression') {
      // "x".to_string(): climb to the call
      const call = parent.parent()
      const field = (parent.field('field') ?? parent.namedChildren().at(-1))?.text() ?? ''
      if (call?.kind() === 'call_expression' && WRAPPER_METHODS.test(field)) {
        cur = call
        continue
      }
      return undefined
    }
    if (kind === 'arguments' || kind === 'argument_list') {
      const call = parent.parent()
      if (!call || call.kind() !== 'call_expression') return undefined
      const callee = calleeOf(call)
      const method = callee.split(/\.|::/).at(-1) ?? ''
      const args = parent.namedChildren().filter((c) => c.kind() !== 'comment')
      const index = args.findIndex((a) => a.id() === cur.id())
      if (WRAPPER_FUNCS.test(callee) || WRAPPER_METHODS.test(method)) {
        cur = call
        continue
      }
      if (/^type_conversion/.test(String(call.kind()))) {
        cur = call
        continue
      }
      for (const [re, at] of CREDENTIAL_PARAMS) if (re.test(callee) && at === index) return { name: method }
      // ("Authorization", "Bearer …"), insert("api_key", "…"), Header.Set("X-Api-Key", "…")
      if (index > 0) {
        const key = literalText(args[index - 1]!)
        if (key !== undefined && isCredentialName(key)) return { name: key }
        const keyName = args[index - 1]!.text()
        if (/^(?:header::)?(?:AUTHORIZATION|PROXY_AUTHORIZATION)$/.test(keyName)) return { name: keyName }
      }
      return undefined
    }
    if (kind === 'type_conversion_expression' || kind === 'call_expression') {
      cur = parent
      continue
    }
    if (kind === 'tuple_expression' || kind === 'array_expression') {
      const items = parent.namedChildren()
      const index = items.findIndex((a) => a.id() === cur.id())
      const key = index > 0 ? literalText(items[index - 1]!) : undefined
      return key !== undefined && isCredentialName(key) ? { name: key } : undefined
    }
    if (kind === 'let_declaration') return nameHit(parent.field('pattern')?.text())
    if (kind === 'const_item' || kind === 'static_item' || kind === 'var_spec' || kind === 'const_spec') return nameHit(parent.field('name')?.text())
    if (kind === 'assignment_expression' || kind === 'assignment_statement' || kind === 'short_var_declaration') {
      const left = parent.field('left')
      if (!left || left.id() === cur.id()) return undefined
      const names = (left?.text() ?? '').split(',').map((s) => s.trim())
      const rights = parent.field('right')
      const idx = rights?.kind() === 'expression_list' ? rights.namedChildren().findIndex((r) => r.id() === cur.id()) : 0
      return nameHit(names[Math.max(0, idx)] ?? names[0])
    }
    if (kind === 'field_initializer') return nameHit(parent.field('field')?.text())
    if (kind === 'keyed_element') {
      const key = parent.namedChildren()[0]
      if (!key || key.id() === cur.id()) return undefined
      const keyText = literalText(key.namedChildren()[0] ?? key) ?? key.text()
      return nameHit(keyText)
    }
    if (kind === 'pair') return nameHit(parent.namedChildren()[0]?.text())
    if (kind === 'binary_expression') {
      const op = parent.children().find((c) => !c.isNamed())?.text()
      if (op !== '==' && op !== '!=') return undefined
      const other = parent.namedChildren().find((c) => c.id() !== cur.id())
      return nameHit(other?.text())
    }
    return undefined
  }
  return undefined
}

function nameHit(name: string | undefined): SecretHit | undefined {
  if (!name) return undefined
  const clean = name.replace(/^mut\s+/, '').replace(/^&/, '')
  const last = clean.split(/\.|::|->/).at(-1) ?? clean
  return isCredentialName(last) ? { name: last } : undefined
}

/** True when the literal's value is a credential in a well-known format or a URL with an inline password. */
export function wellKnownSecret(value: string): boolean {
  return WELL_KNOWN_SECRET.test(value) || inlineCredential(value)
}

/** True when the literal holds a real-looking credential value under a credential name. */
export function namedCredential(lit: SgNode, raw: string): SecretHit | undefined {
  const value = raw.replace(/^(?:Bearer|Basic|Token|token|Bot|ApiKey)\s+/, '')
  if (isPlaceholderSecret(value) || wellKnownSecret(value)) return undefined
  const hit = credentialTarget(lit)
  if (!hit) return undefined
  if (value.toLowerCase().replace(/[^a-z]/g, '') === hit.name.toLowerCase().replace(/[^a-z]/g, '')) return undefined
  return hit
}

/**
 * Helpers shared by the Python and JavaScript/TypeScript rule packs: definitions of local
 * names, string shapes (leading literal, literal text), a constant check that understands module
 * receivers, security-relevant names. Language differences are kept in the `Syntax` tables.
 */
import type { SgNode } from '@ast-grep/napi'
import type { AnalyzeOptions } from '../../../engine/dataflow.js'
import type { RuleContext } from '../../../engine/rule.js'
import escapeStringRegexp from 'escape-string-regexp'

// Matcher regexes in the Python and JavaScript packs are anchored at the start: `^(?s:.*?\.)?(?:a|b)$`
// for "is a or b, or ends in .a or .b" rather than `(?:^|\.)(?:a|b)$`, `^(?s:.*?)(?:a|b)` for "contains a
// or b". They match the same texts, but the regex crate builds no literal prefilter for them, which makes
// them 2-4x cheaper to compile, and ast-grep compiles every regex of a rule each time the rule runs.

export interface Syntax {
  /** node kinds that open a function scope, as the data flow's enclosingFunction sees them */
  functionKinds: string[]
  /** assignment-like node kinds: which field holds the target and which the value */
  assign: Record<string, { left: string; right: string }>
  /** string literal kinds */
  strings: Set<string>
  /** literal text parts inside a string */
  stringParts: Set<string>
  /** interpolation holes inside a string */
  holes: Set<string>
  calls: Set<string>
  members: Set<string>
  /** binary operator kinds */
  binary: Set<string>
  /** kinds that just wrap one expression */
  wrappers: Set<string>
  /** names that are constant although the data flow cannot tell (`__dirname`, `__file__`) */
  constantNames: Set<string>
  /** callees (qualified) whose result is as constant as their arguments */
  pureCallees: RegExp
  /** text of the call that formats a string receiver (`.format` in Python) */
  formatMethod?: RegExp
  /** local name → qualified import name */
  imports: (ctx: RuleContext) => Imports
  /** rewrites a callee text before qualification (`require('fs').readFile` → `fs.readFile`) */
  normalizeCallee?: (text: string) => string
  /** parameters that receive network input although no annotation says so (`socket.on('data', (buf) => …)`) */
  isInputParam?: (ctx: RuleContext, use: SgNode) => boolean
}

export interface Imports {
  /** local name → qualified name (`sp` → `subprocess`, `run` → `subprocess.run`) */
  names: Map<string, string>
  /** modules imported with `*` */
  stars: Set<string>
}

const defCache = new WeakMap<SgNode, Map<string, SgNode[]>>()
const LOOP_KINDS = new Set(['for_statement', 'for_in_statement', 'for_in_clause', 'enhanced_for_statement', 'for_each_statement'])

/** Assignment-like nodes of a scope (function or module), per target name, in source order. */
function assignmentsIn(scope: SgNode, ctx: RuleContext, syn: Syntax): Map<string, SgNode[]> {
  let perRoot = defCache.get(ctx.root)
  if (!perRoot) {
    perRoot = new Map()
    defCache.set(ctx.root, perRoot as never)
  }
  const key = `${syn === undefined ? '' : Object.keys(syn.assign).join(',')}@${scope.id()}`
  const cached = (perRoot as unknown as Map<string, Map<string, SgNode[]>>).get(key)
  if (cached) return cached
  const out = new Map<string, SgNode[]>()
  // Nested functions have scopes of their own: their ranges, read once, exclude their assignments.
  const scopeId = scope.id()
  const nested = scope
    .findAll({ rule: { any: syn.functionKinds.map((kind) => ({ kind })) } })
    .filter((f) => f.id() !== scopeId)
    .map((f) => f.range())
  for (const n of scope.findAll({ rule: { any: Object.keys(syn.assign).map((kind) => ({ kind })) } })) {
    const r = n.range()
    if (nested.some((f) => f.start.index <= r.start.index && r.end.index <= f.end.index)) continue
    const shape = syn.assign[n.kind() as string]!
    const left = n.field(shape.left)
    if (!left) continue
    const names = left.kind() === 'identifier' ? [left.text()] : ctx.flow.identifiers(left)
    for (const name of names) {
      const list = out.get(name)
      if (list) list.push(n)
      else out.set(name, [n])
    }
  }
  ;(perRoot as unknown as Map<string, Map<string, SgNode[]>>).set(key, out)
  return out
}

/** The values assigned to `name` before `use`: in its function, else at module level. */
export function definitionsOf(ctx: RuleContext, use: SgNode, name: string, syn: Syntax): SgNode[] {
  const pos = use.range().start.index
  const fn = ctx.flow.enclosingFunction(use)
  const values = (scope: SgNode, before: boolean): SgNode[] =>
    (assignmentsIn(scope, ctx, syn).get(name) ?? [])
      .filter((n) => !before || n.range().start.index < pos)
      // A loop binds its variable for the body it contains; other definitions never reach into themselves.
      .filter((n) => !contains(LOOP_KINDS.has(n.kind() as string) ? (n.field(syn.assign[n.kind() as string]!.left) ?? n) : n, use))
      .map((n) => n.field(syn.assign[n.kind() as string]!.right))
      .filter((v): v is SgNode => v !== null)
  if (fn) {
    const local = values(fn, true)
    if (local.length) return local
    if (ctx.flow.parameterNames(fn).includes(name)) return []
    let outer = ctx.flow.enclosingFunction(fn)
    while (outer) {
      const v = values(outer, true)
      if (v.length) return v
      outer = ctx.flow.enclosingFunction(outer)
    }
    return values(ctx.root, false)
  }
  return values(ctx.root, true)
}

export function contains(outer: SgNode, inner: SgNode): boolean {
  const o = outer.range()
  const i = inner.range()
  return o.start.index <= i.start.index && i.end.index <= o.end.index
}

/** The value expressions behind `node`: its definitions when it is a local name, else itself. */
export function valuesOf(ctx: RuleContext, node: SgNode, syn: Syntax, depth = 0): SgNode[] {
  const n = unwrap(node, syn)
  if ((n.kind() !== 'identifier' && n.kind() !== 'shorthand_property_identifier') || depth > 4) return [n]
  const defs = definitionsOf(ctx, n, n.text(), syn)
  if (!defs.length) return [n]
  return defs.flatMap((d) => valuesOf(ctx, d, syn, depth + 1))
}

export function unwrap(node: SgNode, syn: Syntax): SgNode {
  let n = node
  while (syn.wrappers.has(n.kind() as string)) {
    const inner = n.namedChildren().find((c) => c.kind() !== 'comment')
    if (!inner) break
    n = inner
  }
  return n
}

/** Text of a literal string without quotes; undefined for strings with interpolation. */
export function literalValue(node: SgNode, syn: Syntax): string | undefined {
  const n = unwrap(node, syn)
  const kind = n.kind() as string
  if (!syn.strings.has(kind)) return undefined
  if (kind === 'concatenated_string') {
    let out = ''
    for (const c of n.namedChildren()) {
      const v = literalValue(c, syn)
      if (v === undefined) return undefined
      out += v
    }
    return out
  }
  let out = ''
  for (const c of n.namedChildren()) {
    const k = c.kind() as string
    if (syn.holes.has(k)) return undefined
    if (syn.stringParts.has(k)) out += k === 'escape_sequence' ? unescape(c.text()) : c.text()
  }
  if (!n.namedChildren().some((c) => syn.stringParts.has(c.kind() as string)) && n.namedChildren().length === 0) {
    // Grammars that keep the text inline: strip the quotes.
    const t = n.text()
    const m = /^[a-zA-Z]*(['"`])([\s\S]*)\1$/.exec(t)
    if (m) return m[2]
  }
  return out
}

function unescape(text: string): string {
  const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0' }
  return text.replace(/^\\(.)$/, (_a, c: string) => map[c] ?? c)
}

export interface Shape {
  /** the literal text before the first non-literal part */
  prefix: string
  /** the whole value is literal */
  complete: boolean
  /** every literal fragment of the value */
  literals: string[]
  /** built by concatenation, interpolation or formatting with a non-literal part */
  built: boolean
}

/**
 * The string shape of an expression, following local definitions: its constant prefix, its
 * literal fragments and whether it was built from non-literal parts.
 */
export function shapeOf(ctx: RuleContext, node: SgNode, syn: Syntax, depth = 0): Shape {
  const none: Shape = { prefix: '', complete: false, literals: [], built: false }
  if (depth > 8) return none
  const n = unwrap(node, syn)
  const kind = n.kind() as string
  const lit = literalValue(n, syn)
  if (lit !== undefined) return { prefix: lit, complete: true, literals: [lit], built: false }
  if (syn.strings.has(kind)) {
    // A string with holes: f"...{x}..." or `...${x}...`.
    let prefix = ''
    let inPrefix = true
    const literals: string[] = []
    let built = false
    const parts = kind === 'concatenated_string' ? n.namedChildren().flatMap((c) => c.namedChildren()) : n.namedChildren()
    for (const c of parts) {
      const k = c.kind() as string
      if (syn.stringParts.has(k)) {
        const t = k === 'escape_sequence' ? unescape(c.text()) : c.text()
        literals.push(t)
        if (inPrefix) prefix += t
      } else if (syn.holes.has(k)) {
        const inner = c.namedChildren().filter((x) => !syn.stringParts.has(x.kind() as string) && x.kind() !== 'format_specifier')
        const sub = inner[0] ? shapeOf(ctx, inner[0], syn, depth + 1) : none
        literals.push(...sub.literals)
        if (inPrefix) prefix += sub.prefix
        if (!sub.complete) {
          inPrefix = false
          built = true
        }
      }
    }
    return { prefix, complete: !built, literals, built }
  }
  if (syn.binary.has(kind)) {
    const op = n.field('operator')?.text() ?? n.children().find((c) => !c.isNamed())?.text()
    const left = n.field('left') ?? n.namedChildren()[0]
    const right = n.field('right') ?? n.namedChildren().at(-1)
    if (!left || !right) return none
    if (op === '+') {
      const l = shapeOf(ctx, left, syn, depth + 1)
      const r = shapeOf(ctx, right, syn, depth + 1)
      const complete = l.complete && r.complete
      return {
        prefix: l.complete ? l.prefix + r.prefix : l.prefix,
        complete,
        literals: [...l.literals, ...r.literals],
        built: !complete || l.built || r.built,
      }
    }
    if (op === '%') {
      const l = shapeOf(ctx, left, syn, depth + 1)
      const r = shapeOf(ctx, right, syn, depth + 1)
      const cut = l.prefix.indexOf('%')
      return { prefix: cut >= 0 ? l.prefix.slice(0, cut) : l.prefix, complete: l.complete && r.complete, literals: [...l.literals, ...r.literals], built: !(l.complete && r.complete) }
    }
    return none
  }
  if (syn.calls.has(kind)) {
    const fn = n.field('function')
    if (fn && syn.members.has(fn.kind() as string)) {
      const method = (fn.field('attribute') ?? fn.field('property'))?.text() ?? ''
      const recv = fn.field('object')
      if (recv && syn.formatMethod?.test(method)) {
        const r = shapeOf(ctx, recv, syn, depth + 1)
        const args = ctx.flow.callArguments(n).map((a) => shapeOf(ctx, a, syn, depth + 1))
        const complete = r.complete && args.every((a) => a.complete)
        const cut = r.prefix.indexOf('{')
        return { prefix: cut >= 0 ? r.prefix.slice(0, cut) : r.prefix, complete, literals: [...r.literals, ...args.flatMap((a) => a.literals)], built: !complete }
      }
      if (recv && method === 'join') {
        const r = shapeOf(ctx, recv, syn, depth + 1)
        const args = ctx.flow.callArguments(n).map((a) => shapeOf(ctx, a, syn, depth + 1))
        const complete = r.complete && args.every((a) => a.complete)
        return { prefix: '', complete, literals: [...r.literals, ...args.flatMap((a) => a.literals)], built: !complete }
      }
      if (recv && /^(?:concat)$/.test(method)) {
        const r = shapeOf(ctx, recv, syn, depth + 1)
        const args = ctx.flow.callArguments(n).map((a) => shapeOf(ctx, a, syn, depth + 1))
        const complete = r.complete && args.every((a) => a.complete)
        return { prefix: r.prefix, complete, literals: [...r.literals, ...args.flatMap((a) => a.literals)], built: !complete }
      }
    }
    return none
  }
  if (kind === 'list' || kind === 'array' || kind === 'tuple') {
    const parts = n.namedChildren().map((c) => shapeOf(ctx, c, syn, depth + 1))
    return { prefix: '', complete: false, literals: parts.flatMap((p) => p.literals), built: parts.some((p) => p.built || !p.complete) }
  }
  if (kind === 'identifier') {
    const defs = definitionsOf(ctx, n, n.text(), syn)
    if (!defs.length) return none
    const shapes = defs.map((d) => shapeOf(ctx, d, syn, depth + 1))
    // `q = "SELECT …"; q += " WHERE x = " + v`: the accumulated value is built.
    const first = shapes[0]!
    const built = shapes.some((s) => s.built) || (defs.length > 1 && shapes.some((s) => !s.complete))
    const prefix = shapes.every((s) => s.prefix.startsWith(first.prefix) || first.prefix.startsWith(s.prefix)) ? first.prefix : ''
    return { prefix, complete: shapes.every((s) => s.complete), literals: shapes.flatMap((s) => s.literals), built }
  }
  if (kind === 'conditional_expression' || kind === 'ternary_expression') {
    const parts = n.namedChildren().map((c) => shapeOf(ctx, c, syn, depth + 1))
    return { prefix: '', complete: false, literals: parts.flatMap((p) => p.literals), built: parts.some((p) => p.built) }
  }
  return none
}

/**
 * Non-constant in the sense of the injection sinks, like `flow.isUntrusted`, but reading calls on
 * imported modules (`os.path.join(BASE, "x")`, `path.join(__dirname, "x")`) and module constants
 * (`sys.executable`) as constant when their arguments are.
 */
export function nonConstant(ctx: RuleContext, node: SgNode, syn: Syntax, opts: AnalyzeOptions = {}, depth = 0, seen = new Set<number>()): boolean {
  const { flow } = ctx
  const o = flow.origin(node, { numericSanitizes: true, ...opts })
  if (!o.external && !o.parameter && !o.unknown) return false
  if (depth > 8 || seen.has(node.id())) return true
  seen.add(node.id())
  const n = unwrap(node, syn)
  const kind = n.kind() as string
  const rec = (c: SgNode): boolean => nonConstant(ctx, c, syn, opts, depth + 1, seen)
  if (kind === 'identifier') {
    if (syn.constantNames.has(n.text())) return false
    if (syn.imports(ctx).names.has(n.text())) return false
    const defs = definitionsOf(ctx, n, n.text(), syn)
    if (!defs.length) return true
    return defs.some(rec)
  }
  if (syn.members.has(kind)) {
    const base = n.field('object') ?? n.namedChildren()[0]
    if (!base) return true
    const root = rootName(base)
    if (root && (syn.constantNames.has(root) || syn.imports(ctx).names.has(root)) && !o.external) return false
    return true
  }
  if (syn.strings.has(kind)) {
    return n.namedChildren().some((c) => syn.holes.has(c.kind() as string) && c.namedChildren().some((x) => !syn.stringParts.has(x.kind() as string) && x.kind() !== 'format_specifier' && rec(x)))
  }
  if (syn.calls.has(kind)) {
    const callee = qualifiedCallee(ctx, n, syn)
    if (!syn.pureCallees.test(callee)) {
      // A method on a value: constant when the value and the arguments are (`"a".upper()`).
      return true
    }
    const fn = n.field('function') ?? n.field('constructor')
    const recv = fn && syn.members.has(fn.kind() as string) ? fn.field('object') : null
    if (recv && rec(recv)) return true
    return flow.callArguments(n).some((a) => rec(a.kind() === 'keyword_argument' ? (a.field('value') ?? a) : a))
  }
  // c ? a : b / a if c else b: the value is one of the branches; the condition only selects.
  if (kind === 'ternary_expression') return [n.field('consequence'), n.field('alternative')].some((c) => !c || rec(c))
  if (kind === 'conditional_expression') {
    const parts = n.namedChildren().filter((c) => c.kind() !== 'comment')
    if (parts.length === 3) return rec(parts[0]!) || rec(parts[2]!)
  }
  const children = n.namedChildren().filter((c) => c.kind() !== 'comment')
  if (!children.length) return true
  return children.some(rec)
}

function rootName(n: SgNode): string | undefined {
  let cur: SgNode | null = n
  while (cur && cur.kind() !== 'identifier') {
    cur = cur.field('object') ?? cur.field('function') ?? cur.namedChildren()[0] ?? null
  }
  return cur?.text()
}

/** The callee of a call with its first name replaced by what it was imported as. */
export function qualifiedCallee(ctx: RuleContext, call: SgNode, syn: Syntax): string {
  return qualify(ctx, calleeText(ctx, call), syn)
}

/**
 * The callee text of a call, normalised like `flow.calleeText` (no whitespace, `?.` read as `.`),
 * but read from the callee node alone instead of slicing the whole source for every call.
 */
export function calleeText(ctx: RuleContext, call: SgNode): string {
  const fn = call.field('function') ?? call.field('constructor')
  if (!fn) return ctx.flow.calleeText(call)
  let text = fn.text()
  const targs = call.field('type_arguments')
  if (targs) text += targs.text()
  return text.replace(/\s+/g, '').replace(/\?\./g, '.').replace(/!\./g, '.')
}

export function qualify(ctx: RuleContext, raw: string, syn: Syntax): string {
  const text = syn.normalizeCallee ? syn.normalizeCallee(raw) : raw
  const m = /^([A-Za-z_$][\w$]*)(.*)$/s.exec(text)
  if (!m) return text
  const target = syn.imports(ctx).names.get(m[1]!)
  return target ? target + m[2] : text
}

// ---------------------------------------------------------------------------------------------
// Names

/** Words of an identifier or key: `apiKey`, `API_KEY`, `api-key` → ['api', 'key']. */
export function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
}

const RANDOM_WORDS = /^(?:tokens?|secrets?|passwords?|passwd|pwd|pass|passphrase|passcode|keys?|apikey|nonces?|salts?|sessions?|sessionid|sid|otps?|csrf|xsrf|auth|authn|authz|authentication|authorization|resets?|verification|api|iv|pin|signature|hmac|cookie)$/
const RANDOM_COMPOUND = /(?:password|passwd|token|secret|session|nonce|apikey|otp|csrf)/

/** True when a name marks a security value for crypto.random: token, secret, password, key, … */
export function isSecurityName(name: string): boolean {
  const ws = words(name)
  if (ws.some((w) => RANDOM_WORDS.test(w) || RANDOM_COMPOUND.test(w))) return true
  for (let i = 0; i + 1 < ws.length; i++) if (/^(?:verify|verification|confirm|confirmation|activation|recovery|login|security|access|one)$/.test(ws[i]!) && /^(?:code|codes|time)$/.test(ws[i + 1]!)) return true
  return false
}

/** Words that say a name holds something other than the secret itself (`token_url`, `password_field`). */
const NOT_A_SECRET_LAST = new Set([
  'url', 'urls', 'uri', 'endpoint', 'field', 'fields', 'name', 'names', 'type', 'types', 'path', 'file', 'filename', 'header', 'headers', 'len',
  'length', 'env', 'var', 'variable', 'prefix', 'suffix', 'id', 'ids', 'label', 'placeholder', 'pattern', 'regex', 're', 'param', 'params',
  'column', 'col', 'attr', 'attribute', 'format', 'expiry', 'expires', 'expiration', 'ttl', 'timeout', 'lifetime', 'age', 'count', 'max', 'min',
  'size', 'dir', 'directory', 'method', 'hash', 'hashed', 'policy', 'mode', 'scheme', 'kind', 'prompt', 'message', 'msg', 'error', 'errors', 'hint',
  'help', 'text', 'title', 'template', 'validator', 'rule', 'rules', 'algorithm', 'algorithms', 'alg', 'version', 'style', 'class', 'selector',
  'input', 'question', 'location', 'store', 'storage', 'provider', 'service', 'manager', 'handler', 'class', 'cls', 'source', 'sources', 'length',
  'bytes', 'bits', 'position', 'index', 'idx', 'key', 'keys', 'cache', 'user', 'username', 'login', 'email', 'enabled', 'required', 'strength',
  'reset', 'policy', 'view', 'form', 'route', 'page', 'link', 'link', 'host', 'port', 'domain', 'audience', 'issuer', 'scope', 'scopes', 'status',
  'state', 'level', 'flag', 'option', 'options', 'setting', 'settings', 'config', 'separator', 'delimiter', 'encoding', 'charset', 'lock', 'mutex',
  'table', 'collection', 'queue', 'topic', 'channel', 'event', 'events', 'callback', 'fn', 'func', 'function', 'path', 'arn', 'ref', 'schema',
])

/**
 * Fragments one of which every name that isSecretName accepts contains, lower case: its words
 * (passwords?, passwd, pwd, passphrase, secrets?, tokens?, credentials?, creds, auth…, apikey, …key)
 * and the substrings it tests (password, passwd, secret, token, apikey). For `requires` with ignoreCase.
 */
export const SECRET_NAME_WORDS: readonly string[] = ['pass', 'pwd', 'secret', 'token', 'cred', 'auth', 'key']

/** True when a name (variable, field, keyword, key) says it holds a credential (crypto.secrets). */
export function isSecretName(name: string): boolean {
  const ws = words(name)
  if (!ws.length) return false
  const last = ws.at(-1)!
  const joined = ws.join('_')
  const hit =
    ws.some((w) => /^(?:passwords?|passwd|pwd|passphrase|secrets?|tokens?|credentials?|creds|auth|authorization|apikey|apikeys|privatekey|accesskey|secretkey|clientsecret)$/.test(w)) ||
    /(?:^|_)(?:api_keys?|access_keys?|private_keys?|secret_keys?|client_secrets?|signing_keys?|encryption_keys?|hmac_keys?|jwt_keys?|master_keys?|session_keys?|auth_keys?|app_keys?|license_keys?)(?:_|$)/.test(joined) ||
    ws.some((w) => /password|passwd|secret|token|apikey/.test(w) && !/^(?:tokeniz|tokenis)/.test(w))
  if (!hit) return false
  // `api_key` keeps its last word `key`; `token_key`, `password_field` name something else.
  if (NOT_A_SECRET_LAST.has(last)) {
    if (last === 'key' && /(?:^|_)(?:api|access|private|secret|signing|encryption|hmac|jwt|master|session|auth|app|license|client)_key$/.test(joined)) return true
    return false
  }
  return true
}

/** Literals that are placeholders, not secrets: `<your-key>`, `changeme`, `xxxx`, `${VAR}`, `example`. */
export function isPlaceholder(value: string): boolean {
  const v = value.trim()
  if (/^<[^>]*>$|^\$\{[^}]*\}$|^\{\{[^}]*\}\}$|^%\(?\w*\)?s?$|^\$[A-Z_][A-Z0-9_]*$/.test(v)) return true
  if (/^(?:x+|\*+|\.+|-+|_+|#+|0+|1234(?:5678?)?9?0?|(?:abc)?123(?:456)?(?:789)?)$/i.test(v)) return true
  if (/change[\s_-]?me|changeit|replace[\s_-]?me|your[\s_-]|placeholder|example|dummy|sample|fake|redacted|todo|tbd|fixme|insert[\s_-]|put[\s_-]your|<|>|xxxx|\*\*\*\*/i.test(v)) return true
  if (/^(?:none|null|nil|undefined|true|false|secret|password|passwd|token|test|testing|default|empty|string|value|not[\s_-]?set|unset|required)$/i.test(v)) return true
  return false
}

/** Literals in well-known secret formats. */
export const SECRET_FORMATS: ReadonlyArray<{ name: string; re: RegExp }> = [
  { name: 'AWS access key id', re: /\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[0-9A-Z]{16}\b/ },
  { name: 'private key', re: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/ },
  { name: 'GitHub token', re: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{30,}\b|\bgithub_pat_[A-Za-z0-9_]{40,}\b/ },
  { name: 'Stripe secret key', re: /\b(?:sk|rk)_live_[0-9A-Za-z]{16,}\b/ },
  { name: 'Slack token', re: /\bxox[abposr]-[0-9A-Za-z-]{10,}\b/ },
  { name: 'Google API key', re: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { name: 'OpenAI API key', re: /\bsk-(?:proj-)?[A-Za-z0-9_-]{32,}\b/ },
  { name: 'SendGrid API key', re: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/ },
  { name: 'Twilio API key', re: /\bSK[0-9a-f]{32}\b/ },
  { name: 'GitLab token', re: /\bglpat-[A-Za-z0-9_-]{20,}\b/ },
  { name: 'npm token', re: /\bnpm_[A-Za-z0-9]{36}\b/ },
  { name: 'Slack webhook', re: /hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]+/ },
]

export function secretFormat(value: string): string | undefined {
  if (isPlaceholder(value) && !/-----BEGIN/.test(value)) return undefined
  return SECRET_FORMATS.find((f) => f.re.test(value))?.name
}

/**
 * True when a literal assigned to a secret name looks like a real credential: 8+ characters,
 * no placeholder, not a sentence, a URL, a path or a config key name.
 */
export function looksLikeSecretValue(value: string): boolean {
  if (value.length < 8) return false
  if (isPlaceholder(value)) return false
  if (/\s/.test(value.trim())) return false
  if (/^(?:https?|wss?|ftp|file):\/\//i.test(value) && !/:\/\/[^/\s:@]+:[^/\s@]+@/.test(value)) return false
  if (/^[./~]|^[A-Za-z]:\\/.test(value) && /[/\\]/.test(value)) return false
  // Names of keys, headers and environment variables: `DB_PASSWORD`, `X-Auth-Token`, `access_token`.
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value)) return false
  if (/^[a-z]+(?:[_.-][a-z]+)+$/.test(value)) return false
  if (/^(?:[A-Z][a-z]+)(?:-[A-Z][a-z]+)+$/.test(value)) return false
  if (/^(?:Bearer|Basic|Token)$/i.test(value)) return false
  // Format strings and templates.
  if (/\{\w*\}|%[sd]|\$\{/.test(value)) return false
  return true
}

/** Checks between the start of the enclosing function (or file) and `node`: the text before it. */
export function textBefore(ctx: RuleContext, node: SgNode): string {
  const fn = ctx.flow.enclosingFunction(node)
  const start = fn ? fn.range().start.index : 0
  return ctx.source.slice(start, node.range().start.index)
}

/** An allow-list check on a host or URL before `node`: `if host not in ALLOWED_HOSTS`, `allowed.includes(url.hostname)`. */
export function hasAllowListCheck(ctx: RuleContext, node: SgNode): boolean {
  const before = textBefore(ctx, node)
  if (/\b\w*(?:allow|white|trust|permit|approved|known|safe|valid)\w*\b/i.test(before) && /(?:\bin\b|\.includes\s*\(|\.has\s*\(|\.indexOf\s*\(|\.some\s*\(|\.contains\s*\(|===?|!==?)/.test(before)) {
    if (/(?:\bin\b|\bnot\s+in\b)\s+\w*(?:allow|white|trust|permit|approved|known|safe|valid)\w*|\w*(?:allow|white|trust|permit|approved|known|safe|valid)\w*\s*\.\s*(?:includes|has|indexOf|some|contains)\s*\(|\bis_(?:allowed|safe|trusted|valid)\w*\s*\(|\bisAllowed\w*\s*\(|\bis(?:Safe|Trusted|Valid)\w*\s*\(/i.test(before)) return true
  }
  if (/\b(?:hostname|netloc|host|origin)\b[^\n]*(?:\bnot\s+in\b|\bin\b|===?|!==?|\.endswith|\.endsWith|\.includes)/.test(before) && /\b(?:raise|return|throw|abort|exit)\b/.test(before)) return true
  // if (!PROVIDERS.has(u.hostname)) return …; if not host_allowed(parsed.netloc): abort(400)
  if (/\bif\b[^\n]*\b(?:hostname|netloc|host|origin)\b[^\n]*(?:\n[^\n]*)?\b(?:raise|return|throw|abort|exit)\b/.test(before)) return true
  return false
}

/**
 * True when every name in `names` was checked against a constant collection before `node`:
 * `if col not in ALLOWED_COLUMNS: raise …`, `ALLOWED.includes(col)`, `col in {"a", "b"}`.
 */
export function allowListed(ctx: RuleContext, node: SgNode, names: readonly string[]): boolean {
  if (!names.length) return false
  const before = textBefore(ctx, node)
  return names.every((raw) => {
    const name = escapeStringRegexp(raw)
    const re = new RegExp(
      `(?:^|[^\\w$.])${name}\\s+(?:not\\s+)?in\\s+(?:[A-Z_$][A-Za-z0-9_$.]*|self\\.[A-Z_]\\w*|[({\\[]\\s*["'])|[A-Z_$][A-Za-z0-9_$]*\\s*\\.\\s*(?:includes|has|indexOf)\\s*\\(\\s*${name}\\s*\\)|\\[\\s*["'][^\\]]*\\]\\s*\\.\\s*includes\\s*\\(\\s*${name}\\s*\\)|\\b(?:${name})\\s*(?:===?|!==?)\\s*["'][^"']*["']\\s*(?:\\|\\||&&|or|and)`,
    )
    return re.test(before)
  })
}

/**
 * The names of local data in an expression: identifiers that are not module imports, constants
 * (ALL_CAPS), attribute names, keyword names or called functions.
 */
export function dataNames(ctx: RuleContext, node: SgNode, syn: Syntax): string[] {
  const imports = syn.imports(ctx).names
  const out = new Set<string>()
  const walk = (n: SgNode): void => {
    const kind = n.kind() as string
    if (kind === 'identifier') {
      const parent = n.parent()
      const pk = parent?.kind() as string | undefined
      const isAttr = pk !== undefined && syn.members.has(pk) && parent!.namedChildren()[0]?.id() !== n.id()
      const isCallee = pk !== undefined && syn.calls.has(pk) && parent!.field('function')?.id() === n.id()
      const isKeyword = pk === 'keyword_argument' && parent!.field('name')?.id() === n.id()
      const name = n.text()
      if (!isAttr && !isCallee && !isKeyword && !imports.has(name) && !/^[A-Z][A-Z0-9_]*$/.test(name) && !syn.constantNames.has(name)) out.add(name)
      return
    }
    for (const c of n.namedChildren()) walk(c)
  }
  walk(node)
  return [...out]
}

/** True when `value`, stored under `name`, is a hard-coded credential (and not one in a known format). */
export function isHardcodedSecret(name: string, value: string): boolean {
  if (!isSecretName(name)) return false
  const bare = value.replace(/^(?:Bearer|Basic|Token|Bot)\s+/i, '')
  if (secretFormat(value)) return false // no-known-secret-format reports it
  return looksLikeSecretValue(bare)
}

/** isExternalDeep results per data flow (one per scanned tree): rules ask about the same values again and again. */
const deepMemo = new WeakMap<object, Map<string, boolean>>()
const syntaxIds = new WeakMap<Syntax, number>()
let nextSyntaxId = 0

/**
 * External input reaches `node`, like `flow.isExternal`, and also through loop variables
 * (`for link in request.json["links"]`), which the data flow does not follow.
 */
export function isExternalDeep(ctx: RuleContext, node: SgNode, syn: Syntax, opts: AnalyzeOptions = { numericSanitizes: false }, depth = 0): boolean {
  // Memoised per (node, depth, options): a pure function of them for one tree and data flow.
  const san = opts.sanitizers
  const cacheable = !san || !(san.global || san.sticky)
  let memo = deepMemo.get(ctx.flow)
  if (!memo) {
    memo = new Map()
    deepMemo.set(ctx.flow, memo)
  }
  let sid = syntaxIds.get(syn)
  if (sid === undefined) {
    sid = nextSyntaxId++
    syntaxIds.set(syn, sid)
  }
  const key = `${sid}|${node.id()}|${depth}|${String(opts.numericSanitizes)}|${san ? `${san.source}/${san.flags}` : ''}`
  if (cacheable) {
    const hit = memo.get(key)
    if (hit !== undefined) return hit
  }
  const result = externalDeep(ctx, node, syn, opts, depth)
  if (cacheable) memo.set(key, result)
  return result
}

function externalDeep(ctx: RuleContext, node: SgNode, syn: Syntax, opts: AnalyzeOptions, depth: number): boolean {
  if (ctx.flow.isExternal(node, opts)) return true
  if (depth > 3) return false
  const names = new Set<string>()
  // The first identifier of each name, in tree order, wherever it stands: what `node.find` of an
  // identifier with that name returns, without compiling a regex per name.
  const first = new Map<string, SgNode>()
  let skipped = false
  const walk = (n: SgNode): void => {
    if (n.kind() === 'identifier') {
      const name = n.text()
      if (!first.has(name)) first.set(name, n)
      const parent = n.parent()
      const pk = parent?.kind() as string | undefined
      const isAttr = pk !== undefined && syn.members.has(pk) && parent!.namedChildren()[0]?.id() !== n.id()
      if (!isAttr) names.add(name)
      return
    }
    if (syn.calls.has(n.kind() as string) && opts.sanitizers?.test(calleeText(ctx, n))) {
      skipped = true
      return
    }
    for (const c of n.namedChildren()) walk(c)
  }
  walk(node)
  for (const name of names) {
    let use: SgNode
    if (node.kind() === 'identifier') use = node
    else if (!skipped && !name.includes('\\')) use = first.get(name) ?? node
    else use = node.find({ rule: { kind: 'identifier', regex: `^${name.replace(/[$]/g, '\\$')}$` } }) ?? node
    const defs = definitionsOf(ctx, use, name, syn)
    for (const v of defs) {
      if (v.id() !== node.id() && isExternalDeep(ctx, v, syn, opts, depth + 1)) return true
    }
    if (!defs.length && use.kind() === 'identifier' && syn.isInputParam?.(ctx, use)) return true
  }
  return false
}

// ---------------------------------------------------------------------------------------------
// Prefilter words

/**
 * Prefilter words (`requires.words`) for names that stand as whole tokens, when the name alone is a
 * common substring (`exec` in every `execute`, `http` in every URL): each name joined to each
 * character that may follow it, plus `spaces`, the rare whitespace characters of the language, as
 * words of their own, so that a file spaced with one of them runs the rule whatever follows the name.
 * @example tokenWords(['exec'], ['(', ' '], ['\v']) // ['exec(', 'exec ', '\v']
 */
export function tokenWords(names: readonly string[], next: readonly string[], spaces: readonly string[]): string[] {
  return [...new Set([...names.flatMap((name) => next.map((c) => name + c)), ...spaces])]
}

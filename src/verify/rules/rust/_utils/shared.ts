/**
 * Helpers shared by the Rust and Go rule packs: names that mark security values and credentials,
 * placeholders, well-known secret formats, constant URL prefixes, string literal contents, and small
 * intraprocedural look-ups the engine's data flow does not expose (definitions, in-place mutation).
 */
import type { SgNode } from '@ast-grep/napi'
import type { AnalyzeOptions } from '../../../engine/dataflow.js'
import type { RuleContext } from '../../../engine/rule.js'
import { isExternal, isUntrusted } from './origin.js'

/** Splits `generateAPIKey`, `reset_token`, `X-Api-Key` into lower-case words. */
export function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
}

const SECURITY_SUBSTRINGS = /token|secret|passw(?:or)?d|passwd|nonce|session|csrf|xsrf|apikey|otp(?:code|secret)|salt(?:s|value)?$/
const SECURITY_WORDS = new Set(['key', 'keys', 'api', 'auth', 'pwd', 'otp', 'totp', 'hotp', 'salt', 'reset', 'verify', 'verification', 'sid', 'pin', 'passcode', 'apikey', 'secret'])

/** True when a name says it holds a security value (crypto.random). */
export function isSecurityName(name: string): boolean {
  const compact = name.toLowerCase().replace(/[^a-z0-9]/g, '')
  if (SECURITY_SUBSTRINGS.test(compact)) return true
  return words(name).some((w) => SECURITY_WORDS.has(w))
}

const CREDENTIAL_SUBSTRINGS = /passw(?:or)?d|passwd|secret|apikey|token|accesskey|privatekey|credential|bearer/
const CREDENTIAL_WORDS = new Set(['pwd', 'auth', 'authorization', 'pass', 'passphrase'])
/** Last words that make a credential-looking name hold something else: `token_url`, `password_field`. */
const NOT_A_SECRET_TAIL = new Set([
  'url', 'uri', 'endpoint', 'field', 'fields', 'name', 'names', 'type', 'header', 'path', 'file', 'dir', 'env', 'var', 'prefix', 'suffix',
  'len', 'length', 'size', 'format', 'pattern', 'regex', 'label', 'param', 'column', 'col', 'table', 'kind', 'mode', 'id', 'ids', 'count',
  'expiry', 'expires', 'ttl', 'timeout', 'duration', 'lifetime', 'hash', 'hashed', 'policy', 'min', 'max', 'placeholder', 'hint', 'text',
  'message', 'msg', 'error', 'err', 'prompt', 'route', 'scheme', 'method', 'input', 'key', 'query', 'location', 'store', 'provider', 'cookie',
  'position', 'index', 'idx', 'enabled', 'required', 'regexp', 'validator', 'template', 'tmpl', 'help', 'title', 'description', 'version',
])

/** True when a name says it holds a credential (crypto.secrets). */
export function isCredentialName(name: string): boolean {
  const ws = words(name)
  if (ws.length === 0) return false
  const compact = ws.join('')
  const hit = CREDENTIAL_SUBSTRINGS.test(compact) || ws.some((w) => CREDENTIAL_WORDS.has(w))
  if (!hit) return false
  const last = ws.at(-1)!
  // api_key, secret_key, private_key and access_key end in `key` but are the secret itself.
  if (last === 'key') return ws.length === 1 ? false : true
  if (NOT_A_SECRET_TAIL.has(last)) return false
  return true
}

const PLACEHOLDER =
  /^(?:<[^>]*>|\$\{[^}]*\}|\{\{[^}]*\}\}|%[^%]*%|\$[A-Z_]+|[xX*.#_-]+|[xX]{3,}.*|.*\b(?:changeme|change[-_ ]?me|example|dummy|placeholder|your[-_ ]?\w*|replace[-_ ]?me|redacted|insert[-_ ]\w+|todo|fixme|not[-_ ]?set|none|null|undefined)\b.*)$/i

/** Values that hold no secret: short, placeholders, environment-variable names, whitespace. */
export function isPlaceholderSecret(value: string): boolean {
  if (value.length < 8) return true
  if (/\s/.test(value.trim()) && !/^-----BEGIN/.test(value)) return true
  if (PLACEHOLDER.test(value)) return true
  if (/changeme|your[-_]?(?:api|secret|token|key|password)|example\.com|<[a-z_-]+>/i.test(value)) return true
  // An environment-variable or config-key name, not a value: `DB_PASSWORD`, `app.jwt.secret`.
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value)) return true
  if (/^[a-z]+(?:[._][a-z]+)+$/.test(value)) return true
  // A URL or path without inline credentials.
  if (/^(?:https?:\/\/|\/)/.test(value) && !/:\/\/[^/\s:@]+:[^/\s@]+@/.test(value)) return true
  return false
}

/** Literals in well-known secret formats, reported wherever they stand. */
export const WELL_KNOWN_SECRET =
  /(?:^|[^A-Za-z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}(?![0-9A-Z])|-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----|\bgh[pousr]_[A-Za-z0-9]{30,}|\bgithub_pat_[A-Za-z0-9_]{30,}|\b[sr]k_live_[0-9A-Za-z]{16,}|\bxox[abposr]-[0-9A-Za-z-]{10,}|\bAIza[0-9A-Za-z_-]{35}|\bSG\.[\w-]{16,}\.[\w-]{16,}|\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{32,}|\bglpat-[0-9A-Za-z_-]{20}|hooks\.slack\.com\/services\/T[A-Z0-9]+\/|\bnpm_[A-Za-z0-9]{36}/

/** Inline credentials in a URL or DSN: `postgres://user:pw@host`, `user:pw@tcp(host)/db`. */
export const INLINE_CREDENTIAL = /^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:([^/\s@]{4,})@|^[\w.-]+:([^/\s@]{4,})@(?:tcp|unix)\(/i

/** True when the inline password of a URL or DSN is a real value, not a placeholder. */
export function inlineCredential(value: string): boolean {
  const m = INLINE_CREDENTIAL.exec(value)
  if (!m) return false
  const pw = m[1] ?? m[2] ?? ''
  return !/^(?:\$\{?\w+\}?|%s|%v|\{\}|\{\w*\}|<[^>]*>|\*+|x+|password|pass|changeme|secret|example|dummy)$/i.test(pw)
}

/** Text of a Rust or Go string literal node without its quotes and prefixes, or undefined. */
export function literalText(node: SgNode): string | undefined {
  const kind = node.kind()
  if (kind === 'string_literal' || kind === 'raw_string_literal' || kind === 'interpreted_string_literal') {
    const t = node.text()
    const m = /^(?:b|br|r|c|cr)?(#*)"([\s\S]*)"\1$/.exec(t) ?? /^`([\s\S]*)`$/.exec(t)
    if (!m) return undefined
    return m.length === 3 ? m[2] : m[1]
  }
  return undefined
}

/** Definitions of a local name in the enclosing function (and module), before `use`. */
const DEF_KINDS: Record<string, string[]> = {
  rust: ['let_declaration', 'assignment_expression', 'compound_assignment_expr', 'const_item', 'static_item'],
  go: ['short_var_declaration', 'assignment_statement', 'var_spec', 'const_spec'],
}

export interface Definition {
  node: SgNode
  value: SgNode
}

// Per-file memos are keyed by the file's tree (`ctx.root`), which every context of one scan shares.
const fnCache = new WeakMap<SgNode, Map<number, SgNode | null>>()

/** The engine's enclosingFunction, memoised per file and node. */
export function fnOf(node: SgNode, ctx: RuleContext): SgNode | null {
  let cache = fnCache.get(ctx.root)
  if (!cache) fnCache.set(ctx.root, (cache = new Map()))
  const id = node.id()
  if (cache.has(id)) return cache.get(id)!
  const fn = ctx.flow.enclosingFunction(node)
  cache.set(id, fn)
  return fn
}

const defCache = new WeakMap<SgNode, Map<number, Map<string, Definition[]>>>()

/** Every definition in one scope (a function, or the module's top level), by name, in source order. */
function scopeDefinitions(scope: SgNode, ctx: RuleContext, topLevel: boolean): Map<string, Definition[]> {
  let byScope = defCache.get(ctx.root)
  if (!byScope) defCache.set(ctx.root, (byScope = new Map()))
  const key = topLevel ? -1 : scope.id()
  const cached = byScope.get(key)
  if (cached) return cached
  const out = new Map<string, Definition[]>()
  const add = (name: string, d: Definition): void => {
    const list = out.get(name)
    if (list) list.push(d)
    else out.set(name, [d])
  }
  const nodes = topLevel
    ? ctx.root.children().flatMap((d) => (d.kind() === 'const_declaration' || d.kind() === 'var_declaration' ? d.namedChildren().flatMap((c) => (/_list$/.test(String(c.kind())) ? c.namedChildren() : [c])) : [d])).filter((n) => ['const_item', 'static_item', 'const_spec', 'var_spec', 'let_declaration'].includes(String(n.kind())))
    : scope.findAll({ rule: { any: (DEF_KINDS[ctx.language] ?? []).map((kind) => ({ kind })) } })
  for (const d of nodes) {
    const pair = leftRight(d)
    if (!pair) continue
    pair.lefts.forEach((l, i) => {
      const value = pair.lefts.length === pair.rights.length ? pair.rights[i]! : pair.rights[0]!
      add(l.text().replace(/^mut\s+/, ''), { node: d, value })
    })
  }
  byScope.set(key, out)
  return out
}

export function definitionsOf(name: string, use: SgNode, ctx: RuleContext, includeLater = false): Definition[] {
  const pos = use.range().start.index
  let fn = fnOf(use, ctx)
  while (fn) {
    const defs = (scopeDefinitions(fn, ctx, false).get(name) ?? []).filter((d) => includeLater || d.node.range().start.index < pos)
    if (defs.length) return defs
    fn = fnOf(fn, ctx)
  }
  return scopeDefinitions(ctx.root, ctx, true).get(name) ?? []
}

function leftRight(d: SgNode): { lefts: SgNode[]; rights: SgNode[] } | undefined {
  const kind = d.kind()
  let left: SgNode | null
  let right: SgNode | null
  if (kind === 'let_declaration') {
    left = d.field('pattern')
    right = d.field('value')
  } else if (kind === 'const_item' || kind === 'static_item' || kind === 'var_spec' || kind === 'const_spec') {
    left = d.field('name')
    right = d.field('value')
  } else {
    left = d.field('left')
    right = d.field('right')
  }
  if (!left || !right) return undefined
  const lefts = left.kind() === 'expression_list' ? left.namedChildren() : [left]
  const rights = right.kind() === 'expression_list' ? right.namedChildren() : [right]
  return { lefts, rights }
}

/** The constant string a node stands for: a literal, or a name whose only definition is one. */
export function constString(node: SgNode, ctx: RuleContext, depth = 0): string | undefined {
  const lit = literalText(node)
  if (lit !== undefined) return lit
  if (depth > 3) return undefined
  const kind = node.kind()
  if (kind === 'reference_expression' || kind === 'parenthesized_expression') {
    const inner = node.namedChildren().at(-1)
    return inner ? constString(inner, ctx, depth + 1) : undefined
  }
  if (kind === 'call_expression') {
    // "x".to_string(), String::from("x"), "x".into()
    const fn = node.field('function')
    const args = ctx.flow.callArguments(node)
    if (fn?.kind() === 'field_expression' && /^(?:to_string|to_owned|into|as_str|as_ref|as_bytes)$/.test(fn.field('field')?.text() ?? '')) {
      const recv = fn.field('value')
      return recv ? constString(recv, ctx, depth + 1) : undefined
    }
    if (fn && /^(?:String::from|str::to_string|PathBuf::from|Path::new|OsStr::new)$/.test(fn.text()) && args.length === 1) return constString(args[0]!, ctx, depth + 1)
    return undefined
  }
  if (kind === 'identifier') {
    const defs = definitionsOf(node.text(), node, ctx)
    if (defs.length !== 1) return undefined
    return constString(defs[0]!.value, ctx, depth + 1)
  }
  return undefined
}

/** Text of the enclosing function from its start up to `node`: where earlier checks stand. */
export function textBefore(node: SgNode, ctx: RuleContext): string {
  const fn = fnOf(node, ctx)
  const start = fn ? fn.range().start.index : 0
  return ctx.source.slice(start, node.range().start.index)
}

/** Name of the enclosing function (innermost named one). */
export function enclosingFunctionName(node: SgNode, ctx: RuleContext): string | undefined {
  let fn = fnOf(node, ctx)
  while (fn) {
    const name = fn.field('name')?.text()
    if (name) return name
    fn = fnOf(fn, ctx)
  }
  return undefined
}

const MUTATORS = /^(?:push_str|push|insert_str|extend|extend_from_slice|WriteString|WriteByte|WriteRune|Write)$/

/**
 * Origin check that also follows in-place string building the engine does not see:
 * `s.push_str(&x)`, `write!(s, …)`, `sb.WriteString(x)`, `fmt.Fprintf(&sb, …)` before `node`.
 */
export function isUntrustedValue(node: SgNode, ctx: RuleContext, options: AnalyzeOptions = {}): boolean {
  if (isUntrusted(node, ctx, options)) return true
  return mutatedWith(node, ctx, (arg) => isUntrusted(arg, ctx, options))
}

/** Like isUntrustedValue, for confinement sinks: external input only. */
export function isExternalValue(node: SgNode, ctx: RuleContext, options: AnalyzeOptions = {}): boolean {
  if (isExternal(node, ctx, options)) return true
  return mutatedWith(node, ctx, (arg) => isExternal(arg, ctx, options))
}

interface Mutation {
  start: number
  /** the call whose arguments flow into the target */
  call: SgNode
  args: SgNode[]
}

const mutationCache = new WeakMap<SgNode, Map<number, Map<string, Mutation[]>>>()

/** In-place string building in one function, by target name: `s.push_str(x)`, `write!(s, …)`, `sb.WriteString(x)`. */
function mutationsIn(fn: SgNode, ctx: RuleContext): Map<string, Mutation[]> {
  let byFn = mutationCache.get(ctx.root)
  if (!byFn) mutationCache.set(ctx.root, (byFn = new Map()))
  const hit = byFn.get(fn.id())
  if (hit) return hit
  const out = new Map<string, Mutation[]>()
  const add = (name: string, m: Mutation): void => {
    const list = out.get(name)
    if (list) list.push(m)
    else out.set(name, [m])
  }
  if (/push_str|\.push\(|insert_str|extend|WriteString|WriteByte|WriteRune|\.Write\(|write!|writeln!|Fprint|push_html/.test(fn.text())) {
    const callKinds = ctx.language === 'rust' ? [{ kind: 'call_expression' }, { kind: 'macro_invocation' }] : [{ kind: 'call_expression' }]
    for (const call of fn.findAll({ rule: { any: callKinds } })) {
      const start = call.range().start.index
      if (call.kind() === 'macro_invocation') {
        const mac = call.field('macro')?.text() ?? call.namedChildren()[0]?.text()
        const tree = call.namedChildren().at(-1)
        if (!/^(?:write|writeln)$/.test(mac ?? '') || !tree) continue
        const first = tree.namedChildren()[0]
        const target = first?.kind() === 'mutable_specifier' ? tree.namedChildren()[1] : first
        if (target) add(target.text(), { start, call, args: [call] })
        continue
      }
      const fnNode = call.field('function')
      if (!fnNode) continue
      const callee = ctx.flow.calleeText(call)
      // pulldown_cmark::html::push_html(&mut out, parser): markdown rendered into `out`, raw HTML kept
      if (/(?:^|::)push_html$/.test(callee)) {
        const args = ctx.flow.callArguments(call)
        const target = args[0]?.text().replace(/^&\s*mut\s+/, '')
        if (target) add(target, { start, call, args: args.slice(1) })
        continue
      }
      if (/^fmt\.Fprint/.test(callee)) {
        const args = ctx.flow.callArguments(call)
        const target = args[0]?.text().replace(/^&/, '')
        if (target) add(target, { start, call, args: args.slice(1) })
        continue
      }
      if (fnNode.kind() !== 'field_expression' && fnNode.kind() !== 'selector_expression') continue
      const method = (fnNode.field('field') ?? fnNode.namedChildren().at(-1))?.text() ?? ''
      const recv = fnNode.field('value') ?? fnNode.field('operand') ?? fnNode.namedChildren()[0]
      if (!MUTATORS.test(method) || !recv) continue
      add(recv.text(), { start, call, args: ctx.flow.callArguments(call) })
    }
  }
  byFn.set(fn.id(), out)
  return out
}

function mutatedWith(node: SgNode, ctx: RuleContext, test: (arg: SgNode) => boolean): boolean {
  const fn = fnOf(node, ctx)
  if (!fn) return false
  const mutations = mutationsIn(fn, ctx)
  if (mutations.size === 0) return false
  const names = new Set(ctx.flow.identifiers(node))
  if (node.kind() === 'identifier') names.add(node.text())
  // Follow one level of definitions: `let q = sql.clone()`, `query := sb.String()`.
  for (const name of [...names]) for (const d of definitionsOf(name, node, ctx)) for (const id of ctx.flow.identifiers(d.value)) names.add(id)
  const pos = node.range().start.index
  for (const name of names) {
    for (const m of mutations.get(name) ?? []) {
      if (m.start >= pos) continue
      if (m.args.some(test)) return true
    }
  }
  return false
}

/**
 * True when a URL's scheme and host are a constant prefix: `"https://api.example.com/u/" + id`,
 * `format!("https://api.example.com/{}", id)`, `fmt.Sprintf("https://h/%s", id)`, or a name
 * defined by one of those.
 */
export function hasConstantHostPrefix(node: SgNode, ctx: RuleContext, depth = 0): boolean {
  const lead = leadingConstant(node, ctx, depth)
  return lead !== undefined && /^[a-z][a-z0-9+.-]*:\/\/[^/?#{}%\s]+[/?#]/i.test(lead)
}

function leadingConstant(node: SgNode, ctx: RuleContext, depth: number): string | undefined {
  if (depth > 4) return undefined
  const kind = node.kind()
  const lit = literalText(node)
  if (lit !== undefined) return lit
  if (kind === 'reference_expression' || kind === 'parenthesized_expression' || kind === 'unary_expression') {
    const inner = node.namedChildren().at(-1)
    return inner ? leadingConstant(inner, ctx, depth + 1) : undefined
  }
  if (kind === 'binary_expression') {
    const left = node.field('left') ?? node.namedChildren()[0]
    if (!left) return undefined
    const l = leadingConstant(left, ctx, depth + 1)
    if (l === undefined) return undefined
    const right = node.field('right') ?? node.namedChildren()[1]
    // `BASE + "/x"`: a constant host still leads.
    if (/[/?#]/.test(l.replace(/^[a-z][a-z0-9+.-]*:\/\//i, ''))) return l
    const r = right ? leadingConstant(right, ctx, depth + 1) : undefined
    return r === undefined ? l : l + r
  }
  if (kind === 'macro_invocation') {
    const tree = node.namedChildren().at(-1)
    const first = tree?.namedChildren()[0]
    if (!first) return undefined
    const fmt = literalText(first)
    if (fmt === undefined) return undefined
    if (fmt.startsWith('{}') || /^\{[A-Za-z_]\w*\}/.test(fmt)) {
      const arg = /^\{([A-Za-z_]\w*)\}/.exec(fmt)?.[1]
      const argNode = arg ? undefined : tree!.namedChildren()[1]
      let base: string | undefined
      if (argNode) base = leadingConstant(argNode, ctx, depth + 1)
      else if (arg) base = constStringOfName(arg, node, ctx)
      return base === undefined ? undefined : base + fmt.replace(/^\{[^}]*\}/, '')
    }
    return fmt
  }
  if (kind === 'call_expression') {
    const callee = ctx.flow.calleeText(node)
    const args = ctx.flow.callArguments(node)
    if (/^fmt\.Sprintf$/.test(callee) && args[0]) {
      const fmt = literalText(args[0])
      if (fmt === undefined) return undefined
      if (/^%[sv]/.test(fmt) && args[1]) {
        const base = leadingConstant(args[1], ctx, depth + 1)
        return base === undefined ? undefined : base + fmt.slice(2)
      }
      return fmt
    }
    if (/(?:^|\.|::)(?:to_string|to_owned|into|clone|as_str|String|Clone)$|^String::from$|^(?:format|concat)$/.test(callee)) {
      const fn = node.field('function')
      const recv = fn?.kind() === 'field_expression' || fn?.kind() === 'selector_expression' ? (fn.field('value') ?? fn.field('operand')) : null
      if (recv) return leadingConstant(recv, ctx, depth + 1)
      if (args[0]) return leadingConstant(args[0], ctx, depth + 1)
    }
    if (/^(?:Url::parse|url\.Parse|url::Url::parse|reqwest::Url::parse)$/.test(callee) && args[0]) return leadingConstant(args[0], ctx, depth + 1)
    return undefined
  }
  if (kind === 'identifier' || kind === 'field_expression' || kind === 'selector_expression') {
    if (kind !== 'identifier') return undefined
    return constStringOfName(node.text(), node, ctx, depth)
  }
  return undefined
}

function constStringOfName(name: string, at: SgNode, ctx: RuleContext, depth = 0): string | undefined {
  const defs = definitionsOf(name, at, ctx)
  if (defs.length === 0) return undefined
  // The latest definition decides; a URL built from a constant host stays so.
  return leadingConstant(defs.at(-1)!.value, ctx, depth + 1)
}

/** An allow-list check before `node`: `if !ALLOWED_HOSTS.contains(..)`, `allowed[host]`, `isAllowed(u)`. */
export function hasAllowListCheck(node: SgNode, ctx: RuleContext): boolean {
  return /\b\w*(?:allow|Allow|ALLOW|whitelist|Whitelist|WHITELIST|permitted|Permitted|PERMITTED|trusted_hosts|trustedHosts|TRUSTED_HOSTS)\w*\b/.test(textBefore(node, ctx))
}

/** Reports once per line: the first node a rule reaches on a line wins. */
const reported = new WeakMap<RuleContext, Map<string, Set<number>>>()
export function firstOnLine(ruleId: string, node: SgNode, ctx: RuleContext): boolean {
  let byRule = reported.get(ctx)
  if (!byRule) reported.set(ctx, (byRule = new Map()))
  let lines = byRule.get(ruleId)
  if (!lines) byRule.set(ruleId, (lines = new Set()))
  const line = node.range().start.line
  if (lines.has(line)) return false
  lines.add(line)
  return true
}

/**
 * Names the value of `node` is assigned to on its way up to the enclosing function: `let token = …`,
 * `x.key = …`, `Token: …`, `b[i] = …` (inner and outer assignments, through closures).
 */
export function assignedNames(node: SgNode): string[] {
  const out: string[] = []
  let cur: SgNode | null = node
  while (cur) {
    const kind = cur.kind()
    if (kind === 'let_declaration') out.push(cur.field('pattern')?.text().replace(/^mut\s+/, '') ?? '')
    else if (kind === 'const_item' || kind === 'static_item') out.push(cur.field('name')?.text() ?? '')
    else if (kind === 'assignment_expression' || kind === 'compound_assignment_expr' || kind === 'assignment_statement' || kind === 'short_var_declaration') {
      out.push(...(cur.field('left')?.text() ?? '').split(/[,\s]+/))
    } else if (kind === 'var_spec' || kind === 'const_spec') out.push(cur.field('name')?.text() ?? '')
    else if (kind === 'field_initializer') out.push(cur.field('field')?.text() ?? cur.namedChildren()[0]?.text() ?? '')
    else if (kind === 'keyed_element') out.push(cur.namedChildren()[0]?.text().replace(/^"|"$/g, '') ?? '')
    else if (kind === 'function_item' || kind === 'function_declaration' || kind === 'method_declaration') break
    cur = cur.parent()
  }
  return out.filter(Boolean)
}

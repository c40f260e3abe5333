/**
 * Helpers shared by the Java and C# rule packs: call shapes, local definitions, declared types,
 * dominating checks and the name vocabularies of crypto.random and crypto.secrets.
 * Both grammars are handled; every helper looks only at the few nodes a rule's matcher selected.
 */
import type { SgNode } from '@ast-grep/napi'
import type { RuleContext, RuleHit } from '../../../engine/rule.js'
import escapeStringRegexp from 'escape-string-regexp'

const CALLS = new Set<string>(['method_invocation', 'invocation_expression', 'object_creation_expression'])
const WRAPPERS = new Set<string>(['parenthesized_expression', 'cast_expression', 'argument', 'checked_expression', 'postfix_unary_expression'])

export function isCall(node: SgNode): boolean {
  return CALLS.has(String(node.kind()))
}

/** Removes parentheses, casts, `!` suppressions and C# `argument` wrappers. */
export function unwrap(node: SgNode): SgNode {
  let cur = node
  for (let i = 0; i < 6 && WRAPPERS.has(String(cur.kind())); i++) {
    const inner = cur.field('value') ?? cur.field('expression') ?? cur.namedChildren().at(-1)
    if (!inner) break
    // `(Type) x`: the value is the last named child.
    cur = inner
  }
  return cur
}

/** Name of the method (or created type) of a call: `exec`, `Start`, `File`. */
export function callName(call: SgNode): string {
  const kind = call.kind()
  if (kind === 'method_invocation') return call.field('name')?.text() ?? ''
  if (kind === 'object_creation_expression') {
    const t = call.field('type')?.text() ?? ''
    return t.replace(/<.*$/s, '').split('.').at(-1) ?? ''
  }
  if (kind === 'invocation_expression') {
    const fn = call.field('function')
    if (!fn) return ''
    const name = fn.kind() === 'member_access_expression' ? fn.field('name') : fn
    if (!name) return ''
    return name.kind() === 'generic_name' ? (name.namedChildren()[0]?.text() ?? '') : name.text()
  }
  return ''
}

/** Receiver of a method call (`a.b` in `a.b.c(x)`), or null. */
export function receiver(call: SgNode): SgNode | null {
  if (call.kind() === 'method_invocation') return call.field('object')
  if (call.kind() === 'invocation_expression') {
    const fn = call.field('function')
    if (fn?.kind() === 'member_access_expression') return fn.field('expression')
  }
  return null
}

/** Arguments of a call with wrappers removed. */
export function args(call: SgNode): SgNode[] {
  const list = call.field('arguments')
  if (!list) return []
  return list
    .namedChildren()
    .filter((c) => c.kind() !== 'comment' && c.kind() !== 'line_comment' && c.kind() !== 'block_comment')
    .map((c) => (c.kind() === 'argument' ? (c.namedChildren().filter((x) => x.kind() !== 'name_colon').at(-1) ?? c) : c))
}

/** C# named argument `name: value`: the name, if any. */
export function argumentName(arg: SgNode): string | undefined {
  const wrapper = arg.parent()?.kind() === 'argument' ? arg.parent()! : arg
  const colon = wrapper.namedChildren().find((c) => c.kind() === 'name_colon')
  return colon?.namedChildren()[0]?.text()
}

const STRING_LITERALS = new Set<string>(['string_literal', 'verbatim_string_literal', 'raw_string_literal', 'text_block'])

export function isStringLiteral(node: SgNode): boolean {
  return STRING_LITERALS.has(String(node.kind()))
}

/** Text of a plain string literal without quotes (escapes left as written), else undefined. */
export function literalText(node: SgNode): string | undefined {
  const n = unwrap(node)
  if (!isStringLiteral(n)) return undefined
  const t = n.text()
  if (n.kind() === 'verbatim_string_literal') return t.slice(2, -1)
  if (n.kind() === 'text_block' || t.startsWith('"""')) return t.replace(/^"""\s*\n?/, '').replace(/"""$/, '')
  return t.slice(1, -1)
}

function fieldName(node: SgNode): string | undefined {
  const k = node.kind()
  if (k === 'identifier') return node.text()
  if (k === 'field_access' || k === 'member_access_expression') {
    const obj = node.field('object') ?? node.field('expression')
    if (obj && (obj.kind() === 'this' || obj.text() === 'this')) return (node.field('field') ?? node.field('name'))?.text()
  }
  return undefined
}

/** The value node of a declarator or assignment. */
function valueOf(def: SgNode): SgNode | null {
  if (def.kind() === 'assignment_expression') return def.field('right')
  const v = def.field('value')
  if (v) return v.kind() === 'equals_value_clause' ? (v.namedChildren()[0] ?? null) : v
  const named = def.namedChildren()
  if (named.length < 2) return null
  const last = named.at(-1)!
  if (last.kind() === 'bracketed_argument_list') return null
  return last.kind() === 'equals_value_clause' ? (last.namedChildren()[0] ?? null) : last
}

function defKinds(ctx: RuleContext): Array<{ kind: string }> {
  return ctx.language === 'java' ? [{ kind: 'variable_declarator' }, { kind: 'assignment_expression' }, { kind: 'resource' }] : [{ kind: 'variable_declarator' }, { kind: 'assignment_expression' }]
}

function declaredName(def: SgNode): string | undefined {
  if (def.kind() === 'resource') return def.field('name')?.text()
  if (def.kind() === 'assignment_expression') {
    const left = def.field('left')
    return left ? fieldName(left) : undefined
  }
  return (def.field('name') ?? def.namedChildren()[0])?.text()
}

function before(a: SgNode, b: SgNode): boolean {
  return a.range().end.index <= b.range().start.index
}

function contains(outer: SgNode, inner: SgNode): boolean {
  const o = outer.range()
  const i = inner.range()
  return o.start.index <= i.start.index && i.end.index <= o.end.index
}

/** Enclosing class-like declaration (or the root). */
export function enclosingType(node: SgNode, ctx: RuleContext): SgNode {
  let cur = node.parent()
  while (cur) {
    const k = cur.kind()
    if (k === 'class_declaration' || k === 'record_declaration' || k === 'struct_declaration' || k === 'enum_declaration' || k === 'interface_declaration') return cur
    cur = cur.parent()
  }
  return ctx.root
}

/**
 * The expression last assigned to the local, parameter-free name `id` before `use` in its
 * function, or the initializer of a field of that name. Null when none is found.
 */
export function definitionOf(id: SgNode, ctx: RuleContext): SgNode | null {
  const key = `d:${id.range().start.index}:${id.range().end.index}`
  const memo = cacheOf(ctx)
  if (memo.has(key)) return memo.get(key) as SgNode | null
  const out = definitionOfUncached(id, ctx)
  memo.set(key, out)
  return out
}

function definitionOfUncached(id: SgNode, ctx: RuleContext): SgNode | null {
  const name = fieldName(id)
  if (!name) return null
  const local = id.kind() === 'identifier'
  const fn = local ? ctx.flow.enclosingFunction(id) : null
  if (fn) {
    let best: SgNode | null = null
    for (const def of localDefinitions(fn, ctx).get(name) ?? []) {
      if (!before(def, id) || contains(def, id)) continue
      if (def.kind() === 'assignment_expression' && /^[^=]*[+\-*/|&]=/.test(def.text().slice((def.field('left')?.text().length ?? 0)))) continue
      best = def
    }
    if (best) return valueOf(best)
    // A parameter of that name shadows any field.
    if (ctx.flow.parameterNames(fn).includes(name)) return null
  }
  return memberDefinitions(enclosingType(id, ctx), ctx).get(name) ?? null
}

/** Declarators and assignments of one function, by assigned name (one tree walk per function). */
function localDefinitions(fn: SgNode, ctx: RuleContext): Map<string, SgNode[]> {
  const memo = cacheOf(ctx)
  const key = `ld:${fn.id()}`
  const hit = memo.get(key) as Map<string, SgNode[]> | undefined
  if (hit) return hit
  const out = new Map<string, SgNode[]>()
  for (const def of fn.findAll({ rule: { any: defKinds(ctx) } })) {
    const name = declaredName(def)
    if (!name) continue
    const list = out.get(name)
    if (list) list.push(def)
    else out.set(name, [def])
  }
  memo.set(key, out)
  return out
}

/** Initial values of the fields and properties of a type, by name. */
function memberDefinitions(type: SgNode, ctx: RuleContext): Map<string, SgNode | null> {
  const memo = cacheOf(ctx)
  const key = `md:${type.id()}`
  const hit = memo.get(key) as Map<string, SgNode | null> | undefined
  if (hit) return hit
  const out = new Map<string, SgNode | null>()
  const memberKinds = ctx.language === 'csharp' ? [{ kind: 'variable_declarator' }, { kind: 'property_declaration' }] : [{ kind: 'variable_declarator' }]
  for (const def of type.findAll({ rule: { any: memberKinds } })) {
    const parent = def.parent()
    const isMember =
      def.kind() === 'property_declaration' ||
      parent?.kind() === 'field_declaration' ||
      parent?.kind() === 'constant_declaration' ||
      (parent?.kind() === 'variable_declaration' && parent.parent()?.kind() === 'field_declaration')
    if (!isMember) continue
    if (def.kind() === 'property_declaration') {
      const name = def.field('name')?.text()
      if (!name || out.has(name)) continue
      const v = def.field('value') ?? def.namedChildren().filter((c) => c.kind() !== 'accessor_list' && c.kind() !== 'modifier').at(-1)
      if (v && v.id() !== def.field('name')?.id() && v.id() !== def.field('type')?.id()) out.set(name, v.kind() === 'arrow_expression_clause' ? (v.namedChildren()[0] ?? null) : v)
      continue
    }
    const name = declaredName(def)
    if (name && !out.has(name)) out.set(name, valueOf(def))
  }
  memo.set(key, out)
  return out
}

/**
 * Every value assigned to the local `id` before `use` in its function, `+=` included; the field
 * initializer when there is no local one. Empty when none is visible (parameters, unknown).
 */
export function allDefinitionsOf(id: SgNode, ctx: RuleContext): SgNode[] {
  const name = fieldName(id)
  if (!name) return []
  const fn = id.kind() === 'identifier' ? ctx.flow.enclosingFunction(id) : null
  if (fn) {
    const out: SgNode[] = []
    for (const def of localDefinitions(fn, ctx).get(name) ?? []) {
      if (!before(def, id) || contains(def, id)) continue
      const v = valueOf(def)
      if (v) out.push(v)
    }
    if (out.length || ctx.flow.parameterNames(fn).includes(name)) return out
  }
  const single = definitionOf(id, ctx)
  return single ? [single] : []
}

const MUTABLE_COLLECTION = /^(?:implicit_object_creation_expression)$/

/**
 * Works around the shared engine reading `dict[key]` / `map.get(key)` of a field that starts as an
 * empty collection (`new()`, `new HashMap<>()`) as a constant: entries put elsewhere are data.
 */
export function readsMutableCollection(node: SgNode, ctx: RuleContext, depth = 3): boolean {
  const n = unwrap(node)
  const k = String(n.kind())
  if (depth <= 0) return false
  if (k === 'identifier' || k === 'field_access' || k === 'member_access_expression') {
    const def = definitionOf(n, ctx)
    return def ? readsMutableCollection(def, ctx, depth - 1) : false
  }
  let collection: SgNode | null = null
  if (k === 'element_access_expression' || k === 'array_access') collection = n.field('expression') ?? n.field('array') ?? n.namedChildren()[0] ?? null
  else if (isCall(n) && /^(?:get|getOrDefault|GetValueOrDefault|remove|poll|peek|Dequeue|Peek|Pop|ElementAt|First|FirstOrDefault)$/.test(callName(n))) collection = receiver(n)
  if (!collection) return false
  const made = resolve(collection, ctx)
  if (MUTABLE_COLLECTION.test(String(made.kind()))) return true
  if (made.kind() === 'object_creation_expression' && /^(?:HashMap|ConcurrentHashMap|LinkedHashMap|TreeMap|ArrayList|LinkedList|ArrayDeque|Dictionary|ConcurrentDictionary|List|Queue|Stack|SortedDictionary)\b/.test(made.field('type')?.text() ?? '')) {
    return !made.namedChildren().some((c) => c.kind() === 'initializer_expression') && args(made).every((a) => /^\d+$/.test(a.text()))
  }
  return false
}

/** Injection sinks: constant by the engine's reading and not an entry of a mutable collection. */
export function isConstantCode(node: SgNode, ctx: RuleContext): boolean {
  return ctx.flow.isConstant(node) && !readsMutableCollection(node, ctx)
}

/** Follows identifiers to their definitions (a few steps) and strips wrappers. */
export function resolve(node: SgNode, ctx: RuleContext, depth = 4): SgNode {
  let cur = unwrap(node)
  for (let i = 0; i < depth; i++) {
    if (!fieldName(cur)) break
    const def = definitionOf(cur, ctx)
    if (!def) break
    cur = unwrap(def)
  }
  return cur
}

/** Constant string value of a literal, a constant or a concatenation of them. */
export function stringValue(node: SgNode, ctx: RuleContext, depth = 3): string | undefined {
  const n = resolve(node, ctx)
  const lit = literalText(n)
  if (lit !== undefined) return lit
  if (n.kind() === 'binary_expression' && depth > 0) {
    const parts = n.namedChildren()
    if (parts.length !== 2 || !/\+/.test(n.text().slice(parts[0]!.range().end.index - n.range().start.index, parts[1]!.range().start.index - n.range().start.index))) return undefined
    const a = stringValue(parts[0]!, ctx, depth - 1)
    const b = stringValue(parts[1]!, ctx, depth - 1)
    return a !== undefined && b !== undefined ? a + b : undefined
  }
  return undefined
}

const JAVA_DECLS = ['local_variable_declaration', 'field_declaration', 'formal_parameter', 'catch_formal_parameter', 'constant_declaration', 'spread_parameter', 'resource']
const CS_DECLS = ['variable_declaration', 'parameter', 'property_declaration']

const CACHES = new WeakMap<object, Map<string, unknown>>()

/** Per-scan memo (keyed by the scan's DataFlow), so rules may ask the same question freely. */
function cacheOf(ctx: RuleContext): Map<string, unknown> {
  let m = CACHES.get(ctx.flow)
  if (!m) {
    m = new Map()
    CACHES.set(ctx.flow, m)
  }
  return m
}

/** Declared type text of a local, parameter or field named `name` visible from `use`. */
export function declaredType(name: string, use: SgNode, ctx: RuleContext): string | undefined {
  const fn = ctx.flow.enclosingFunction(use)
  const key = `t:${name}@${fn?.id() ?? enclosingType(use, ctx).id()}`
  const memo = cacheOf(ctx)
  if (memo.has(key)) return memo.get(key) as string | undefined
  const out = declaredTypeUncached(name, use, fn, ctx)
  memo.set(key, out)
  return out
}

function declaredTypeUncached(name: string, use: SgNode, fn: SgNode | null, ctx: RuleContext): string | undefined {
  const scopes = [fn, enclosingType(use, ctx)].filter((s): s is SgNode => s !== null)
  const re = `\\b${escapeStringRegexp(name)}\\b`
  for (const scope of scopes) {
    for (const decl of scope.findAll({
      rule: { any: (ctx.language === 'csharp' ? CS_DECLS : JAVA_DECLS).map((kind) => ({ kind })), regex: re },
    })) {
      const k = decl.kind()
      if (k === 'formal_parameter' || k === 'parameter' || k === 'property_declaration' || k === 'resource') {
        if (decl.field('name')?.text() === name) return decl.field('type')?.text()
        continue
      }
      if (k === 'field_declaration' && decl.field('type') === null) continue // C#: handled by its variable_declaration
      const declarators = k === 'variable_declaration' ? decl.namedChildren().filter((c) => c.kind() === 'variable_declarator') : decl.findAll({ rule: { kind: 'variable_declarator' } })
      if (!declarators.some((d) => declaredName(d) === name)) continue
      const type = decl.field('type') ?? (k === 'variable_declaration' ? decl.namedChildren()[0] : null)
      if (!type) continue
      if (type.text() === 'var') {
        const d = declarators.find((x) => declaredName(x) === name)
        const v = d ? valueOf(d) : null
        if (v?.kind() === 'object_creation_expression') return v.field('type')?.text()
        return 'var'
      }
      return type.text()
    }
  }
  return undefined
}

/**
 * The type a receiver expression evidently has: the declared type of a name, or the class of a
 * `new T(…)` it was built from. Undefined when neither can be seen.
 */
export function receiverType(node: SgNode | null, ctx: RuleContext): string | undefined {
  if (!node) return undefined
  const n = unwrap(node)
  if (n.kind() === 'object_creation_expression') return n.field('type')?.text()
  const name = fieldName(n)
  if (!name) return undefined
  const declared = declaredType(name, n, ctx)
  if (declared && declared !== 'var') return declared
  const def = resolve(n, ctx)
  if (def.kind() === 'object_creation_expression') return def.field('type')?.text()
  return declared
}

/** Name of the enclosing method, constructor, local function or property. */
export function enclosingFunctionName(node: SgNode, ctx: RuleContext): string | undefined {
  let fn = ctx.flow.enclosingFunction(node)
  // Lambdas have no name: use the method they are written in.
  while (fn && !fn.field('name') && /lambda|anonymous/.test(String(fn.kind()))) fn = ctx.flow.enclosingFunction(fn)
  if (!fn) {
    let cur = node.parent()
    while (cur) {
      if (cur.kind() === 'property_declaration') return cur.field('name')?.text()
      cur = cur.parent()
    }
    return undefined
  }
  const name = fn.field('name')
  if (name) return name.text()
  // A lambda: the name it is assigned to, if any.
  return undefined
}

const EXIT = /\b(?:return|throw|continue|break)\b|\bSystem\.exit\s*\(|\bEnvironment\.Exit\s*\(|\b(?:Forbid|BadRequest|NotFound|Unauthorized|StatusCode|Problem)\s*\(/

/**
 * True when an `if` before `sink` in its function tests a condition that `test` accepts and
 * either leaves the path (return/throw) or encloses the sink.
 */
export function checkedBefore(sink: SgNode, ctx: RuleContext, test: (cond: string) => boolean): boolean {
  const fn = ctx.flow.enclosingFunction(sink)
  if (!fn) return false
  const memo = cacheOf(ctx)
  const key = `if:${fn.id()}`
  let ifs = memo.get(key) as SgNode[] | undefined
  if (!ifs) {
    ifs = fn.findAll({ rule: { kind: 'if_statement' } })
    memo.set(key, ifs)
  }
  for (const stmt of ifs) {
    const cond = stmt.field('condition') ?? stmt.namedChildren()[0]
    if (!cond || !test(cond.text())) continue
    if (contains(stmt, sink)) {
      if (!contains(cond, sink)) return true
      continue
    }
    if (!before(stmt, sink)) continue
    const body = stmt.field('consequence') ?? stmt.namedChildren()[1]
    if (body && EXIT.test(body.text())) return true
  }
  // Guard clauses written as `var ok = …; if (!ok) return;` or ternaries are not followed.
  return false
}

/** Words of an identifier: `generateApiKey` → generate, api, key; `SESSION_ID` → session, id. */
export function words(name: string): string[] {
  return name
    .replace(/^[@_$]+/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase())
}

const SECURITY_WORD = /^(?:tokens?|secrets?|passwords?|passwd|pwd|pass|passphrase|passcode|keys?|apikey|nonces?|salts?|sessions?|sessionid|otps?|totp|hotp|csrf|xsrf|auth|authn|authz|authentication|authorization|reset|verification|verify|api|iv|credentials?|pin)$/

/** crypto.random: a name that holds a security value. */
export function isSecurityName(name: string | undefined): boolean {
  if (!name) return false
  return words(name).some((w) => SECURITY_WORD.test(w))
}

const SECRET_SUFFIX_EXCLUDED =
  /^(?:url|uri|urls|endpoint|field|fields|name|names|header|headers|param|params|parameter|prefix|suffix|type|types|file|path|dir|directory|length|len|size|regex|pattern|label|hint|policy|env|var|variable|property|prop|column|col|query|route|scheme|expiry|expiration|ttl|timeout|count|max|min|format|mode|method|validator|message|msg|error|text|placeholder|template|claim|attribute|attr|storage|cache|prompt|description|title|input|key|id|provider|service|manager|handler|filter|cookie|config|option|options|setting|settings|section|location|store|vault|ref|reference|hash|hashed|encoder|policy|rule|rules|requirement|requirements|strength|changed|required|enabled|reset|lifetime|audience|issuer|scope|scopes|grant|flow|kind|level|status|state|result|response|request|length)$/

/** crypto.secrets: a name that stores a credential (and does not merely describe one). */
export function isSecretName(name: string | undefined): boolean {
  if (!name) return false
  const w = words(name)
  if (w.length === 0) return false
  const last = w.at(-1)!
  const keyed = /^(?:api|access|private|secret|encryption|signing|hmac|jwt|master|aes|client|app|consumer|subscription|license|storage|account|shared)$/
  let hit = false
  for (let i = 0; i < w.length; i++) {
    const x = w[i]!
    if (/^(?:passwords?|passwd|pwd|pass|passphrase|secrets?|apikey|apisecret|tokens?|credentials?|creds|auth|connectionstring|privatekey|accesskey|secretkey)$/.test(x)) hit = true
    if ((x === 'key' || x === 'keys') && i > 0 && keyed.test(w[i - 1]!)) {
      hit = true
      if (i === w.length - 1) return true
    }
  }
  if (!hit) return false
  if (w.length > 1 && SECRET_SUFFIX_EXCLUDED.test(last)) return false
  return true
}

const PLACEHOLDER =
  /^\s*$|^<[^>]*>$|^\$\{[^}]*\}$|^\{\{[^}]*\}\}$|^%[A-Za-z_]+%$|change[-_ ]?me|^x{3,}|^\*{3,}|^\.{3,}|example|dummy|placeholder|your[-_ ]?\w*[-_ ]?(?:key|token|secret|password|pass|here)|^replace|^todo\b|^fixme|redacted|^insert[-_ ]|^enter[-_ ]|^none$|^null$|^undefined$|^secret$|^password$|^\$\w+$|^env:|^vault:|^\{[A-Za-z_.:]+\}$/i

/** crypto.secrets: a literal value that could be a real credential. */
export function isCredentialValue(value: string | undefined): boolean {
  if (value === undefined || value.length < 8) return false
  if (PLACEHOLDER.test(value)) return false
  if (value.trim().split(/\s+/).length >= 3) return false
  if (/^https?:\/\//i.test(value) && !/:\/\/[^/@\s]+:[^/@\s]+@/.test(value)) return false
  if (/^[/.]?[\w-]+(?:\/[\w-]+)+\/?$/.test(value) && !/\d/.test(value)) return false // route paths
  return true
}

/** Literals in well-known secret formats. */
export const KNOWN_SECRET_FORMAT =
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b|-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----|\bgh[pousr]_[A-Za-z0-9]{36,}\b|\bgithub_pat_[A-Za-z0-9_]{22,}\b|\b[sr]k_live_[0-9A-Za-z]{16,}\b|\bxox[abpr]-[0-9A-Za-z-]{10,}\b|\bAIza[0-9A-Za-z_-]{35}\b|\bglpat-[0-9A-Za-z_-]{20}\b|\bSG\.[0-9A-Za-z_-]{22}\.[0-9A-Za-z_-]{43}\b/

/**
 * Prefilter words (`requires`) of the rules built on KNOWN_SECRET_FORMAT: its literal prefixes.
 * The matchers' regex needs one of them in the literal's source text.
 */
export const KNOWN_SECRET_WORDS: readonly string[] = ['AKIA', 'ASIA', 'PRIVATE KEY', 'ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_', 'k_live_', 'xox', 'AIza', 'glpat-', 'SG.']

/**
 * Prefilter words (`requires`, case-insensitive) of the hard-coded credential rules: fragments of
 * the names isSecretName accepts (`key` for apiKey, signingKey…, `cred` for credentials/creds),
 * the password keys and URL form of embeddedPassword, and the CREDENTIAL_PARAMS callees whose names
 * hold none of them (Algorithm.HMAC256, signWith, login, connect/getConnection).
 */
export const SECRET_NAME_WORDS: readonly string[] = ['pass', 'pwd', 'secret', 'key', 'token', 'cred', 'auth', 'connectionstring', '://', 'hmac', 'signwith', 'login', 'connect']

/**
 * The check of the Java and C# hard-coded credential rules: a literal that is a connection string
 * with a password, or a credential-looking value in a credential slot (assigned to `password`,
 * passed as a key argument…). Known-format secrets are left to no-known-secret-format.
 */
export function hardcodedCredential(node: SgNode, ctx: RuleContext): RuleHit | false {
  const value = literalText(node)
  if (value === undefined) return false
  if (KNOWN_SECRET_FORMAT.test(value) && !isSampleSecret(value)) return false
  if (value.length >= 8 && embeddedPassword(value)) return { data: { SLOT: 'a connection string' } }
  if (!isCredentialValue(value)) return false
  const slot = credentialSlot(node, ctx)
  return slot ? { data: { SLOT: slot } } : false
}

/** What kind of credential a literal holds, when it holds one in a known format that is not a sample. */
export function knownSecretKind(value: string): string | undefined {
  const m = KNOWN_SECRET_FORMAT.exec(value)
  if (!m || isSampleSecret(m[0])) return undefined
  const s = m[0]
  if (/^(?:AKIA|ASIA)/.test(s)) return 'AWS access key id'
  if (/PRIVATE KEY/.test(s)) return 'private key'
  if (/^gh|^github_pat/.test(s)) return 'GitHub token'
  if (/_live_/.test(s)) return 'Stripe live key'
  if (/^xox/.test(s)) return 'Slack token'
  if (/^AIza/.test(s)) return 'Google API key'
  if (/^glpat/.test(s)) return 'GitLab token'
  return 'SendGrid key'
}

/** A known-format literal that is obviously a sample (`AKIAIOSFODNN7EXAMPLE`). */
export function isSampleSecret(value: string): boolean {
  return /EXAMPLE|example|XXXXXXXX|xxxxxxxx|0{16}|your|dummy|placeholder/.test(value)
}

/** Program names that run their argument as a shell command line. */
export const SHELL_PROGRAM = /^(?:.*[/\\])?(?:sh|bash|zsh|dash|ksh|csh|tcsh|fish|cmd|cmd\.exe|powershell|powershell\.exe|pwsh|pwsh\.exe)$/i
/** The switch that makes a shell read its command from the next argument. */
export const SHELL_SWITCH = /^(?:-c|\/c|\/k|-command|-encodedcommand|-lc|-ic|-cl)$/i

export interface ArgvVerdict {
  reason: string
  node: SgNode
}

/**
 * sandbox.process for an argv list: the program is non-constant, or a shell runs a non-constant
 * command line (`sh -c X`, `cmd /c X`). Undefined when the argv is safe.
 */
export function argvProblem(elements: SgNode[], ctx: RuleContext): ArgvVerdict | undefined {
  const program = elements[0]
  if (!program) return undefined
  if (!isConstantCode(program, ctx)) return { reason: 'a non-constant program', node: program }
  const prog = stringValue(program, ctx)
  if (prog === undefined || !SHELL_PROGRAM.test(prog.trim())) return undefined
  for (let i = 1; i < elements.length; i++) {
    const v = stringValue(elements[i]!, ctx)
    if (v !== undefined && SHELL_SWITCH.test(v.trim())) {
      const rest = elements.slice(i + 1)
      const bad = rest.find((e) => !isConstantCode(e, ctx))
      if (bad) return { reason: `a shell command line built from non-constant data (${prog} ${v.trim()} …)`, node: bad }
      return undefined
    }
    // `bash script.sh x` runs a file with arguments, not a command line.
  }
  return undefined
}

/** Where a value comes from, in the terms of the confinement sinks. */
export function isCallerChoice(node: SgNode, ctx: RuleContext, sanitizers?: RegExp): boolean {
  const o = ctx.flow.origin(node, { sanitizers, numericSanitizes: true })
  return o.parameter || o.external
}

const SEPARATOR = /[/\\]|separator|DirectorySeparatorChar|AltDirectorySeparatorChar|separatorChar/

function concatLeaves(node: SgNode): SgNode[] {
  const n = unwrap(node)
  if (n.kind() !== 'binary_expression') return [n]
  const parts = n.namedChildren()
  if (parts.length !== 2) return [n]
  const op = n.text().slice(parts[0]!.range().end.index - n.range().start.index, parts[1]!.range().start.index - n.range().start.index).trim()
  if (op !== '+') return [n]
  return [...concatLeaves(parts[0]!), ...concatLeaves(parts[1]!)]
}

/**
 * sandbox.fs: does `expr` join a base directory (a constant or configured value, not the caller's
 * choice) with non-constant data? Follows local definitions a few steps.
 */
export function joinsBaseWithData(expr: SgNode, ctx: RuleContext, sanitizers: RegExp, depth = 4): SgNode | undefined {
  if (depth < 0) return undefined
  const n = unwrap(expr)
  const k = n.kind()
  const nonConstant = (x: SgNode): boolean => !ctx.flow.isConstant(x, { sanitizers, numericSanitizes: true })
  const baseOk = (x: SgNode): boolean => !isCallerChoice(x, ctx, sanitizers)
  if (k === 'identifier' || k === 'field_access' || k === 'member_access_expression') {
    const def = definitionOf(n, ctx)
    return def ? joinsBaseWithData(def, ctx, sanitizers, depth - 1) : undefined
  }
  if (k === 'binary_expression') {
    const leaves = concatLeaves(n)
    if (leaves.length < 2) return undefined
    const [base, ...rest] = leaves
    if (!baseOk(base!)) return undefined
    const constText = leaves.filter((l) => !nonConstant(l)).map((l) => stringValue(l, ctx) ?? l.text()).join('')
    if (!SEPARATOR.test(constText)) return undefined
    return rest.some(nonConstant) ? n : undefined
  }
  if (k === 'interpolated_string_expression') {
    const parts = n.namedChildren().filter((c) => c.kind() === 'string_content' || c.kind() === 'interpolation')
    const first = parts[0]
    if (!first) return undefined
    const exprOf = (p: SgNode): SgNode | undefined => p.namedChildren().find((c) => c.kind() !== 'interpolation_brace' && c.kind() !== 'interpolation_alignment_clause' && c.kind() !== 'interpolation_format_clause')
    if (first.kind() === 'interpolation') {
      const e = exprOf(first)
      if (!e || !baseOk(e)) return undefined
    }
    if (!parts.some((p) => p.kind() === 'string_content' && SEPARATOR.test(p.text()))) return undefined
    return parts.slice(1).some((p) => p.kind() === 'interpolation' && exprOf(p) !== undefined && nonConstant(exprOf(p)!)) ? n : undefined
  }
  if (!isCall(n)) return undefined
  const name = callName(n)
  const a = args(n)
  const recv = receiver(n)
  if (/^(?:get|of|Combine|Join|getPath)$/.test(name) && (k === 'object_creation_expression' || /(?:^|\.)(?:Paths|Path|FileSystems\.getDefault\(\)|fileSystem|fs)$/.test(recv?.text() ?? ''))) {
    if (a.length === 1) return joinsBaseWithData(a[0]!, ctx, sanitizers, depth - 1)
    if (a.length >= 2 && baseOk(a[0]!) && a.slice(1).some(nonConstant)) return n
    return undefined
  }
  if (k === 'object_creation_expression' && /^(?:File|FileInfo|DirectoryInfo)$/.test(name)) {
    if (a.length === 1) return joinsBaseWithData(a[0]!, ctx, sanitizers, depth - 1)
    if (a.length === 2 && baseOk(a[0]!) && nonConstant(a[1]!)) return n
    return undefined
  }
  if (/^(?:resolve|resolveSibling)$/.test(name) && recv && a.length === 1) {
    if (baseOk(recv) && nonConstant(a[0]!)) return n
    return joinsBaseWithData(recv, ctx, sanitizers, depth - 1)
  }
  if (/^(?:format|Format)$/.test(name) && /^(?:String|string)$/.test(recv?.text() ?? '') && a.length >= 2) {
    const fmt = stringValue(a[0]!, ctx)
    if (fmt !== undefined && SEPARATOR.test(fmt) && /^[^%{]/.test(fmt) && a.slice(1).some(nonConstant)) return n
    return undefined
  }
  if (name === 'concat' && recv && a.length === 1) {
    if (baseOk(recv) && nonConstant(a[0]!) && SEPARATOR.test(stringValue(recv, ctx) ?? recv.text())) return n
    return undefined
  }
  if (/^(?:normalize|toAbsolutePath|toFile|toPath|getAbsolutePath|getAbsoluteFile|toString|ToString|getPath|toUri|GetFullPath|getCanonicalFile|getCanonicalPath|toRealPath)$/.test(name)) {
    if (recv && a.length === 0) return joinsBaseWithData(recv, ctx, sanitizers, depth - 1)
    if (name === 'GetFullPath' && a.length >= 1) return joinsBaseWithData(a[0]!, ctx, sanitizers, depth - 1)
  }
  return undefined
}

const CONTAINMENT = /\b(?:startsWith|StartsWith|contains|Contains|matches|IsMatch|isValid\w*|IsValid\w*|isSafe\w*|IsSafe\w*|isAllowed\w*|IsAllowed\w*|isLocal|IsLocal|IsPathFullyQualified|IsPathRooted|isAbsolute|relativize|GetRelativePath)\s*\(|"\.\."|'\.'|"\/"|'\/'/

/** Identifiers in `expr` and in the definitions of the identifiers it uses (one step). */
export function relatedNames(expr: SgNode, ctx: RuleContext): Set<string> {
  const out = new Set<string>()
  for (const id of ctx.flow.identifiers(expr)) {
    out.add(id)
  }
  for (const id of expr.findAll({ rule: { kind: 'identifier' } }).concat(expr.kind() === 'identifier' ? [expr] : [])) {
    const def = definitionOf(id, ctx)
    if (def) for (const inner of ctx.flow.identifiers(def)) out.add(inner)
  }
  return out
}

/**
 * sandbox.fs verdict for a path expression at a file access: external input, or a base directory
 * joined with data, with no containment check (prefix check after normalisation, `..` rejection,
 * allow-list) before the access.
 */
export function pathProblem(sink: SgNode, path: SgNode, ctx: RuleContext, sanitizers: RegExp): string | undefined {
  let reason: string | undefined
  if (externalInput(path, ctx, sanitizers)) reason = 'a path from external input'
  else if (joinsBaseWithData(path, ctx, sanitizers)) reason = 'a base directory joined with non-constant data'
  if (!reason) return undefined
  const names = relatedNames(path, ctx)
  const mentions = (cond: string): boolean => [...names].some((n) => new RegExp(`\\b${escapeStringRegexp(n)}\\b`).test(cond))
  if (checkedBefore(sink, ctx, (cond) => CONTAINMENT.test(cond) && mentions(cond))) return undefined
  return reason
}

/** `URI.create(x)`, `new URL(x)`, `new Uri(x)`, `x.toURL()`: the string the address was made from. */
export function uriSource(expr: SgNode, ctx: RuleContext, depth = 4): SgNode {
  const n = resolve(expr, ctx)
  if (depth <= 0 || !isCall(n)) return n
  const name = callName(n)
  const a = args(n)
  const recv = receiver(n)
  if (n.kind() === 'object_creation_expression' && /^(?:URI|URL|Uri)$/.test(name) && a.length >= 1) {
    // new URL("https", host, port, file): the host decides where the request goes.
    if (name === 'URL' && a.length >= 3) return a[1]!
    if (name === 'Uri' && a.length === 2 && /Uri|base/i.test(a[0]!.text())) return uriSource(a[0]!, ctx, depth - 1)
    return uriSource(a[0]!, ctx, depth - 1)
  }
  if (name === 'create' && /^(?:java\.net\.)?URI$/.test(recv?.text() ?? '') && a[0]) return uriSource(a[0], ctx, depth - 1)
  if (/^(?:toURL|toURI|toUri)$/.test(name) && recv && a.length === 0) return uriSource(recv, ctx, depth - 1)
  return n
}

/** `"https://api.example.com/users/" + id`: scheme and host are fixed by a constant prefix. */
export function hasConstantHost(expr: SgNode, ctx: RuleContext): boolean {
  const n = resolve(expr, ctx)
  const HOST_PREFIX = /^[a-z][a-z0-9+.-]*:\/\/[^/?#@{}%]+[/?#]/i
  let prefix: string | undefined
  if (n.kind() === 'binary_expression') prefix = stringValue(concatLeaves(n)[0]!, ctx)
  else if (n.kind() === 'interpolated_string_expression') {
    const first = n.namedChildren().find((c) => c.kind() === 'string_content' || c.kind() === 'interpolation')
    prefix = first?.kind() === 'string_content' ? first.text() : undefined
  } else if (isCall(n)) {
    const name = callName(n)
    const a = args(n)
    if (/^(?:format|Format|formatted)$/.test(name) && a[0]) prefix = stringValue(a[0], ctx)
    else if (name === 'formatted') prefix = stringValue(receiver(n) ?? n, ctx)
    else {
      // UriComponentsBuilder.fromHttpUrl("https://host/").path(x)…, new URIBuilder("https://host/")
      let cur: SgNode | null = n
      for (let i = 0; i < 8 && cur && isCall(cur); i++) {
        const inner = receiver(cur)
        if (!inner || !isCall(unwrap(inner))) {
          const first = args(cur)[0]
          prefix = first ? stringValue(first, ctx) : undefined
          break
        }
        cur = unwrap(inner)
      }
    }
  }
  return prefix !== undefined && HOST_PREFIX.test(prefix)
}

const ALLOW_CHECK = /\b(?:contains|Contains|containsKey|ContainsKey|startsWith|StartsWith|equals|Equals|equalsIgnoreCase|matches|IsMatch|isAllowed\w*|IsAllowed\w*|isTrusted\w*|IsTrusted\w*|isValid\w*|IsValid\w*|isSafe\w*|IsSafe\w*)\s*\(|allow|ALLOW|Allow|whitelist|WHITELIST|Whitelist/

/**
 * sandbox.net verdict for the address of an outbound request: external input whose scheme and
 * host are not fixed by a constant prefix and that passed no allow-list check before `sink`.
 */
export function urlProblem(sink: SgNode, url: SgNode, ctx: RuleContext): boolean {
  const src = uriSource(url, ctx)
  if (!externalInput(src, ctx) && !externalInput(url, ctx)) return false
  if (hasConstantHost(src, ctx)) return false
  const names = relatedNames(url, ctx)
  for (const n of relatedNames(src, ctx)) names.add(n)
  const mentions = (cond: string): boolean => /getHost|\.Host\b|host/i.test(cond) || [...names].some((n) => new RegExp(`\\b${escapeStringRegexp(n)}\\b`).test(cond))
  return !checkedBefore(sink, ctx, (cond) => ALLOW_CHECK.test(cond) && mentions(cond))
}

/** The outermost call of the method chain `node` belongs to (`a.b().c().d()` for `b()`). */
export function chainTop(node: SgNode): SgNode {
  let cur = node
  for (;;) {
    const p = cur.parent()
    if (!p) return cur
    if (p.kind() === 'method_invocation' && p.field('object')?.id() === cur.id()) {
      cur = p
      continue
    }
    if (p.kind() === 'member_access_expression' && p.field('expression')?.id() === cur.id() && p.parent()?.kind() === 'invocation_expression') {
      cur = p.parent()!
      continue
    }
    if (p.kind() === 'await_expression') return cur
    return cur
  }
}

const NUMERIC_TYPE = /^(?:int|long|short|byte|double|float|boolean|bool|decimal|uint|ulong|ushort|sbyte|char|Integer|Long|Short|Byte|Double|Float|Boolean|BigDecimal|BigInteger|UUID|Guid|LocalDate|LocalDateTime|Instant|DateTime|DateTimeOffset|DateOnly|TimeSpan|Int32|Int64|Int16)\??$/

/** An identifier declared with a numeric, boolean, date or UUID type cannot carry an injection. */
export function hasInertType(node: SgNode, ctx: RuleContext): boolean {
  const n = unwrap(node)
  if (n.kind() !== 'identifier') return false
  const t = declaredType(n.text(), n, ctx)
  return t !== undefined && NUMERIC_TYPE.test(t)
}

function appendsOf(builder: SgNode, use: SgNode, ctx: RuleContext): SgNode[] | undefined {
  const fn = ctx.flow.enclosingFunction(use)
  if (!fn) return undefined
  const name = builder.text()
  const re = new RegExp(`^${escapeStringRegexp(name)}\\s*\\.`)
  const calls = fn.findAll({ rule: { kind: ctx.language === 'csharp' ? 'invocation_expression' : 'method_invocation', regex: `^${escapeStringRegexp(name)}\\b` } })
  const out: SgNode[] = []
  for (const c of calls) {
    if (!re.test(c.text()) || c.range().start.index > use.range().start.index) continue
    // every call in the chain `sb.append(a).append(b)`
    let cur: SgNode | null = c
    while (cur && isCall(cur)) {
      const n = callName(cur)
      if (/^(?:append|Append|AppendLine|AppendFormat|insert|Insert)$/.test(n)) out.push(...args(cur))
      const r = receiver(cur)
      cur = r ? unwrap(r) : null
    }
  }
  return out
}

/**
 * Injection sinks that take a query or markup string: is any non-constant, non-numeric piece
 * concatenated, formatted or interpolated into it? StringBuilder appends are followed.
 */
export function untrustedString(expr: SgNode, ctx: RuleContext, sanitizers?: RegExp, depth = 4): boolean {
  const n = unwrap(expr)
  const k = n.kind()
  if (isStringLiteral(n) || k === 'character_literal') return false
  const flat = (x: SgNode): boolean => untrustedString(x, ctx, sanitizers, depth - 1)
  if (depth <= 0) return ctx.flow.isUntrusted(n, { sanitizers })
  if (k === 'identifier' || k === 'field_access' || k === 'member_access_expression') {
    if (hasInertType(n, ctx)) return false
    if (!ctx.flow.isUntrusted(n, { sanitizers })) return readsMutableCollection(n, ctx)
    const defs = allDefinitionsOf(n, ctx)
    if (defs.length === 0) return true
    return defs.some((def) => {
      const d = unwrap(def)
      if (d.kind() === 'object_creation_expression' && /StringBuilder|StringBuffer/.test(callName(d))) return true
      return flat(def)
    })
  }
  if (k === 'binary_expression') {
    const leaves = concatLeaves(n)
    if (leaves.length > 1) return leaves.some(flat)
    return ctx.flow.isUntrusted(n, { sanitizers })
  }
  if (k === 'interpolated_string_expression') {
    return n
      .namedChildren()
      .filter((c) => c.kind() === 'interpolation')
      .some((i) => {
        const e = i.namedChildren().find((c) => !/^interpolation_/.test(String(c.kind())))
        return e ? flat(e) : false
      })
  }
  if (k === 'ternary_expression' || k === 'conditional_expression') {
    const parts = n.namedChildren()
    return parts.slice(1).some(flat)
  }
  if (k === 'switch_expression') {
    // Only the arms' results flow out; the selector picks among them (an allow-list mapping).
    const results = switchResults(n)
    return results.length === 0 ? ctx.flow.isUntrusted(n, { sanitizers }) : results.some(flat)
  }
  if ((k === 'array_access' || k === 'element_access_expression') && constantCollection(n.field('array') ?? n.field('expression') ?? n.namedChildren()[0]!, ctx)) return false
  if (isCall(n)) {
    const name = callName(n)
    const a = args(n)
    const recv = receiver(n)
    if (sanitizers && ctx.flow.isConstant(n, { sanitizers })) return false
    if (recv && /^(?:get|getOrDefault|elementAt|ElementAt|ElementAtOrDefault|First|Last|FirstOrDefault|getFirst|getLast)$/.test(name) && constantCollection(recv, ctx)) return false
    if (/^(?:format|Format)$/.test(name) && /^(?:String|string|MessageFormat|System\.String)$/.test(recv?.text() ?? '')) return a.some(flat)
    if (name === 'formatted' && recv) return flat(recv) || a.some(flat)
    if (/^(?:toString|ToString)$/.test(name) && recv && a.length === 0) {
      const b = unwrap(recv)
      const made = b.kind() === 'identifier' ? definitionOf(b, ctx) : null
      if (made && unwrap(made).kind() === 'object_creation_expression' && /StringBuilder|StringBuffer/.test(callName(unwrap(made)))) {
        const appended = appendsOf(b, n, ctx)
        if (appended) return [...args(unwrap(made)), ...appended].some(flat)
      }
      return flat(recv)
    }
    if (/^(?:concat|Concat|join|Join)$/.test(name) && /^(?:String|string)$/.test(recv?.text() ?? '')) return a.some(flat)
    if (name === 'concat' && recv) return flat(recv) || a.some(flat)
    if (/^(?:trim|Trim|strip|toUpperCase|toLowerCase|ToUpper|ToLower|ToUpperInvariant|ToLowerInvariant)$/.test(name) && recv) return flat(recv)
  }
  return ctx.flow.isUntrusted(n, { sanitizers }) || readsMutableCollection(n, ctx)
}

/** Result expressions of a Java or C# switch expression. */
function switchResults(sw: SgNode): SgNode[] {
  const out: SgNode[] = []
  if (sw.kind() === 'switch_expression' && sw.namedChildren().some((c) => c.kind() === 'switch_expression_arm')) {
    for (const arm of sw.namedChildren().filter((c) => c.kind() === 'switch_expression_arm')) {
      const r = arm.namedChildren().at(-1)
      if (r) out.push(r)
    }
    return out
  }
  const block = sw.namedChildren().find((c) => c.kind() === 'switch_block')
  for (const rule of block?.namedChildren() ?? []) {
    const body = rule.namedChildren().at(-1)
    if (!body || body.kind() === 'switch_label') continue
    if (body.kind() === 'expression_statement') out.push(body.namedChildren()[0] ?? body)
    else if (body.kind() === 'block') out.push(...body.findAll({ rule: { kind: 'yield_statement' } }).map((y) => y.namedChildren()[0] ?? y))
    else if (body.kind() !== 'throw_statement') out.push(body)
  }
  return out
}

/** `List.of("a", "b")`, `new String[] {…}`, `Map.of(…)`, `new[] {…}` of constants (followed through names). */
export function constantCollection(expr: SgNode, ctx: RuleContext): boolean {
  const n = resolve(expr, ctx)
  const k = String(n.kind())
  const allConstant = (items: SgNode[]): boolean => items.every((i) => ctx.flow.isConstant(i) || constantCollection(i, ctx))
  if (k === 'array_initializer' || k === 'initializer_expression' || k === 'collection_expression') return allConstant(n.namedChildren().filter((c) => !/comment/.test(String(c.kind()))))
  if (k === 'array_creation_expression' || k === 'implicit_array_creation_expression' || k === 'object_creation_expression') {
    const init = n.namedChildren().find((c) => c.kind() === 'array_initializer' || c.kind() === 'initializer_expression')
    return init ? allConstant(init.namedChildren()) : false
  }
  if (isCall(n)) {
    const name = callName(n)
    const recv = receiver(n)?.text() ?? ''
    if (/^(?:of|asList|copyOf|ofEntries|entry|unmodifiableList|unmodifiableMap|unmodifiableSet|ToList|ToArray|ToDictionary|AsReadOnly)$/.test(name) && (/^(?:List|Set|Map|Arrays|Stream|ImmutableList|ImmutableSet|ImmutableMap|Collections|EnumSet)$/.test(recv) || constantCollection(receiver(n) ?? n, ctx) && n !== resolve(receiver(n) ?? n, ctx))) {
      return allConstant(args(n))
    }
  }
  return false
}

/** Constant SQL text in a query expression (its literal parts, following local definitions). */
export function sqlText(expr: SgNode, ctx: RuleContext, depth = 3): string {
  const n = resolve(expr, ctx)
  if (isStringLiteral(n)) return literalText(n) ?? ''
  if (depth <= 0) return ''
  if (n.kind() === 'binary_expression') return concatLeaves(n).map((l) => sqlText(l, ctx, depth - 1)).join(' ')
  if (n.kind() === 'interpolated_string_expression') return n.namedChildren().filter((c) => c.kind() === 'string_content').map((c) => c.text()).join(' ')
  if (isCall(n)) {
    const a = args(n)
    const recv = receiver(n)
    if (/^(?:format|Format)$/.test(callName(n)) && a[0]) return sqlText(a[0], ctx, depth - 1)
    if (recv) return sqlText(recv, ctx, depth - 1)
  }
  return ''
}

export const SQL_WORDS = /^\s*(?:select|insert|update|delete|merge|replace|create|drop|alter|truncate|with|call|exec|execute|grant|revoke|pragma|upsert)\b|\b(?:from|where|values|order\s+by|group\s+by|set|into|join|limit)\b/i

/** An allow-list check of one of the names in `expr` before `sink` (if/throw, or a guarded ternary). */
export function allowListed(sink: SgNode, expr: SgNode, ctx: RuleContext): boolean {
  const names = relatedNames(expr, ctx)
  if (names.size === 0) return false
  const mentions = (cond: string): boolean => [...names].some((n) => new RegExp(`\\b${escapeStringRegexp(n)}\\b`).test(cond))
  const test = (cond: string): boolean => /\b(?:contains|Contains|containsKey|ContainsKey|equals|Equals|equalsIgnoreCase|matches|IsMatch|isAllowed\w*|IsAllowed\w*|isValid\w*|IsValid\w*)\s*\(/.test(cond) && mentions(cond)
  return checkedBefore(sink, ctx, test)
}

/**
 * crypto.random: the security-named place a generated value flows to, looking from the
 * generator call outward to its statement, or the security-named function it sits in.
 */
export function securityUse(call: SgNode, ctx: RuleContext): string | undefined {
  let cur: SgNode | null = call
  for (let i = 0; i < 12 && cur; i++) {
    const p: SgNode | null = cur.parent()
    if (!p) break
    const k = p.kind()
    if (k === 'variable_declarator') {
      const name = declaredName(p)
      if (isSecurityName(name)) return name
      break
    }
    if (k === 'assignment_expression') {
      const left = p.field('left')
      const name = left?.text().split(/[.>]/).at(-1)?.replace(/\[.*$/, '')
      if (left && left.id() !== cur.id() && isSecurityName(name)) return name
      break
    }
    if (k === 'return_statement' || k === 'arrow_expression_clause') break
    if ((k === 'argument_list' || k === 'argument') && p.parent() && isCall(p.parent()!.kind() === 'argument_list' ? p.parent()!.parent()! : p.parent()!)) {
      const callNode = k === 'argument' ? p.parent()!.parent()! : p.parent()!
      const callee = callName(callNode)
      if (/^(?:set|with|put|Add|add|Set|setAttribute|setProperty|addHeader|setHeader|addCookie|put)\w*$/.test(callee) && isSecurityName(callee.replace(/^(?:set|with|put|add|Add|Set)/, ''))) return callee
      const first = args(callNode)[0]
      if (first && first.id() !== cur.id() && /^(?:put|setAttribute|setProperty|Add|add|Set|Append|append|setHeader|addHeader|AppendCookie)$/.test(callee)) {
        const key = literalText(first)
        if (key && isSecurityName(key)) return key
      }
    }
    if (k === 'expression_statement' || k === 'block' || k === 'local_variable_declaration' || k === 'local_declaration_statement') break
    cur = p
  }
  const fnName = enclosingFunctionName(call, ctx)
  if (isSecurityName(fnName)) return fnName
  return undefined
}

/** Connection strings and URLs that embed a password (`Password=…;`, `user:pass@host`). */
export function embeddedPassword(value: string): boolean {
  const kv = /(?:^|[;?&\s])\s*(?:password|pwd|passwd)\s*=\s*([^;&'"\s]{4,})/i.exec(value)
  if (kv && !/^[{$<%*]|^x+$|changeme|your|placeholder|example|dummy/i.test(kv[1]!)) return true
  const url = /[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:([^/\s@]{4,})@/i.exec(value)
  if (url && !/^[{$<%*]|^x+$|changeme|your|placeholder|example|dummy|password/i.test(url[1]!)) return true
  return false
}

/** Positional credential parameters of well-known APIs: callee pattern → argument indexes (-1: any). */
const CREDENTIAL_PARAMS: Array<[RegExp, number[]]> = [
  [/(?:^|\.)DriverManager\.getConnection$/, [2]],
  [/^(?:new)?(?:PasswordAuthentication|UsernamePasswordCredentials|UsernamePasswordAuthenticationToken|NetworkCredential|BasicAuthenticationHeaderValue)$/, [1]],
  [/^(?:new)?(?:BasicAWSCredentials|BasicSessionCredentials)$|^AwsBasicCredentials\.create$|^(?:new)?(?:StaticCredentialsProvider)$/, [1]],
  [/(?:^|\.)(?:Algorithm\.HMAC256|Algorithm\.HMAC384|Algorithm\.HMAC512|Keys\.hmacShaKeyFor|setSigningKey|signWith|withSecret|hmacShaKeyFor)$/, [-1]],
  [/^(?:new)?(?:SecretKeySpec|SymmetricSecurityKey|HMACSHA256|HMACSHA512|HMACSHA1|HMACSHA384)$/, [0]],
  [/(?:^|\.)(?:Credentials\.basic|setBasicAuth|basicAuth|basicAuthentication|withBasicAuth|SetBasicAuthentication|authenticate|login|connect)$/, [1]],
]

/**
 * crypto.secrets: where a string literal is stored, if that place names a credential:
 * a variable, field, property, map key, setter, annotation element or known password parameter.
 */
export function credentialSlot(lit: SgNode, ctx: RuleContext): string | undefined {
  let cur = lit
  // "secret".toCharArray(), "secret".getBytes(UTF_8), Encoding.UTF8.GetBytes("secret")
  for (let i = 0; i < 4; i++) {
    const p = cur.parent()
    if (!p) return undefined
    if (p.kind() === 'parenthesized_expression') {
      cur = p
      continue
    }
    if (isCall(p) && receiver(p)?.id() === cur.id() && /^(?:toCharArray|getBytes|trim|ToCharArray|Trim)$/.test(callName(p))) {
      cur = p
      continue
    }
    const argList = p.kind() === 'argument' ? p.parent() : p
    const call = argList?.kind() === 'argument_list' ? argList.parent() : null
    if (call && isCall(call) && /^(?:GetBytes|getBytes|decode|Decode|FromBase64String|toCharArray|encode|Encode|hashpw|hashPassword|HashPassword|hash|Hash)$/.test(callName(call)) && args(call).length <= 2) {
      cur = call
      continue
    }
    break
  }
  const p = cur.parent()
  if (!p) return undefined
  const k = p.kind()
  if (k === 'variable_declarator') {
    const name = declaredName(p)
    return isSecretName(name) ? name : undefined
  }
  if (k === 'assignment_expression' && p.field('right')?.id() === cur.id()) {
    const left = p.field('left')
    if (!left) return undefined
    let name = left.text().split(/[.>]/).at(-1)
    if (left.kind() === 'element_access_expression' || left.kind() === 'array_access') {
      const key = left.findAll({ rule: { kind: 'string_literal' } })[0]
      name = key ? literalText(key) : undefined
    }
    return isSecretName(name) ? name : undefined
  }
  if (k === 'element_value_pair') {
    const key = p.field('key')?.text()
    return isSecretName(key) ? key : undefined
  }
  if (k === 'property_declaration' || k === 'arrow_expression_clause') {
    const prop = k === 'property_declaration' ? p : p.parent()
    const name = prop?.field('name')?.text()
    return isSecretName(name) ? name : undefined
  }
  if (k === 'return_statement') {
    const name = enclosingFunctionName(p, ctx)
    return isSecretName(name) ? name : undefined
  }
  if (k === 'anonymous_object_member_declarator' || k === 'name_equals') {
    const name = p.namedChildren()[0]?.text()
    return isSecretName(name) ? name : undefined
  }
  // Arguments: setters, map keys, known credential parameters.
  const wrapper = k === 'argument' ? p : cur
  const list = wrapper.parent()
  if (list?.kind() !== 'argument_list') {
    // C# collection initializer { "Password", "…" } and dictionary { ["ApiKey"] = "…" }
    if (k === 'initializer_expression') {
      const items = p.namedChildren()
      const i = items.findIndex((c) => c.id() === cur.id())
      const key = i > 0 ? literalText(items[i - 1]!) : undefined
      return i % 2 === 1 && isSecretName(key) ? key : undefined
    }
    return undefined
  }
  const call = list.parent()
  if (!call || !isCall(call)) return undefined
  const named = argumentName(cur)
  if (named && isSecretName(named)) return named
  const all = args(call)
  const index = all.findIndex((a) => a.id() === cur.id() || a.id() === unwrap(cur).id())
  const name = callName(call)
  const stripped = name.replace(/^(?:set|with|Set|With|put|Put|add|Add|use|Use)(?=[A-Z_])/, '')
  if (index === all.length - 1 && stripped !== name && isSecretName(stripped)) return name
  if (index === 0 && all.length === 1 && /^(?:password|apiKey|secret|token|accessToken|clientSecret|credentials|auth|bearerAuth|basicAuth|privateKey|secretKey|apiSecret)$/.test(name)) return name
  if (index > 0) {
    const key = literalText(all[index - 1]!)
    if (key !== undefined && /^(?:put|Add|add|setProperty|set|Set|of|entry|header|Header|addHeader|AddHeader|setHeader|SetHeader|TryAdd|put\w*|with|param|queryParam|formParam|AddParameter|AddQueryParameter|AddHeader)$/.test(name) && isSecretName(key)) return key
  }
  const callee = `${call.kind() === 'object_creation_expression' ? 'new' : ''}${ctx.flow.calleeText(call)}`
  for (const [re, indexes] of CREDENTIAL_PARAMS) {
    if (!re.test(callee) && !re.test(callee.replace(/^new/, '')) && !re.test(`new${name}`) && !re.test(name)) continue
    if (indexes.includes(-1) || indexes.includes(index)) return `${name} argument`
  }
  return undefined
}

/**
 * resource.limits: is the size `size` at `sink` external input with no cap: no `min(…)` in it or
 * in a definition it uses, and no dominating upper-bound check?
 */
export function uncappedSize(sink: SgNode, size: SgNode, ctx: RuleContext): boolean {
  if (!externalInput(size, ctx)) return false
  const CAP = /\b(?:Math\.min|Math\.clamp|Math\.Min|Math\.Clamp|min|Min|clamp|Clamp|coerceAtMost)\s*\(/
  if (CAP.test(size.text())) return false
  const ids = [...new Set(ctx.flow.identifiers(size))]
  for (const idNode of size.kind() === 'identifier' ? [size] : size.findAll({ rule: { kind: 'identifier' } })) {
    for (const def of allDefinitionsOf(idNode, ctx)) if (CAP.test(def.text())) return false
  }
  if (ctx.flow.isGuarded(sink, ids)) return false
  const mentions = (cond: string): boolean => ids.some((n) => new RegExp(`\\b${escapeStringRegexp(n)}\\b`).test(cond))
  // `if (n > MAX || n < 0) throw …` written with the name on the right, or a range check.
  return !checkedBefore(sink, ctx, (cond) => mentions(cond) && /[<>]=?|\bisValid|\bIsValid|inRange|InRange/.test(cond) && /\b(?:MAX|Max|max|LIMIT|Limit|limit|\d{2,})/.test(cond))
}

const MINIMAL_API = /\.Map(?:Get|Post|Put|Delete|Patch|Methods)?$/

/** C# minimal APIs: `app.MapGet("/x", (string name) => …)` binds lambda parameters from the request. */
function minimalApiParameter(id: SgNode, ctx: RuleContext): boolean {
  const name = id.text()
  let cur = id.parent()
  while (cur) {
    if (cur.kind() === 'lambda_expression' || cur.kind() === 'local_function_statement') {
      const params = cur.findAll({ rule: { kind: 'parameter' } }).filter((p) => p.parent()?.parent()?.id() === cur!.id() || p.parent()?.id() === cur!.id())
      if (params.some((p) => p.field('name')?.text() === name) || cur.field('parameter')?.text() === name) {
        if (/\[\s*FromServices\b/.test(params.find((p) => p.field('name')?.text() === name)?.text() ?? '')) return false
        const list = cur.parent()?.kind() === 'argument' ? cur.parent()?.parent() : null
        const call = list?.kind() === 'argument_list' ? list.parent() : null
        return !!call && call.kind() === 'invocation_expression' && MINIMAL_API.test(ctx.flow.calleeText(call))
      }
    }
    cur = cur.parent()
  }
  return false
}

/** C# `foreach (var x in xs)`: the collection `x` comes from (the shared engine does not follow it). */
function foreachCollection(id: SgNode): SgNode | undefined {
  const name = id.text()
  let cur = id.parent()
  while (cur) {
    if (cur.kind() === 'foreach_statement' && cur.field('left')?.text() === name) {
      const body = cur.field('body')
      return body && contains(body, id) ? (cur.field('right') ?? undefined) : undefined
    }
    cur = cur.parent()
  }
  return undefined
}

/**
 * External input, including what the shared source table cannot see in C#: minimal-API handler
 * parameters and foreach variables over external collections.
 */
export function externalInput(node: SgNode, ctx: RuleContext, sanitizers?: RegExp): boolean {
  if (ctx.flow.isExternal(node, { sanitizers, numericSanitizes: false })) return true
  if (ctx.language !== 'csharp') return false
  const minimal = /Map(?:Get|Post|Put|Delete|Patch|Methods)?\s*\(/.test(ctx.source)
  const loops = /\bforeach\s*\(/.test(ctx.source)
  if (!minimal && !loops) return false
  if (ctx.flow.isConstant(node, { sanitizers, numericSanitizes: false })) return false
  const viaLoopOrLambda = (id: SgNode): boolean => {
    if (minimal && minimalApiParameter(id, ctx)) return true
    const coll = loops ? foreachCollection(id) : undefined
    return coll !== undefined && ctx.flow.isExternal(coll, { numericSanitizes: false })
  }
  const ids = node.kind() === 'identifier' ? [node] : node.findAll({ rule: { kind: 'identifier' } })
  for (const id of ids) {
    if (viaLoopOrLambda(id)) return true
    const def = definitionOf(id, ctx)
    if (def) for (const inner of def.kind() === 'identifier' ? [def] : def.findAll({ rule: { kind: 'identifier' } })) if (viaLoopOrLambda(inner)) return true
  }
  return false
}

/**
 * Prefilter words for a name that is also part of common words (`main` of `domain`, `ST` of `TEST`)
 * where it is declared or called: the name followed by `(`, `<` or white space. After a space only
 * `(`, `<` or more white space can follow, so prose does not count. (A comment between the name
 * and its parenthesis is not looked for.)
 */
export function callWords(names: readonly string[]): string[] {
  return ['(', '<', ' (', ' <', '  ', ' \t', ' \n', ' \r', '\t', '\n', '\r'].flatMap((next) => names.map((n) => n + next))
}

/**
 * Words one of which a Java file contains when `externalInput` can find external input in it (a
 * rule's `requires`): the methods of SOURCES.java, with `read…` and `next…` only as members
 * (`.read`, `.next`: `read` is part of `Thread`, `next` of most files), `Files.*`, `System.in` (also
 * broken before its dot), the handler and parameter annotations, and `main`'s parameters. A line
 * break or comment between a `.` and the member name after it is not looked for.
 */
export const JAVA_INPUT_WORDS: readonly string[] = [
  'getParameter', 'getHeader', 'getQueryString', 'getCookies', 'getInputStream', 'getReader', 'getPathInfo', 'getRequestUR', 'getRemoteUser', 'getPart',
  'getRequestBody', 'getOriginalFilename', 'getSubmittedFileName', 'getServletPath', 'getRequestHeaders', 'getRemoteAddr', 'Files', '.read', '.next',
  'System.in', 'System ', 'System\t', 'System\n', 'System\r',
  // SOURCES.java.handler
  'Mapping', '@GET', '@POST', '@PUT', '@DELETE', '@PATCH',
  // SOURCES.java.externalParam (`@Request` for @RequestParam, @RequestBody, …; `@Rest` for @RestQuery, …)
  '@Request', '@PathVariable', '@CookieValue', '@QueryParam', '@PathParam', '@FormParam', '@MatrixVariable', '@ModelAttribute', '@QueryValue', '@Body', '@Header', '@Rest', '@BeanParam',
  ...callWords(['main']),
]

/**
 * Words one of which a C# file contains when `externalInput` can find external input in it: the
 * sources of SOURCES.csharp (`Request.…`, `req.…`, `args`, `Console.…`, `Environment.CommandLine`,
 * the `Read…` methods and out-parameters), the handler attributes and action result types, the
 * `[From…]`/`[HttpTrigger]` parameters, `Main`'s parameters and minimal-API `Map…` lambdas.
 */
export const CSHARP_INPUT_WORDS: readonly string[] = [
  'Request', 'req', 'args', 'Read', 'Console', 'CommandLine', 'GetQuery',
  // SOURCES.csharp.handler and .externalParam (`Http` for [HttpGet], [HttpTrigger], …; `Route` for [FromRoute])
  'Http', 'Route', 'ActionResult', 'IResult', 'ContentResult', 'JsonResult', 'ViewResult', 'FileResult', 'RedirectResult', 'FromQuery', 'FromBody', 'FromForm', 'FromHeader',
  'Main', ...callWords(['main']),
  'Map',
]

const STATEMENTS = /^(?:expression_statement|local_variable_declaration|local_declaration_statement|return_statement|field_declaration|property_declaration|throw_statement|yield_statement|if_statement|arrow_expression_clause)$/

/** The statement (or member declaration) a node belongs to; several hits in one statement report once. */
export function statementOf(node: SgNode): SgNode {
  let cur: SgNode | null = node
  while (cur) {
    if (STATEMENTS.test(String(cur.kind()))) {
      if (cur.kind() === 'if_statement') return cur.field('condition') ?? cur
      return cur
    }
    if (cur.kind() === 'block' || cur.kind() === 'class_body' || cur.kind() === 'declaration_list') break
    cur = cur.parent()
  }
  return node
}

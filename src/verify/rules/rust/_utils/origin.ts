/**
 * Refined origin checks for Rust and Go, layered on the engine's data flow.
 *
 * Works around two engine limitations (src/verify/engine/dataflow.ts):
 * 1. `classifyCall` + `receiverOf` take the qualifier of a path-qualified call as a receiver value,
 *    so the package in Go `fmt.Sprintf("%s", "a")` / `strings.ToLower("x")` and the type in Rust
 *    `Path::new("/x")` resolve as unknown names and make every such value non-constant.
 * 2. `classifyTokenTree` reads Rust macro arguments token by token, so a sanitizer call inside
 *    `format!("…{}", html_escape::encode_text(&x))` is not seen and `x` counts as raw input.
 * The engine's answer is taken wherever it says "constant"; otherwise the expression is re-read
 * here, delegating to the engine at the leaves (names without local definitions, members, sources).
 */
import type { SgNode } from '@ast-grep/napi'
import type { AnalyzeOptions, Origin } from '../../../engine/dataflow.js'
import { FORMAT_MACROS, PROPAGATING_CALLEES, SOURCES } from '../../../engine/flow-sources.js'
import type { RuleContext } from '../../../engine/rule.js'
import { goImports } from '../../go/_utils/go.js'
import { definitionsOf } from './shared.js'

const MAX_DEPTH = 10
const CONST: Origin = { external: false, parameter: false, unknown: false }
const UNKNOWN: Origin = { external: false, parameter: false, unknown: true }
const ENV_READ = /^(?:std::)?env::(?:var|var_os|vars|vars_os)$|^os\.(?:Getenv|LookupEnv|Environ|ExpandEnv)$/
const PLUMBING = /^(?:map_err|ok|ok_or|ok_or_else|context|with_context|unwrap_or_default|unwrap_or_else|unwrap_or|into_inner|as_deref|as_deref_mut|into_owned|cloned|copied|as_path|to_path_buf|to_vec|borrow|as_slice|iter|into_iter|lock|read|write|get_ref)$/
const CTORS = /^(?:\[\]byte|\[\]rune|string|String::from|str::to_string|PathBuf::from|Path::new|OsStr::new|OsString::from|Some|Ok|Box::new|Cow::from|Cow::Borrowed|Cow::Owned|Arc::new|Rc::new)$/
/** Calls that write external input into an argument: `read_line(&mut s)`, `Scan(&x)`, `Decode(&v)`. */
const OUT_PARAM_TEXT = (name: string): RegExp =>
  new RegExp(`\\.(?:read_line|read_to_string|read_to_end|read|read_exact|Scan|Scanln|Decode|ShouldBind\\w*|Bind\\w*|BodyParser)\\s*\\(\\s*(?:&mut\\s+|&)?${name}\\b|(?:Unmarshal|Sscanf?|Fscanf?|Scanf?)\\s*\\([^;\\n]*&${name}\\b`)

function join(a: Origin, b: Origin): Origin {
  return { external: a.external || b.external, parameter: a.parameter || b.parameter, unknown: a.unknown || b.unknown }
}

function isPackageName(name: string, ctx: RuleContext): boolean {
  return ctx.language === 'go' && goImports(ctx).has(name)
}

/** Per file, keyed by its tree (`ctx.root`), which every context of one scan shares. */
const originCache = new WeakMap<SgNode, Map<string, Origin>>()

function optsKey(opts: AnalyzeOptions): string {
  return `${opts.sanitizers?.source ?? ''}|${opts.numericSanitizes ? 1 : 0}`
}

/** The engine's origin, memoised per file, node and options. */
function engineOrigin(node: SgNode, ctx: RuleContext, opts: AnalyzeOptions): Origin {
  let cache = originCache.get(ctx.root)
  if (!cache) originCache.set(ctx.root, (cache = new Map()))
  const key = `${node.id()}:${optsKey(opts)}`
  let o = cache.get(key)
  if (!o) cache.set(key, (o = ctx.flow.origin(node, opts)))
  return o
}

const refinedCache = new WeakMap<SgNode, Map<string, Origin>>()

/** Origin of `node`, refined as described above. */
export function refinedOrigin(node: SgNode, ctx: RuleContext, opts: AnalyzeOptions): Origin {
  let cache = refinedCache.get(ctx.root)
  if (!cache) refinedCache.set(ctx.root, (cache = new Map()))
  const key = `${node.id()}:${optsKey(opts)}`
  const hit = cache.get(key)
  if (hit) return hit
  const out = refine(node, ctx, opts, 0, new Set())
  cache.set(key, out)
  return out
}

function refine(node: SgNode, ctx: RuleContext, opts: AnalyzeOptions, depth: number, seen: Set<number>): Origin {
  if (depth > MAX_DEPTH) return engineOrigin(node, ctx, opts)
  if (seen.has(node.id())) return CONST
  seen.add(node.id())
  const rec = (n: SgNode): Origin => refine(n, ctx, opts, depth + 1, seen)
  const kind = node.kind()
  if (STRING_LIKE.has(String(kind)) && kind !== 'interpreted_string_literal') return engineOrigin(node, ctx, opts)
  switch (kind) {
    case 'interpreted_string_literal':
    case 'raw_string_literal':
    case 'string_literal':
    case 'int_literal':
    case 'integer_literal':
    case 'float_literal':
    case 'boolean_literal':
    case 'true':
    case 'false':
    case 'nil':
      return CONST
    case 'reference_expression':
    case 'parenthesized_expression':
    case 'unary_expression':
    case 'try_expression':
    case 'await_expression': {
      const inner = node.namedChildren().filter((c) => c.kind() !== 'mutable_specifier').at(-1)
      return inner ? rec(inner) : CONST
    }
    case 'identifier': {
      if (isPackageName(node.text(), ctx)) return CONST
      const parent = node.parent()
      if (parent?.kind() === 'scoped_identifier' && parent.field('path')?.id() === node.id()) return CONST
      const defs = definitionsOf(node.text(), node, ctx)
      if (defs.length === 0) {
        const bound = patternSource(node, ctx)
        return bound ? rec(bound) : engineOrigin(node, ctx, opts)
      }
      let out = CONST
      for (const d of defs) out = join(out, rec(d.value))
      if (!out.external && OUT_PARAM_TEXT(node.text()).test(ctx.source.slice(0, node.range().start.index)) && engineOrigin(node, ctx, opts).external) out = join(out, { ...CONST, external: true })
      return out
    }
    case 'selector_expression':
    case 'field_expression': {
      // Members are read from their base; the engine's member tracking walks the whole file,
      // which is too slow to trigger from every rule.
      const text = node.text().replace(/\s+/g, '')
      if (SOURCES[ctx.language].external.test(text)) return { ...CONST, external: true }
      const base = node.field('operand') ?? node.field('value')
      if (kind === 'selector_expression' && base?.kind() === 'identifier' && isPackageName(base.text(), ctx)) return CONST
      if (/^[A-Z][A-Z0-9_]*$/.test(text.split(/\.|::/).at(-1) ?? '')) return CONST
      return base ? rec(base) : UNKNOWN
    }
    case 'index_expression': {
      const base = node.field('operand') ?? node.namedChildren()[0]
      if (base && SOURCES[ctx.language].external.test(base.text().replace(/\s+/g, ''))) return { ...CONST, external: true }
      return base ? rec(base) : UNKNOWN
    }
    case 'scoped_identifier': {
      const e = engineOrigin(node, ctx, opts)
      return e.external ? e : CONST
    }
    case 'call_expression':
      return refinedCall(node, ctx, opts, rec)
    case 'macro_invocation':
      return refinedMacro(node, ctx, opts, rec)
    case 'binary_expression':
    case 'expression_list':
    case 'type_conversion_expression':
    case 'array_expression':
    case 'tuple_expression':
    case 'composite_literal':
    case 'literal_value':
    case 'keyed_element':
    case 'literal_element':
    case 'slice_expression': {
      let out = CONST
      for (const c of node.namedChildren()) if (c.kind() !== 'comment' && !/type/.test(String(c.kind()))) out = join(out, rec(c))
      return out
    }
    case 'match_expression': {
      const arms = node.field('body')?.namedChildren().filter((a) => a.kind() === 'match_arm') ?? []
      let out = CONST
      let allConstant = true
      for (const a of arms) {
        const v = a.field('value')
        if (!v || v.kind() === 'return_expression' || v.kind() === 'macro_invocation' && /^(?:panic|unreachable|todo|bail)!/.test(v.text())) continue
        const o = rec(v)
        if (o.external || o.parameter || o.unknown) allConstant = false
        out = join(out, o)
      }
      if (allConstant) return CONST
      const scrutinee = node.field('value')
      return scrutinee ? join(out, rec(scrutinee)) : out
    }
    case 'if_expression': {
      let out = CONST
      for (const f of ['consequence', 'alternative']) {
        const b = node.field(f)
        if (b) out = join(out, rec(b))
      }
      return out
    }
    case 'else_clause':
    case 'block': {
      const last = node.namedChildren().filter((c) => c.kind() !== 'comment').at(-1)
      if (!last || last.kind() === 'expression_statement' || last.kind() === 'let_declaration') return CONST
      return rec(last)
    }
    case 'closure_expression':
    case 'func_literal':
      return CONST
    case 'type_cast_expression':
      if (opts.numericSanitizes) return CONST
      return node.field('value') ? rec(node.field('value')!) : CONST
    case 'self':
      return UNKNOWN
    case 'shorthand_field_identifier':
    case 'field_identifier': {
      const defs = definitionsOf(node.text(), node, ctx)
      return defs.length ? defs.map((d) => rec(d.value)).reduce(join, CONST) : engineOrigin(node, ctx, opts)
    }
    default: {
      let out = CONST
      for (const c of node.namedChildren()) {
        const k = String(c.kind())
        if (k === 'comment' || /type|^primitive|lifetime|mutable_specifier|attribute/.test(k)) continue
        out = join(out, rec(c))
      }
      return out
    }
  }
}

const STRING_LIKE = new Set(['char_literal', 'rune_literal'])

function refinedCall(node: SgNode, ctx: RuleContext, opts: AnalyzeOptions, rec: (n: SgNode) => Origin): Origin {
  const callee = ctx.flow.calleeText(node)
  const sources = SOURCES[ctx.language]
  // docs/semantics.md lists no environment variables among external input: an env value is
  // configuration, so it is unknown (non-constant) rather than attacker-controlled.
  if (ENV_READ.test(callee)) return UNKNOWN
  if (sources.external.test(callee)) return { ...CONST, external: true }
  if (opts.sanitizers?.test(callee)) return CONST
  if (opts.numericSanitizes && sources.numeric.test(callee)) return CONST
  const fn = node.field('function')
  const args = ctx.flow.callArguments(node)
  let recv: SgNode | null = null
  if (fn?.kind() === 'selector_expression') {
    const operand = fn.field('operand')
    if (!(operand?.kind() === 'identifier' && isPackageName(operand.text(), ctx))) recv = operand
  } else if (fn?.kind() === 'field_expression') recv = fn.field('value')
  if (recv && sources.external.test(recv.text().replace(/\s+/g, ''))) return { ...CONST, external: true }
  // Result/Option plumbing passes the receiver's value through; its arguments are error handlers.
  const method = callee.split(/\.|::/).at(-1) ?? ''
  if (recv && PLUMBING.test(method)) return rec(recv)
  let out = PROPAGATING_CALLEES.test(callee) || CTORS.test(callee) ? CONST : UNKNOWN
  for (const a of args) out = join(out, rec(a))
  if (recv) out = join(out, rec(recv))
  return out
}

/**
 * The value a pattern-bound name comes from: `if let Some(x) = v`, `while let`, a `match` arm,
 * `for x in v`, or a closure parameter of `v.map(|x| …)`. The engine does not track these.
 */
function patternSource(id: SgNode, ctx: RuleContext): SgNode | undefined {
  if (ctx.language !== 'rust') return undefined
  const name = id.text()
  const binds = (pattern: SgNode | null): boolean =>
    pattern !== null && (pattern.text() === name || pattern.find({ rule: { kind: 'identifier', regex: `^${name}$` } }) !== null)
  let cur: SgNode | null = id
  let child: SgNode = id
  while ((cur = cur.parent())) {
    const kind = cur.kind()
    if (kind === 'function_item') return undefined
    if (kind === 'if_expression' || kind === 'while_expression') {
      const cond = cur.field('condition')
      const lets = cond?.kind() === 'let_condition' ? [cond] : (cond?.findAll({ rule: { kind: 'let_condition' } }) ?? [])
      for (const l of lets) if (l.id() !== child.id() && binds(l.field('pattern'))) return l.field('value') ?? undefined
    } else if (kind === 'match_arm') {
      if (binds(cur.field('pattern'))) {
        const match = cur.parent()?.parent()
        return match?.kind() === 'match_expression' ? (match.field('value') ?? undefined) : undefined
      }
    } else if (kind === 'for_expression') {
      if (cur.field('value')?.id() !== child.id() && binds(cur.field('pattern'))) return cur.field('value') ?? undefined
    } else if (kind === 'closure_expression') {
      if (binds(cur.field('parameters'))) {
        const call = cur.parent()?.parent()
        const fn = call?.kind() === 'call_expression' ? call.field('function') : null
        return fn?.kind() === 'field_expression' ? (fn.field('value') ?? undefined) : undefined
      }
    }
    child = cur
  }
  return undefined
}

/** Top-level comma-separated argument groups of a macro's token tree. */
function macroGroups(tree: SgNode): SgNode[][] {
  const groups: SgNode[][] = [[]]
  for (const c of tree.children()) {
    const t = c.text()
    if (!c.isNamed() && (t === '(' || t === ')' || t === '[' || t === ']' || t === '{' || t === '}') && c.parent()?.id() === tree.id()) continue
    if (!c.isNamed() && (t === ',' || t === ';')) {
      groups.push([])
      continue
    }
    groups.at(-1)!.push(c)
  }
  return groups.filter((g) => g.length > 0)
}

function refinedMacro(node: SgNode, ctx: RuleContext, opts: AnalyzeOptions, rec: (n: SgNode) => Origin): Origin {
  const name = (node.field('macro') ?? node.namedChildren()[0])?.text() ?? ''
  if (!FORMAT_MACROS.test(name)) return engineOrigin(node, ctx, opts)
  const tree = node.namedChildren().at(-1)
  if (!tree || tree.kind() !== 'token_tree') return CONST
  let out = CONST
  for (const group of macroGroups(tree)) {
    const text = group.map((g) => g.text()).join(' ')
    // `encode_text(&x)`, `html_escape::encode_text(x)`, `x.len()` as a whole argument
    const call = /^&?\s*((?:[A-Za-z_]\w*\s*(?:::|\.)\s*)*[A-Za-z_]\w*)\s*\(/.exec(text)
    if (call && opts.sanitizers?.test(call[1]!.replace(/\s+/g, ''))) continue
    if (call && opts.numericSanitizes && SOURCES[ctx.language].numeric.test(call[1]!.replace(/\s+/g, ''))) continue
    if (/^&?\s*[A-Za-z_]\w*\s*\.\s*len\s*\(\s*\)$/.test(text) && opts.numericSanitizes) continue
    for (const g of group) {
      if (g.kind() === 'string_literal' || g.kind() === 'raw_string_literal') {
        for (const m of g.text().matchAll(/\{([A-Za-z_]\w*)(?::[^}]*)?\}/g)) out = join(out, nameOrigin(m[1]!, node, ctx, rec))
      } else if (g.kind() === 'identifier') {
        const prev = g.prev()
        if (prev?.text() === '.' || prev?.text() === '::' || g.next()?.text() === '::' || g.next()?.text() === '!') continue
        out = join(out, rec(g))
      } else if (g.kind() === 'token_tree') {
        for (const id of g.findAll({ rule: { kind: 'identifier' } })) {
          const prev = id.prev()
          if (prev?.text() === '.' || prev?.text() === '::' || id.next()?.text() === '::' || id.next()?.text() === '(') continue
          out = join(out, rec(id))
        }
      }
    }
  }
  return out
}

/** Origin of a name captured in a format string (`{name}`): its definitions, or the parameter it is. */
function nameOrigin(name: string, at: SgNode, ctx: RuleContext, rec: (n: SgNode) => Origin): Origin {
  const defs = definitionsOf(name, at, ctx)
  if (defs.length) return defs.map((d) => rec(d.value)).reduce(join, CONST)
  let fn = ctx.flow.enclosingFunction(at)
  while (fn) {
    const id = fn.field('parameters')?.find({ rule: { kind: 'identifier', regex: `^${name}$` } })
    if (id) return engineOrigin(id, ctx, {})
    fn = ctx.flow.enclosingFunction(fn)
  }
  return UNKNOWN
}

/** Injection sinks: anything not constant (external input, a parameter, or an unknown value). */
export function isUntrusted(node: SgNode, ctx: RuleContext, options: AnalyzeOptions = {}): boolean {
  const o = refinedOrigin(node, ctx, { numericSanitizes: true, ...options })
  return o.external || o.parameter || o.unknown
}

/** Only constants (and values sanitized for this sink) reach `node`. */
export function isConstant(node: SgNode, ctx: RuleContext, options: AnalyzeOptions = {}): boolean {
  return !isUntrusted(node, ctx, { numericSanitizes: false, ...options })
}

/** Confinement and resource sinks: external input reaches `node`. */
export function isExternal(node: SgNode, ctx: RuleContext, options: AnalyzeOptions = {}): boolean {
  return refinedOrigin(node, ctx, { numericSanitizes: false, ...options }).external
}

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

/** Origin of `node`, refined as described above. */
export function refinedOrigin(node: SgNode, ctx: RuleContext, opts: AnalyzeOptions, depth = 0, seen = new Set<number>()): Origin {
  const engine = ctx.flow.origin(node, opts)
  if (!engine.external && !engine.parameter && !engine.unknown) return CONST
  if (depth > MAX_DEPTH || seen.has(node.id())) return engine
  seen.add(node.id())
  const rec = (n: SgNode): Origin => refinedOrigin(n, ctx, opts, depth + 1, seen)
  const kind = node.kind()
  switch (kind) {
    case 'reference_expression':
    case 'parenthesized_expression':
    case 'unary_expression':
    case 'try_expression':
    case 'await_expression': {
      const inner = node.namedChildren().filter((c) => c.kind() !== 'mutable_specifier').at(-1)
      return inner ? rec(inner) : engine
    }
    case 'identifier': {
      if (isPackageName(node.text(), ctx)) return CONST
      const parent = node.parent()
      if (parent?.kind() === 'scoped_identifier' && parent.field('path')?.id() === node.id()) return CONST
      const defs = definitionsOf(node.text(), node, ctx)
      if (defs.length === 0) return engine
      let out = CONST
      for (const d of defs) out = join(out, rec(d.value))
      if (engine.external && !out.external && OUT_PARAM_TEXT(node.text()).test(ctx.source.slice(0, node.range().start.index))) out = join(out, { ...CONST, external: true })
      return out
    }
    case 'selector_expression': {
      const operand = node.field('operand')
      if (operand?.kind() === 'identifier' && isPackageName(operand.text(), ctx)) return SOURCES.go.external.test(node.text()) ? engine : CONST
      return engine
    }
    case 'scoped_identifier':
      return engine.external ? engine : CONST
    case 'call_expression':
      return refinedCall(node, ctx, opts, engine, rec)
    case 'macro_invocation':
      return refinedMacro(node, ctx, opts, engine, rec)
    case 'binary_expression':
    case 'interpreted_string_literal':
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
      for (const c of node.namedChildren()) if (c.kind() !== 'comment') out = join(out, rec(c))
      return out
    }
    default:
      return engine
  }
}

function refinedCall(node: SgNode, ctx: RuleContext, opts: AnalyzeOptions, engine: Origin, rec: (n: SgNode) => Origin): Origin {
  const callee = ctx.flow.calleeText(node)
  if (SOURCES[ctx.language].external.test(callee)) return engine
  const fn = node.field('function')
  const args = ctx.flow.callArguments(node)
  let recv: SgNode | null = null
  if (fn?.kind() === 'selector_expression') {
    const operand = fn.field('operand')
    if (!(operand?.kind() === 'identifier' && isPackageName(operand.text(), ctx))) recv = operand
  } else if (fn?.kind() === 'field_expression') recv = fn.field('value')
  if (recv && SOURCES[ctx.language].external.test(recv.text().replace(/\s+/g, ''))) return engine
  let out = PROPAGATING_CALLEES.test(callee) || CTORS.test(callee) ? CONST : UNKNOWN
  for (const a of args) out = join(out, rec(a))
  if (recv) out = join(out, rec(recv))
  // never more than the engine says
  return { external: out.external && engine.external, parameter: out.parameter && engine.parameter, unknown: out.unknown && engine.unknown }
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

function refinedMacro(node: SgNode, ctx: RuleContext, opts: AnalyzeOptions, engine: Origin, rec: (n: SgNode) => Origin): Origin {
  const name = (node.field('macro') ?? node.namedChildren()[0])?.text() ?? ''
  if (!FORMAT_MACROS.test(name)) return engine
  const tree = node.namedChildren().at(-1)
  if (!tree || tree.kind() !== 'token_tree') return engine
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
  return { external: out.external && engine.external, parameter: out.parameter && engine.parameter, unknown: out.unknown && engine.unknown }
}

/** Origin of a name captured in a format string (`{name}`): its definitions, or the parameter it is. */
function nameOrigin(name: string, at: SgNode, ctx: RuleContext, rec: (n: SgNode) => Origin): Origin {
  const defs = definitionsOf(name, at, ctx)
  if (defs.length) return defs.map((d) => rec(d.value)).reduce(join, CONST)
  let fn = ctx.flow.enclosingFunction(at)
  while (fn) {
    const id = fn.field('parameters')?.find({ rule: { kind: 'identifier', regex: `^${name}$` } })
    if (id) return ctx.flow.origin(id)
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

/**
 * Shared helpers for the C and C++ rule packs: callee names, literals, format strings, array
 * declarations, straight-line paths and buffer writes (`snprintf(buf, …)`), which the engine's
 * data flow does not follow.
 */
import type { SgNode } from '@ast-grep/napi'
import type { AnalyzeOptions, Origin } from '../../../engine/dataflow.js'
import type { RuleContext } from '../../../engine/rule.js'

export const CONSTANT: Origin = Object.freeze({ external: false, parameter: false, unknown: false })
const UNKNOWN = (source: string): Origin => ({ external: false, parameter: false, unknown: true, source })

export function join(a: Origin, b: Origin): Origin {
  return {
    external: a.external || b.external,
    parameter: a.parameter || b.parameter,
    unknown: a.unknown || b.unknown,
    source: a.source ?? b.source,
  }
}

export function isConstantOrigin(o: Origin): boolean {
  return !o.external && !o.parameter && !o.unknown
}

export function escapeRe(s: string): string {
  return s.replace(/[$.*+?^()[\]{}|\\]/g, '\\$&')
}

/** ast-grep matcher for calls whose callee (optionally `std::`/`::`-qualified) matches `names`. */
export function callTo(names: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { kind: 'call_expression', has: { field: 'function', regex: `^(?:::)?(?:std::)?(?:${names})$` }, ...extra }
}

/** The callee's name without `std::` or a leading `::`. */
export function calleeName(call: SgNode): string {
  const fn = call.field('function')
  const text = (fn ?? call).text().replace(/\s+/g, '')
  return text.replace(/^::/, '').replace(/^std::/, '')
}

/** Method name of a call `obj.m(…)`, `obj->m(…)`, or the plain name. */
export function methodName(call: SgNode): string {
  const fn = call.field('function')
  if (!fn) return ''
  if (fn.kind() === 'field_expression') return fn.field('field')?.text() ?? ''
  if (fn.kind() === 'qualified_identifier') return fn.text().split('::').at(-1) ?? ''
  return fn.text()
}

export function callArgs(call: SgNode, ctx: RuleContext): SgNode[] {
  return ctx.flow.callArguments(call)
}

/** Strip parentheses and casts: `(char *)buf` → `buf`. */
export function unwrap(node: SgNode): SgNode {
  let cur = node
  for (;;) {
    const k = cur.kind()
    if (k === 'parenthesized_expression') {
      const inner = cur.namedChildren().find((c) => c.kind() !== 'comment')
      if (!inner) return cur
      cur = inner
    } else if (k === 'cast_expression') {
      const v = cur.field('value')
      if (!v) return cur
      cur = v
    } else return cur
  }
}

const STRING_LITERAL_KINDS = new Set(['string_literal', 'raw_string_literal', 'concatenated_string'])

export function isStringLiteral(node: SgNode): boolean {
  const n = unwrap(node)
  if (n.kind() === 'concatenated_string') return n.namedChildren().every((c) => STRING_LITERAL_KINDS.has(String(c.kind())))
  return STRING_LITERAL_KINDS.has(String(n.kind()))
}

/** The text of a string literal (escape sequences kept as written, prefixes dropped). */
export function literalValue(node: SgNode): string | undefined {
  const n = unwrap(node)
  const k = n.kind()
  if (k === 'concatenated_string') {
    const parts = n.namedChildren().map((c) => literalValue(c))
    return parts.some((p) => p === undefined) ? undefined : parts.join('')
  }
  if (k === 'string_literal') {
    return n
      .namedChildren()
      .filter((c) => c.kind() === 'string_content' || c.kind() === 'escape_sequence')
      .map((c) => c.text())
      .join('')
  }
  if (k === 'raw_string_literal') {
    const m = /^[A-Za-z0-9]*R"([^(]*)\(([\s\S]*)\)\1"$/.exec(n.text())
    return m ? m[2] : undefined
  }
  return undefined
}

/** One conversion of a printf- or scanf-style format. */
export interface Conversion {
  /** conversion letter(s): `s`, `d`, `[`, `q` */
  conv: string
  /** a width was given (`%10s`); `*` counts */
  width: boolean
  /** a precision was given (`%.10s`) */
  precision: boolean
  /** index of the value argument among the arguments after the format; -1 for `%%` or suppressed scanf */
  arg: number
}

/** Parses a printf (or scanf, `scan = true`) format string. */
export function parseFormat(fmt: string, scan = false): Conversion[] {
  const out: Conversion[] = []
  const re = /%(\d+\$)?([-+ #0']*)(\*|\d+)?(?:\.(\*|\d+))?(hh|h|ll|l|L|q|j|z|Z|t|I64|I32|I|w)?([diouxXeEfFgGaAcspnmSCqQwl%]|\[\^?\]?[^\]]*\])/g
  let next = 0
  for (const m of fmt.matchAll(re)) {
    const conv = m[6]!
    if (conv === '%') continue
    const suppressed = scan && m[2]?.includes('*')
    let width = m[3] !== undefined
    if (scan && m[3] === '*') width = false
    if (!scan && m[3] === '*') next++
    if (!scan && m[4] === '*') next++
    if (scan && /^\*/.test(fmt.slice((m.index ?? 0) + 1))) {
      out.push({ conv: conv.startsWith('[') ? '[' : conv, width: true, precision: false, arg: -1 })
      continue
    }
    out.push({ conv: conv.startsWith('[') ? '[' : conv, width, precision: m[4] !== undefined, arg: suppressed ? -1 : next++ })
  }
  return out
}

/** Values of `#define NAME <number>` and enum constants in the file. */
function defineValue(name: string, ctx: RuleContext): string | undefined {
  const def = ctx.root.find({ rule: { kind: 'preproc_def', has: { field: 'name', regex: `^${escapeRe(name)}$` } } })
  const v = def?.field('value')?.text().trim()
  return v
}

/** Integer value of a constant expression when it can be computed from the file. */
export function constInt(node: SgNode, ctx: RuleContext, depth = 0): number | undefined {
  if (depth > 6) return undefined
  const n = unwrap(node)
  const k = n.kind()
  const text = n.text().trim()
  if (k === 'number_literal') {
    const v = Number(text.replace(/[uUlLzZ]+$/, '').replace(/'/g, ''))
    return Number.isFinite(v) ? v : undefined
  }
  if (k === 'char_literal') return 1
  if (k === 'identifier') {
    const def = defineValue(text, ctx)
    if (def !== undefined) {
      const v = Number(def.replace(/^\(|\)$/g, '').replace(/[uUlL]+$/, ''))
      if (Number.isFinite(v)) return v
    }
    const decl = constDeclValue(text, n, ctx)
    if (decl) return constInt(decl, ctx, depth + 1)
    return undefined
  }
  if (k === 'sizeof_expression') {
    const target = n.field('value') ?? n.field('type') ?? n.namedChildren()[0]
    if (!target) return undefined
    const t = unwrap(target)
    if (t.kind() === 'identifier') {
      const arr = findArray(t.text(), n, ctx)
      if (arr?.size !== undefined && arr.elementSize !== undefined) return arr.size * arr.elementSize
    }
    const typeText = target.text().replace(/[()\s]/g, '')
    const sizes: Record<string, number> = { char: 1, 'unsignedchar': 1, 'signedchar': 1, uint8_t: 1, int8_t: 1, short: 2, int: 4, uint32_t: 4, int32_t: 4, long: 8, size_t: 8, uint64_t: 8, int64_t: 8, double: 8, float: 4 }
    return sizes[typeText]
  }
  if (k === 'binary_expression') {
    const l = n.field('left')
    const r = n.field('right')
    const op = n.field('operator')?.text() ?? n.children().find((c) => !c.isNamed())?.text()
    if (!l || !r) return undefined
    const a = constInt(l, ctx, depth + 1)
    const b = constInt(r, ctx, depth + 1)
    if (a === undefined || b === undefined) return undefined
    switch (op) {
      case '+':
        return a + b
      case '-':
        return a - b
      case '*':
        return a * b
      case '/':
        return b === 0 ? undefined : Math.floor(a / b)
      case '<<':
        return a * 2 ** b
      default:
        return undefined
    }
  }
  return undefined
}

/** `const int N = 64;` / `static const size_t LEN = 8;` at file or function level: the value node. */
function constDeclValue(name: string, use: SgNode, ctx: RuleContext): SgNode | undefined {
  const decls = ctx.root.findAll({ rule: { kind: 'init_declarator', has: { field: 'declarator', regex: `^${escapeRe(name)}$` } } })
  for (const d of decls) {
    const decl = d.parent()
    if (!decl || !/\bconst(?:expr)?\b/.test(decl.text().slice(0, d.range().start.index - decl.range().start.index))) continue
    if (d.range().start.index > use.range().start.index) continue
    const v = d.field('value')
    if (v) return v
  }
  return undefined
}

export interface ArrayInfo {
  decl: SgNode
  name: string
  /** the size expression between the brackets, null for `char a[] = "…"` */
  sizeNode: SgNode | null
  /** number of elements when it can be computed */
  size?: number
  /** bytes per element for char-like types */
  elementSize?: number
  /** `static`, or declared at file level */
  isStatic: boolean
  global: boolean
  /** element type text */
  type: string
}

const CHAR_TYPES = /^(?:(?:un)?signed\s+)?char$|^(?:u?int8_t|u_char|uchar|BYTE|CHAR|TCHAR|gchar|guchar|char8_t)$/

/** The declarator name at the bottom of `*p`, `buf[N]`, `&r`, `p = …`. */
export function declaratorName(decl: SgNode): SgNode | null {
  let cur: SgNode | null = decl
  while (cur && cur.kind() !== 'identifier' && cur.kind() !== 'field_identifier') {
    const next: SgNode | null = cur.field('declarator') ?? cur.namedChildren().find((c) => /declarator$|^identifier$|^field_identifier$/.test(String(c.kind()))) ?? null
    cur = next
  }
  return cur
}

/**
 * The fixed-size array named `name` visible at `at`: a local declaration of the enclosing function
 * before `at`, else a file-level one, else a struct field of that name (for `s->buf`). Parameters
 * (`char buf[]`) decay to pointers and are not arrays.
 */
export function findArray(name: string, at: SgNode, ctx: RuleContext): ArrayInfo | undefined {
  const fn = enclosingFunctionNode(at, ctx)
  const pick = (scope: SgNode, global: boolean): ArrayInfo | undefined => {
    let best: SgNode | undefined
    for (const d of arrayDeclarators(scope, ctx).get(name) ?? []) {
      if (!global && d.range().start.index > at.range().start.index) continue
      if (global && enclosingFunctionNode(d, ctx)) continue
      best = d
    }
    if (!best) return undefined
    return arrayInfo(best, name, global, ctx)
  }
  return (fn ? pick(fn, false) : undefined) ?? pick(ctx.root, true)
}

const ARRAY_CACHE = new WeakMap<RuleContext, Map<number, Map<string, SgNode[]>>>()

/** `T name[N]` declarators (not parameters, not arrays of pointers) under `scope`, by name; cached per scan. */
function arrayDeclarators(scope: SgNode, ctx: RuleContext): Map<string, SgNode[]> {
  let perScan = ARRAY_CACHE.get(ctx)
  if (!perScan) ARRAY_CACHE.set(ctx, (perScan = new Map()))
  const cached = perScan.get(scope.id())
  if (cached) return cached
  const out = new Map<string, SgNode[]>()
  for (const d of scope.findAll({ rule: { kind: 'array_declarator' } })) {
    const id = d.field('declarator')
    if (!id || id.kind() !== 'identifier') continue
    let p = d.parent()
    while (p && /declarator$/.test(String(p.kind())) && p.kind() !== 'init_declarator') p = p.parent()
    if (p?.kind() === 'init_declarator') p = p.parent()
    if (!p || p.kind() === 'parameter_declaration' || p.kind() === 'optional_parameter_declaration') continue
    const list = out.get(id.text())
    if (list) list.push(d)
    else out.set(id.text(), [d])
  }
  perScan.set(scope.id(), out)
  return out
}

/** The index expression of `a[i]` (C `index` field, C++ `subscript_argument_list`). */
export function subscriptIndex(sub: SgNode): SgNode | null {
  const direct = sub.field('index')
  if (direct) return direct
  const list = sub.children().find((c) => c.kind() === 'subscript_argument_list')
  return list?.namedChildren().find((c) => c.kind() !== 'comment') ?? null
}

function arrayInfo(d: SgNode, name: string, global: boolean, ctx: RuleContext): ArrayInfo {
  let decl: SgNode | null = d.parent()
  while (decl && decl.kind() !== 'declaration' && decl.kind() !== 'field_declaration') decl = decl.parent()
  const typeNode = decl?.field('type')
  const type = typeNode?.text().replace(/\s+/g, ' ') ?? ''
  const sizeNode = d.field('size') ?? null
  let size = sizeNode ? constInt(sizeNode, ctx) : undefined
  const init = d.parent()?.kind() === 'init_declarator' ? d.parent()!.field('value') : null
  if (!sizeNode && init) {
    const lit = literalValue(init)
    if (lit !== undefined) size = unescapedLength(lit) + 1
    else if (init.kind() === 'initializer_list') size = init.namedChildren().filter((c) => c.kind() !== 'comment').length
  }
  const isStatic = /\bstatic\b/.test(decl?.text().slice(0, (typeNode?.range().start.index ?? 0) - (decl?.range().start.index ?? 0)) ?? '')
  return {
    decl: decl ?? d,
    name,
    sizeNode,
    size,
    elementSize: CHAR_TYPES.test(type.replace(/^(?:const|volatile)\s+/, '')) ? 1 : undefined,
    isStatic,
    global: global || decl?.kind() === 'field_declaration',
    type,
  }
}

/** Length in bytes of the string a literal denotes (escapes count as one). */
export function unescapedLength(lit: string): number {
  return lit.replace(/\\(?:x[0-9a-fA-F]+|[0-7]{1,3}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, 'x').length
}

/** The fixed-size array a destination expression names: `buf`, `s.buf`, `s->buf`, `(char *)buf`. */
export function destinationArray(dst: SgNode, ctx: RuleContext): ArrayInfo | undefined {
  const n = unwrap(dst)
  if (n.kind() === 'identifier') return findArray(n.text(), n, ctx)
  if (n.kind() === 'field_expression') {
    const field = n.field('field')
    if (!field) return undefined
    const decl = ctx.root.find({ rule: { kind: 'array_declarator', inside: { kind: 'field_declaration', stopBy: 'end' }, has: { field: 'declarator', regex: `^${escapeRe(field.text())}$` } } })
    return decl ? arrayInfo(decl, n.text(), true, ctx) : undefined
  }
  return undefined
}

const FUNCTION_NODE_KINDS = new Set(['function_definition', 'lambda_expression'])

export function enclosingFunctionNode(node: SgNode, _ctx?: RuleContext): SgNode | null {
  let cur = node.parent()
  while (cur) {
    if (FUNCTION_NODE_KINDS.has(String(cur.kind()))) return cur
    cur = cur.parent()
  }
  return null
}

export function functionBody(node: SgNode): SgNode | null {
  const fn = enclosingFunctionNode(node)
  return fn?.field('body') ?? null
}

/** The name a function definition declares: `f` of `int *f(void) {…}`, `m` of `A::m`. */
export function functionName(fn: SgNode | null): string {
  if (!fn) return ''
  const d = fn.field('declarator')
  if (!d) return ''
  const name = declaratorName(d)
  if (name) return name.text()
  return d.text().split('(')[0]?.split('::').at(-1)?.replace(/[*&\s]/g, '') ?? ''
}

/** True when `outer` contains `inner` (or is it). */
export function contains(outer: SgNode, inner: SgNode): boolean {
  const o = outer.range()
  const i = inner.range()
  return o.start.index <= i.start.index && i.end.index <= o.end.index
}

/** Identifier nodes named `name` under `within`, in source order. */
export function identifierUses(name: string, within: SgNode): SgNode[] {
  return within.findAll({ rule: { kind: 'identifier', regex: `^${escapeRe(name)}$` } })
}

const BLOCKS = new Set(['compound_statement', 'case_statement', 'translation_unit', 'declaration_list'])
const LOOPS = new Set(['for_statement', 'while_statement', 'do_statement', 'for_range_loop'])
export const EXIT_CALL = /^(?:exit|_exit|_Exit|quick_exit|abort|longjmp|siglongjmp|err|errx|verr|verrx|pthread_exit|die|fatal|fatal_error|panic|usage|__builtin_unreachable|std::exit|std::abort|std::terminate|std::quick_exit|ExitProcess)$/

/** A statement that leaves the function (or the program) on every path. */
export function isExitStatement(stmt: SgNode): boolean {
  const k = stmt.kind()
  if (k === 'return_statement' || k === 'goto_statement' || k === 'throw_statement') return true
  if (k === 'expression_statement') {
    const e = stmt.namedChildren()[0]
    if (e && e.kind() === 'call_expression') return EXIT_CALL.test((e.field('function')?.text() ?? '').replace(/\s+/g, ''))
    if (e && e.kind() === 'throw_expression') return true
  }
  if (k === 'compound_statement') {
    const last = stmt.namedChildren().filter((c) => c.kind() !== 'comment').at(-1)
    return last ? isExitStatement(last) : false
  }
  return false
}

export interface PathStep {
  stmt: SgNode
}

/**
 * The statements that may run after the one holding `node`, along fall-through paths: the rest of
 * its block, then the rest of each enclosing block (an `else` branch is skipped when leaving its
 * `if`). Stops after a `return`/`goto`/`exit(…)`/`continue`; `break` resumes after its loop or
 * `switch`. `loops` receives each loop left through its body (for the back edge).
 */
export function pathAfter(node: SgNode, loops?: SgNode[], loopHeads = false): SgNode[] {
  const out: SgNode[] = []
  let cur: SgNode = node
  for (;;) {
    const p = cur.parent()
    if (!p || FUNCTION_NODE_KINDS.has(String(p.kind()))) return out
    if (BLOCKS.has(String(p.kind()))) {
      let jumped: SgNode | null = null
      for (const sib of cur.nextAll()) {
        if (!sib.isNamed() || sib.kind() === 'comment') continue
        if (p.kind() === 'case_statement' && sib.id() === p.field('value')?.id()) continue
        out.push(sib)
        if (isExitStatement(sib) || sib.kind() === 'continue_statement') return out
        if (sib.kind() === 'break_statement') {
          jumped = breakTarget(sib)
          break
        }
      }
      if (jumped) {
        cur = jumped
        continue
      }
    }
    if (LOOPS.has(String(p.kind()))) {
      loops?.push(p)
      if (loopHeads && p.field('body')?.id() === cur.id()) {
        const update = p.field('update')
        const cond = p.field('condition')
        if (update) out.push(update)
        if (cond) out.push(cond)
      }
    }
    cur = p
  }
}

function breakTarget(brk: SgNode): SgNode | null {
  let cur = brk.parent()
  while (cur && !FUNCTION_NODE_KINDS.has(String(cur.kind()))) {
    if (LOOPS.has(String(cur.kind())) || cur.kind() === 'switch_statement') return cur
    cur = cur.parent()
  }
  return null
}

/** The statement (child of a block) that holds `node`. */
export function statementOf(node: SgNode): SgNode {
  let cur = node
  for (;;) {
    const p = cur.parent()
    if (!p || BLOCKS.has(String(p.kind())) || FUNCTION_NODE_KINDS.has(String(p.kind()))) return cur
    if (/_statement$|^else_clause$/.test(String(p.kind())) && /_statement$|^declaration$/.test(String(cur.kind()))) return cur
    cur = p
  }
}

/** Value nodes assigned to `name` (declaration initialisers and `=`) in the function of `use`, before it. */
export function definitionsBefore(name: string, use: SgNode): SgNode[] {
  const scope = enclosingFunctionNode(use) ?? use.getRoot().root()
  const out: SgNode[] = []
  for (const id of identifierUses(name, scope)) {
    if (id.range().start.index >= use.range().start.index) break
    const value = assignedValue(id)
    if (value) out.push(value)
  }
  return out
}

/** If `id` is the target of `id = v` or of a declaration `T id = v`, the value `v`. */
export function assignedValue(id: SgNode): SgNode | null {
  let cur = id
  let p = cur.parent()
  while (p && (p.kind() === 'pointer_declarator' || p.kind() === 'reference_declarator' || p.kind() === 'array_declarator') && p.field('declarator')?.id() === cur.id()) {
    cur = p
    p = p.parent()
  }
  if (!p) return null
  if (p.kind() === 'init_declarator' && p.field('declarator')?.id() === cur.id()) return p.field('value')
  if (p.kind() === 'assignment_expression' && p.field('left')?.id() === cur.id()) return p.field('right')
  return null
}

/** True when `id` is the whole left side of a plain `=` assignment (not `+=`). */
export function isPlainAssignmentTarget(id: SgNode): boolean {
  const p = id.parent()
  if (!p || p.kind() !== 'assignment_expression' || p.field('left')?.id() !== id.id()) return false
  return (p.field('operator')?.text() ?? '=') === '='
}

/** Calls that write into their first argument, with the indexes of the arguments they copy in. */
const WRITERS: Record<string, { format?: number; sources?: number[] }> = {
  sprintf: { format: 1 },
  snprintf: { format: 2 },
  _snprintf: { format: 2 },
  swprintf: { format: 2 },
  vsprintf: { format: 1 },
  vsnprintf: { format: 2 },
  StringCchPrintfA: { format: 2 },
  StringCchPrintf: { format: 2 },
  strcpy: { sources: [1] },
  strncpy: { sources: [1] },
  strcat: { sources: [1] },
  strncat: { sources: [1] },
  stpcpy: { sources: [1] },
  strlcpy: { sources: [1] },
  strlcat: { sources: [1] },
  wcscpy: { sources: [1] },
  wcscat: { sources: [1] },
  wcsncpy: { sources: [1] },
  memcpy: { sources: [1] },
  memmove: { sources: [1] },
  strcpy_s: { sources: [2] },
  strcat_s: { sources: [2] },
  strncpy_s: { sources: [2] },
  sqlite3_snprintf: { format: 2 },
}

export interface BufferWrite {
  call: SgNode
  callee: string
  /** the format literal of sprintf-style writers */
  format?: SgNode
  /** data arguments copied in, each with its conversion when a format applies */
  data: Array<{ node: SgNode; conv?: string }>
}

/** The writes into buffer `name` (by `sprintf`, `strcpy`, `strcat`, …) in the function of `use`, before it. */
export function bufferWrites(name: string, use: SgNode, ctx: RuleContext): BufferWrite[] {
  const scope = enclosingFunctionNode(use)
  if (!scope) return []
  const out: BufferWrite[] = []
  for (const id of identifierUses(name, scope)) {
    if (id.range().start.index >= use.range().start.index) break
    const list = id.parent()
    if (list?.kind() !== 'argument_list' || list.namedChildren()[0]?.id() !== id.id()) continue
    const call = list.parent()
    if (!call || call.kind() !== 'call_expression') continue
    const callee = calleeName(call)
    const w = WRITERS[callee]
    if (!w) continue
    const args = ctx.flow.callArguments(call)
    if (w.format !== undefined) {
      const fmt = args[w.format]
      if (!fmt) continue
      const rest = args.slice(w.format + 1)
      const lit = literalValue(fmt)
      if (lit === undefined || callee.startsWith('v')) {
        out.push({ call, callee, format: fmt, data: [{ node: fmt }, ...rest.map((node) => ({ node }))] })
        continue
      }
      const convs = parseFormat(lit)
      const data: BufferWrite['data'] = []
      for (const c of convs) {
        const node = c.arg >= 0 ? rest[c.arg] : undefined
        if (node) data.push({ node, conv: c.conv })
      }
      out.push({ call, callee, format: fmt, data })
    } else {
      out.push({ call, callee, data: (w.sources ?? []).map((i) => args[i]).filter((n): n is SgNode => !!n).map((node) => ({ node })) })
    }
  }
  return out
}

/** `ss << a << b` on stream `name` before `use`: the operands written. */
export function streamWrites(name: string, use: SgNode): SgNode[] {
  const scope = enclosingFunctionNode(use)
  if (!scope) return []
  const out: SgNode[] = []
  for (const id of identifierUses(name, scope)) {
    if (id.range().start.index >= use.range().start.index) break
    let e = id.parent()
    if (!e || e.kind() !== 'binary_expression' || e.field('left')?.id() !== id.id()) continue
    while (e && e.kind() === 'binary_expression' && e.field('operator')?.text() === '<<') {
      const r = e.field('right')
      if (r) out.push(r)
      const up: SgNode | null = e.parent()
      if (!up || up.kind() !== 'binary_expression' || up.field('left')?.id() !== e.id()) break
      e = up
    }
  }
  return out
}

export interface ValueOptions extends AnalyzeOptions {
  /** conversions whose argument cannot carry the payload (`%d` for SQL and paths) */
  inertConversions?: RegExp
}

/**
 * Origin of a value, also following writes into C buffers and C++ string streams, which the
 * engine does not: `snprintf(path, …, "%s/%s", dir, name); fopen(path, …)`.
 */
export function valueOrigin(node: SgNode, ctx: RuleContext, opts: ValueOptions = {}, depth = 0): Origin {
  const n = unwrap(node)
  if (depth > 4) return ctx.flow.origin(n, opts)
  const k = n.kind()
  // C++ "most vexing parse": `std::ifstream in(path);` declares a function whose parameter is `path`
  if (k === 'parameter_declaration' || k === 'type_identifier') {
    const first = k === 'type_identifier' ? n : n.namedChildren().find((c) => c.kind() === 'type_identifier' || c.kind() === 'identifier')
    return first ? nameOrigin(first.text(), n, ctx, opts, depth) : UNKNOWN(n.text())
  }
  if (k === 'identifier') {
    const writes = bufferWrites(n.text(), n, ctx)
    const defs = definitionsBefore(n.text(), n)
    if (writes.length) {
      let out = CONSTANT
      for (const d of defs) out = join(out, valueOrigin(d, ctx, opts, depth + 1))
      for (const w of writes) {
        for (const d of w.data) {
          if (d.conv && opts.inertConversions?.test(d.conv)) continue
          out = join(out, valueOrigin(d.node, ctx, opts, depth + 1))
        }
      }
      return out
    }
    if (defs.length === 1 && defs[0]!.kind() === 'call_expression' && /\.str$|^std::string$|^string$/.test(ctx.flow.calleeText(defs[0]!))) {
      return valueOrigin(defs[0]!, ctx, opts, depth + 1)
    }
    return ctx.flow.origin(n, opts)
  }
  if (k === 'call_expression') {
    const fn = n.field('function')
    const m = methodName(n)
    if (fn?.kind() === 'field_expression' && /^(?:c_str|data|str|string|toStdString|toUtf8|constData|c_string)$/.test(m)) {
      const recv = unwrap(fn.field('argument') ?? fn.namedChildren()[0]!)
      if (m === 'str' && recv.kind() === 'identifier') {
        const parts = streamWrites(recv.text(), n)
        if (parts.length) {
          let out = CONSTANT
          for (const part of parts) out = join(out, valueOrigin(part, ctx, opts, depth + 1))
          return out
        }
      }
      return valueOrigin(recv, ctx, opts, depth + 1)
    }
  }
  return ctx.flow.origin(n, opts)
}

/** Origin of a bare name at `at`, for names the parser did not read as identifiers. */
function nameOrigin(name: string, at: SgNode, ctx: RuleContext, opts: ValueOptions, depth: number): Origin {
  const fn = enclosingFunctionNode(at)
  if (fn && ctx.flow.parameterNames(fn).includes(name)) {
    const external = functionName(fn) === 'main' || /^(?:argv|envp)$/.test(name)
    return { external, parameter: !external, unknown: false, source: name }
  }
  if (/^[A-Z][A-Z0-9_]*$/.test(name)) return CONSTANT
  if (/^(?:argv|environ)$/.test(name)) return { external: true, parameter: false, unknown: false, source: name }
  const defs = definitionsBefore(name, at)
  const writes = bufferWrites(name, at, ctx)
  if (!defs.length && !writes.length) {
    const global = ctx.root.find({ rule: { kind: 'init_declarator', has: { field: 'declarator', regex: `^(?:\\*\\s*)?${escapeRe(name)}(?:\\s*\\[[^\\]]*\\])?$` } } })
    if (global && !enclosingFunctionNode(global) && global.field('value')) return valueOrigin(global.field('value')!, ctx, opts, depth + 1)
    return UNKNOWN(name)
  }
  let out = CONSTANT
  for (const d of defs) out = join(out, valueOrigin(d, ctx, opts, depth + 1))
  for (const w of writes) for (const d of w.data) if (!(d.conv && opts.inertConversions?.test(d.conv))) out = join(out, valueOrigin(d.node, ctx, opts, depth + 1))
  return out
}

/**
 * The arguments of a C++ object construction in a declaration: `T x(a, b)`, `T x{a, b}`, and the
 * vexing-parse form `T x(path)` that tree-sitter reads as a function declaration (each argument is
 * then a `parameter_declaration`, which `valueOrigin` and `constantPrefix` understand).
 */
export function constructorArgs(declarator: SgNode): SgNode[] {
  if (declarator.kind() === 'init_declarator') {
    const v = declarator.field('value')
    if (v && (v.kind() === 'argument_list' || v.kind() === 'initializer_list')) return v.namedChildren().filter((c) => c.kind() !== 'comment')
    if (v && v.kind() === 'call_expression') return []
    return []
  }
  if (declarator.kind() === 'function_declarator') {
    const list = declarator.field('parameters')
    return list?.namedChildren().filter((c) => c.kind() === 'parameter_declaration') ?? []
  }
  return []
}

/**
 * The leading constant text of a path or URL value: the literal `"https://api.example.com/…"` or
 * `"/var/data/"` that starts it, following one level of definitions and buffer writes.
 * `null` when the value does not start with a constant.
 */
export function constantPrefix(node: SgNode, ctx: RuleContext, depth = 0): string | null {
  if (depth > 4) return null
  let n = unwrap(node)
  const lit = literalValue(n)
  if (lit !== undefined) return lit
  if (n.kind() === 'parameter_declaration') {
    const first = n.namedChildren()[0]
    if (!first || n.namedChildren().length > 1) return null
    n = first
  }
  const k = n.kind()
  if (k === 'identifier' || k === 'type_identifier') {
    const name = n.text()
    const def = defineValue(name, ctx)
    if (def !== undefined) {
      const m = /^"((?:[^"\\]|\\.)*)"/.exec(def)
      return m ? m[1]! : null
    }
    const writes = bufferWrites(name, n, ctx)
    const defs = definitionsBefore(name, n)
    const first = defs.length ? (defs.at(-1) ?? null) : null
    if (writes.length && (!first || first.range().start.index < writes[0]!.call.range().start.index)) {
      const w = writes[0]!
      if (!first || /^(?:strcpy|strncpy|sprintf|snprintf|_snprintf|stpcpy|strlcpy|swprintf|strcpy_s|strncpy_s)$/.test(w.callee)) {
        if (w.format) {
          const f = literalValue(w.format)
          if (f !== undefined) return f.split('%')[0] ?? ''
          return null
        }
        const src = w.data[0]?.node
        return src ? constantPrefix(src, ctx, depth + 1) : null
      }
    }
    if (defs.length) return constantPrefix(defs.at(-1)!, ctx, depth + 1)
    const global = ctx.root.find({ rule: { kind: 'init_declarator', has: { field: 'declarator', regex: `^(?:\\*\\s*)?${escapeRe(name)}(?:\\s*\\[[^\\]]*\\])?$` } } })
    if (global && !enclosingFunctionNode(global)) {
      const v = global.field('value')
      if (v) return constantPrefix(v, ctx, depth + 1)
    }
    return null
  }
  if (k === 'binary_expression' && (n.field('operator')?.text() === '+' || n.field('operator')?.text() === '/')) {
    const l = n.field('left')
    const pre = l ? constantPrefix(l, ctx, depth + 1) : null
    if (pre === null) return null
    if (!l || !ctx.flow.isConstant(l)) return pre
    const r = n.field('right')
    if (r && ctx.flow.isConstant(r)) {
      const rp = constantPrefix(r, ctx, depth + 1)
      return rp === null ? pre : pre + (n.field('operator')?.text() === '/' ? '/' : '') + rp
    }
    return pre
  }
  if (k === 'call_expression') {
    const callee = ctx.flow.calleeText(n)
    const args = ctx.flow.callArguments(n)
    if (/^(?:std::)?(?:string|filesystem::path|fs::path|path|std::string)$/.test(callee) && args[0]) return constantPrefix(args[0], ctx, depth + 1)
    const fn = n.field('function')
    if (fn?.kind() === 'field_expression' && /^(?:c_str|data|string|str)$/.test(methodName(n))) {
      const recv = fn.field('argument') ?? fn.namedChildren()[0]
      return recv ? constantPrefix(recv, ctx, depth + 1) : null
    }
  }
  return null
}

/** Words of an identifier: `apiKey` → api, key; `DB_PASSWORD` → db, password. */
export function nameParts(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
}

/** Names under which a random value is a security value (crypto.random). */
export function isSecurityName(name: string): boolean {
  const lower = name.toLowerCase().replace(/^(?:m_|g_|s_)/, '')
  if (/token|secret|passw|passwd|pwd|nonce|salt|session|csrf|verif|credential|apikey|api_key/.test(lower)) return true
  return nameParts(name).some((p) => /^(?:keys?|otp|auth|authn|authz|api|reset|key\d*)$/.test(p) || /^(?:[a-z]+keys?|auth(?!or)[a-z]*|otp[a-z]*|reset[a-z]*|api[a-z]*)$/.test(p))
}

/** The node's line (1-based). */
export function lineOf(node: SgNode): number {
  return node.range().start.line + 1
}

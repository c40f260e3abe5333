/**
 * Shared helpers for the C and C++ rule packs: callee names, literals, format strings, array
 * declarations, straight-line paths and buffer writes (`snprintf(buf, …)`), which the engine's
 * data flow does not follow.
 */
import type { SgNode } from '@ast-grep/napi'
import type { AnalyzeOptions, Origin } from '../../../engine/dataflow.js'
import { PROPAGATING_CALLEES, SOURCES } from '../../../engine/flow-sources.js'
import type { RuleContext } from '../../../engine/rule.js'
import { defineOf, enclosingFunctionOf, entriesBefore, parameterNamesOf, fieldArrayNamed, fieldExpressionsNamed, functionNamed, identifiersNamed, initDeclaratorsNamed, isEnumerator, memo, nodesOfKind, parentOf, spanOf, startOf } from './file-index.js'
import escapeStringRegexp from 'escape-string-regexp'

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


/** ast-grep matcher for calls whose callee (optionally `std::`/`::`-qualified) matches `names`. */
export function callTo(names: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { kind: 'call_expression', has: { field: 'function', regex: `^(?:::)?(?:std::)?(?:${names})$` }, ...extra }
}

/**
 * Prefilter words for calls to functions whose names are common parts of other words (`err` of
 * `stderr`, `read` of `thread`, `SHA` of `SHARED`): the name followed by what comes next in a
 * call, its parenthesis or white space (`err (1, …)`). After a space only a parenthesis or more
 * white space can follow, so prose (`read the file`, `lock free code`) does not count. (A comment
 * or a line splice between a callee and its parenthesis is not looked for.)
 */
export function callWords(names: readonly string[]): string[] {
  return ['(', ' (', '  ', ' \t', ' \n', ' \r', '\t', '\n', '\r'].flatMap((next) => names.map((n) => n + next))
}

/**
 * A prefilter word list without the words that contain another of its words (`MD5_Init` when
 * `MD5` is listed): it matches the same files, and every word costs a scan of the source.
 */
export function minimalWords(words: readonly string[], ignoreCase = false): string[] {
  const norm = (w: string): string => (ignoreCase ? w.toLowerCase() : w)
  const unique = [...new Set(words.map(norm))]
  return unique.filter((w) => !unique.some((o) => o !== w && w.includes(o)))
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

/** `static_cast<T>(x)`, `reinterpret_cast<T>(x)`, `const_cast<T>(x)`: the cast operand, else null. */
export function castOperand(node: SgNode): SgNode | null {
  if (node.kind() !== 'call_expression') return null
  const fn = node.field('function')
  if (fn?.kind() !== 'template_function' || !/^(?:static_cast|reinterpret_cast|const_cast|dynamic_cast)$/.test(fn.field('name')?.text() ?? '')) return null
  return node.field('arguments')?.namedChildren().find((c) => c.kind() !== 'comment') ?? null
}

/** Strip parentheses and casts: `(char *)buf`, `static_cast<char *>(buf)` → `buf`. */
export function unwrap(node: SgNode): SgNode {
  let cur = node
  for (;;) {
    const k = cur.kind()
    const operand = castOperand(cur)
    if (operand) {
      cur = operand
      continue
    }
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
  return defineOf(name, ctx.root)
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
  const at = startOf(use)
  return constDeclarationsNamed(name, ctx).find((d) => d.start <= at)?.value
}

/** The `const` declarations of `name` that have a value, in source order; per file. */
function constDeclarationsNamed(name: string, ctx: RuleContext): Array<{ start: number; value: SgNode }> {
  return memo(ctx.root, `constDecls|${name}`, () => {
    const out: Array<{ start: number; value: SgNode }> = []
    for (const d of initDeclaratorsNamed(name, ctx.root)) {
      if (d.field('declarator')?.kind() !== 'identifier') continue
      const decl = d.parent()
      if (!decl || !/\bconst(?:expr)?\b/.test(decl.text().slice(0, startOf(d) - startOf(decl)))) continue
      const v = d.field('value')
      if (v) out.push({ start: startOf(d), value: v })
    }
    return out
  })
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
  const local = (scope: SgNode): ArrayInfo | undefined => {
    const start = startOf(at)
    let best: SgNode | undefined
    for (const d of arrayDeclarators(scope, ctx).get(name) ?? []) if (startOf(d) <= start) best = d
    return best ? arrayInfo(best, name, false, ctx) : undefined
  }
  return (fn ? local(fn) : undefined) ?? globalArray(name, ctx) ?? memberArray(name, at, fn, ctx)
}

/** The last file-level array declarator named `name`; per file. */
function globalArray(name: string, ctx: RuleContext): ArrayInfo | undefined {
  return memo(ctx.root, `globalArray|${name}`, () => {
    const best = (arrayDeclarators(ctx.root, ctx).get(name) ?? []).filter((d) => !enclosingFunctionNode(d, ctx)).at(-1)
    return best ? arrayInfo(best, name, true, ctx) : undefined
  })
}

/** A C++ member array `T name_[N];` of the class whose method uses `name` unqualified. */
function memberArray(name: string, at: SgNode, fn: SgNode | null, ctx: RuleContext): ArrayInfo | undefined {
  if (!fn || parameterNamesOf(fn).includes(name)) return undefined
  let cls: SgNode | null = parentOf(fn)
  while (cls && cls.kind() !== 'field_declaration_list') cls = parentOf(cls)
  if (!cls) return undefined
  if (findLocalDeclaration(name, fn, at)) return undefined
  const d = fieldArrayNamed(name, ctx.root)
  return d && contains(cls, d) ? arrayInfo(d, name, true, ctx) : undefined
}

const ARRAY_CACHE = new WeakMap<SgNode, Map<number, Map<string, SgNode[]>>>()

/** `T name[N]` declarators (not parameters, not arrays of pointers) under `scope`, by name; cached per scan. */
function arrayDeclarators(scope: SgNode, ctx: RuleContext): Map<string, SgNode[]> {
  let perScan = ARRAY_CACHE.get(ctx.root)
  if (!perScan) ARRAY_CACHE.set(ctx.root, (perScan = new Map()))
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
  return memo(d, `array|${d.id()}|${global ? 1 : 0}|${name}`, () => computeArrayInfo(d, name, global, ctx))
}

function computeArrayInfo(d: SgNode, name: string, global: boolean, ctx: RuleContext): ArrayInfo {
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
    const decl = fieldArrayNamed(field.text(), ctx.root)
    return decl ? arrayInfo(decl, n.text(), true, ctx) : undefined
  }
  return undefined
}

const FUNCTION_NODE_KINDS = new Set(['function_definition', 'lambda_expression'])

export function enclosingFunctionNode(node: SgNode, _ctx?: RuleContext): SgNode | null {
  return enclosingFunctionOf(node)
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
  const [os, oe] = spanOf(outer)
  const [is, ie] = spanOf(inner)
  return os <= is && ie <= oe
}

/** Identifier nodes named `name` under `within`, in source order. */
export function identifierUses(name: string, within: SgNode): SgNode[] {
  return identifiersNamed(name, within)
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
  return entriesBefore(definitionsIn(name, scope), startOf(use)).map((d) => d.value)
}

/** Every definition of `name` in `scope` (a function or the file), in source order; per file. */
function definitionsIn(name: string, scope: SgNode): Array<{ start: number; value: SgNode }> {
  return memo(scope, `defs|${scope.id()}|${name}`, () => {
    const out: Array<{ start: number; value: SgNode }> = []
    for (const id of identifierUses(name, scope)) {
      const value = assignedValue(id)
      if (value) out.push({ start: startOf(id), value })
    }
    return out
  })
}

/** If `id` is the target of `id = v` or of a declaration `T id = v`, the value `v`. */
export function assignedValue(id: SgNode): SgNode | null {
  let cur = id
  let p = parentOf(cur)
  while (p && (p.kind() === 'pointer_declarator' || p.kind() === 'reference_declarator' || p.kind() === 'array_declarator') && p.field('declarator')?.id() === cur.id()) {
    cur = p
    p = parentOf(p)
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
  // escapers: what they write is safe for SQL
  mysql_real_escape_string: { sources: [] },
  mysql_escape_string: { sources: [] },
  PQescapeStringConn: { sources: [] },
  PQescapeString: { sources: [] },
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
  return entriesBefore(bufferWritesIn(name, scope, ctx), startOf(use)).map((w) => w.write)
}

/** Every write into buffer `name` in function `scope`, in source order; per file. */
function bufferWritesIn(name: string, scope: SgNode, ctx: RuleContext): Array<{ start: number; write: BufferWrite }> {
  return memo(scope, `writes|${scope.id()}|${name}`, () => {
    const out: Array<{ start: number; write: BufferWrite }> = []
    for (const id of identifierUses(name, scope)) {
      const write = bufferWriteAt(id, ctx)
      if (write) out.push({ start: startOf(id), write })
    }
    return out
  })
}

/** The buffer write in which identifier `id` is the destination, if it is one. */
function bufferWriteAt(id: SgNode, ctx: RuleContext): BufferWrite | undefined {
  const arg = argumentSlot(id)
  const list = parentOf(arg)
  if (list?.kind() !== 'argument_list') return undefined
  const call = list.parent()
  if (!call || call.kind() !== 'call_expression') return undefined
  const callee = calleeName(call)
  const w = WRITERS[callee]
  if (!w) return undefined
  if (list.namedChildren().find((c) => c.kind() !== 'comment')?.id() !== arg.id()) return undefined
  const args = ctx.flow.callArguments(call)
  if (w.format !== undefined) {
    const fmt = args[w.format]
    if (!fmt) return undefined
    const rest = args.slice(w.format + 1)
    const lit = literalValue(fmt)
    if (lit === undefined || callee.startsWith('v')) return { call, callee, format: fmt, data: [{ node: fmt }, ...rest.map((node) => ({ node }))] }
    const convs = parseFormat(lit)
    const data: BufferWrite['data'] = []
    for (const c of convs) {
      const node = c.arg >= 0 ? rest[c.arg] : undefined
      if (node) data.push({ node, conv: c.conv })
    }
    return { call, callee, format: fmt, data }
  }
  return { call, callee, data: (w.sources ?? []).map((i) => args[i]).filter((n): n is SgNode => !!n).map((node) => ({ node })) }
}

/** The argument a name stands in: `x`, `&x`, `(char *)&x`, `x + 4`. */
function argumentSlot(id: SgNode): SgNode {
  let cur = id
  for (;;) {
    const p = parentOf(cur)
    if (!p) return cur
    const k = p.kind()
    if ((k === 'pointer_expression' && p.text().trim().startsWith('&')) || k === 'cast_expression' || k === 'parenthesized_expression') cur = p
    else if (k === 'binary_expression' && p.field('left')?.id() === cur.id() && /^[+-]$/.test(p.field('operator')?.text() ?? '')) cur = p
    else return cur
  }
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

/** Input functions and the argument they store what they read into. */
const INPUT_TARGETS: Record<string, number[]> = {
  fgets: [0],
  gets: [0],
  fgetws: [0],
  read: [1],
  pread: [1],
  recv: [1],
  recvfrom: [1],
  fread: [0],
  getline: [0, 1],
  getdelim: [0],
  scanf: [1, 2, 3, 4, 5, 6],
  fscanf: [2, 3, 4, 5, 6],
  sscanf: [2, 3, 4, 5, 6],
  SSL_read: [1],
  BIO_read: [1],
  gzread: [1],
  ReadFile: [1],
}

/**
 * Words one of which a file contains when `valueOrigin` can find external input in it (a rule's
 * `requires`): the input calls above (and the wrappers built on them), the sources of
 * flow-sources.ts for C and C++ (`argv`, `getchar`, `optarg`, `std::cin`, Qt's arguments), the
 * parameters of `main` (and `envp`), and the request parameters of C++ web frameworks.
 */
export const EXTERNAL_INPUT_WORDS: readonly string[] = minimalWords([
  'argv', 'getc', 'optarg', 'readline', 'getpass', 'CommandLine', 'cin', 'QCoreApplication', 'QApplication', 'qApp', 'envp',
  // the request types of SOURCES.cpp.externalParam
  'httplib::Request', 'crow::request', 'HttpRequestPtr', 'Pistache::', 'http::request', 'http_request', 'QHttpServerRequest', 'oatpp::', 'IncomingRequest',
  // the input calls; `gets` and `read` (of `fgets`, `fread`, `SSL_read`…) and `main` only as calls
  ...Object.keys(INPUT_TARGETS).filter((n) => !/gets$|read$/.test(n)),
  ...callWords(['gets', 'read', 'main']),
])

/**
 * The call that stores external input into variable `name` before `use`: `fgets(name, …)`,
 * `read(fd, name, …)`, `scanf("%s", name)`, `std::getline(std::cin, name)`, `std::cin >> name`.
 * (The engine also reads these, but a later `name[i] = 0` makes it forget them.)
 */
export function inputWrite(name: string, use: SgNode, ctx: RuleContext): SgNode | null {
  const scope = enclosingFunctionNode(use)
  if (!scope) return null
  const first = inputWritesIn(name, scope, ctx)[0]
  return first && first.start < startOf(use) ? first.call : null
}

/** Every input call that stores into `name` in function `scope`, in source order; per file. */
function inputWritesIn(name: string, scope: SgNode, ctx: RuleContext): Array<{ start: number; call: SgNode }> {
  return memo(scope, `input|${scope.id()}|${name}`, () => {
    const out: Array<{ start: number; call: SgNode }> = []
    for (const id of identifierUses(name, scope)) {
      const call = inputWriteAt(id, ctx)
      if (call) out.push({ start: startOf(id), call })
    }
    return out
  })
}

/** The input call (or `std::cin >> …`) that stores into identifier `id`, if it is one. */
function inputWriteAt(id: SgNode, ctx: RuleContext): SgNode | null {
  const arg = argumentSlot(id)
  const list = parentOf(arg)
  if (list?.kind() === 'argument_list') {
    const call = list.parent()
    if (!call || call.kind() !== 'call_expression') return null
    const callee = calleeName(call)
    const targets = INPUT_TARGETS[callee]
    const wrapper = inputWrappers(ctx).get(callee)
    if (!targets && !wrapper && !(callee === 'getline' && ctx.language === 'cpp')) return null
    const index = list.namedChildren().filter((c) => c.kind() !== 'comment').findIndex((c) => c.id() === arg.id())
    if (targets?.includes(index)) return call
    if (wrapper?.has(index)) return call
    if (callee === 'getline' && index === 1 && ctx.language === 'cpp') return call
    return null
  }
  const p = parentOf(id)
  if (p?.kind() === 'binary_expression' && p.field('operator')?.text() === '>>' && p.field('right')?.id() === id.id()) {
    let left = p.field('left')
    while (left?.kind() === 'binary_expression') left = left.field('left')
    if (left && /^(?:std::)?(?:cin|wcin)$/.test(left.text().replace(/\s+/g, ''))) return p
  }
  return null
}

const WRAPPER_CACHE = new WeakMap<SgNode, Map<string, Set<number>>>()

/**
 * Functions of this file that read input into one of their parameters:
 * `static int recv_all(int fd, void *buf, size_t n) { uint8_t *p = buf; … recv(fd, p, n, 0) … }`.
 */
export function inputWrappers(ctx: RuleContext): Map<string, Set<number>> {
  const cached = WRAPPER_CACHE.get(ctx.root)
  if (cached) return cached
  const out = new Map<string, Set<number>>()
  WRAPPER_CACHE.set(ctx.root, out)
  const inputCall = new RegExp(`\\b(?:${Object.keys(INPUT_TARGETS).join('|')})\\s*\\(`)
  const fns = nodesOfKind('function_definition', ctx.root)
  for (let round = 0; round < 2; round++) {
    if (round === 1 && out.size === 0) break
    const wrapperCall = round === 1 ? new RegExp(`\\b(?:${[...out.keys()].map(escapeStringRegexp).join('|')})\\s*\\(`) : null
    for (const fn of fns) {
      const text = fn.text()
      if (!inputCall.test(text) && !(wrapperCall && wrapperCall.test(text))) continue
      const params = parameterNamesOf(fn)
      if (!params.length) continue
      const name = functionName(fn)
      for (const call of nodesOfKind('call_expression', fn)) {
        const callee = calleeName(call)
        const targets = INPUT_TARGETS[callee] ?? [...(out.get(callee) ?? [])]
        if (!targets.length) continue
        const args = ctx.flow.callArguments(call)
        for (const t of targets) {
          const a = args[t]
          if (!a) continue
          const base = unwrap(a).kind() === 'pointer_expression' ? unwrap(unwrap(a).namedChildren().at(-1) ?? a) : unwrap(a)
          const root = base.kind() === 'binary_expression' ? unwrap(base.field('left') ?? base) : base
          if (root.kind() !== 'identifier') continue
          let i = params.indexOf(root.text())
          if (i < 0) {
            // one alias: `uint8_t *p = buf;`
            for (const d of definitionsBefore(root.text(), root)) {
              const v = unwrap(d)
              const vr = v.kind() === 'binary_expression' ? unwrap(v.field('left') ?? v) : v
              if (vr.kind() === 'identifier' && params.includes(vr.text())) i = params.indexOf(vr.text())
            }
          }
          if (i < 0) continue
          const set = out.get(name) ?? new Set<number>()
          set.add(i)
          out.set(name, set)
        }
      }
    }
  }
  return out
}

/** Calls that return a newly formatted string, with the index of their format. */
const FORMAT_BUILDERS: Record<string, number> = { sqlite3_mprintf: 0, g_strdup_printf: 0, curl_maprintf: 0, 'fmt::format': 0, format: 0, 'absl::StrFormat': 0 }

export interface ValueOptions extends AnalyzeOptions {
  /** conversions whose argument cannot carry the payload (`%d` for SQL and paths) */
  inertConversions?: RegExp
}

const NUMERIC_CAST = /^\(\s*(?:(?:un)?signed|int|long|short|size_t|ssize_t|double|float|bool|_Bool|u?int\d+_t|uint|u?int(?:8|16|32|64)|char)\b[^*]*\)/
const CONSTANT_KINDS = new Set(['number_literal', 'char_literal', 'string_literal', 'raw_string_literal', 'concatenated_string', 'true', 'false', 'null', 'nullptr', 'sizeof_expression', 'alignof_expression', 'lambda_expression', 'field_identifier', 'namespace_identifier', 'primitive_type', 'type_descriptor', 'this'])
const MAX_VALUE_DEPTH = 10

/**
 * Origin of a value in C and C++, computed like the engine's data flow but also following writes
 * into buffers (`snprintf(path, …, "%s/%s", dir, name); fopen(path, …)`), `memcpy(&x, …)`,
 * string streams, input read by helper functions of the file (`recv_all(fd, hdr, …)`) and struct
 * fields assigned in the function; a conditional `c ? "a" : "b"` is judged by its branches only.
 */
export function valueOrigin(node: SgNode, ctx: RuleContext, opts: ValueOptions = {}, depth = 0): Origin {
  if (depth > MAX_VALUE_DEPTH) return UNKNOWN(node.text())
  let memo = ORIGIN_MEMO.get(ctx.root)
  if (!memo) ORIGIN_MEMO.set(ctx.root, (memo = new Map()))
  const key = `${node.id()}|${opts.numericSanitizes ? 1 : 0}|${opts.sanitizers?.source ?? ''}|${opts.inertConversions?.source ?? ''}`
  const known = memo.get(key)
  if (known) return known
  const out = computeOrigin(node, ctx, opts, depth)
  memo.set(key, out)
  return out
}

const ORIGIN_MEMO = new WeakMap<SgNode, Map<string, Origin>>()

function computeOrigin(node: SgNode, ctx: RuleContext, opts: ValueOptions, depth: number): Origin {
  const sources = SOURCES[ctx.language]
  let n = node
  // casts: `(int)x` cannot carry text
  for (;;) {
    const operand = castOperand(n)
    if (operand) {
      if (opts.numericSanitizes && NUMERIC_CAST.test(`(${n.field('function')?.text().replace(/^\w+_cast<|>$/g, '') ?? ''})`)) return CONSTANT
      n = operand
      continue
    }
    if (n.kind() !== 'cast_expression' && n.kind() !== 'parenthesized_expression') break
    if (n.kind() === 'cast_expression' && opts.numericSanitizes && NUMERIC_CAST.test(n.text())) return CONSTANT
    const inner = n.kind() === 'cast_expression' ? n.field('value') : n.namedChildren().find((c) => c.kind() !== 'comment')
    if (!inner) return CONSTANT
    n = inner
  }
  const k = String(n.kind())
  if (CONSTANT_KINDS.has(k)) return CONSTANT
  const text = n.text().replace(/\s+/g, '')
  const external = (source: string): Origin => ({ external: true, parameter: false, unknown: false, source })
  if (k === 'identifier') {
    if (sources.external.test(text)) return external(text)
    const input = inputWrite(text, n, ctx)
    if (input) return external(input.text())
    return nameOrigin(text, n, ctx, opts, depth)
  }
  // C++ "most vexing parse": `std::ifstream in(path);` declares a function whose parameter is `path`
  if (k === 'parameter_declaration' || k === 'type_identifier') {
    const first = k === 'type_identifier' ? n : n.namedChildren().find((c) => c.kind() === 'type_identifier' || c.kind() === 'identifier')
    return first ? nameOrigin(first.text(), n, ctx, opts, depth) : UNKNOWN(n.text())
  }
  if (k === 'qualified_identifier') return sources.external.test(text) ? external(text) : CONSTANT
  if (k === 'field_expression') return fieldOrigin(n, ctx, opts, depth)
  if (k === 'subscript_expression') return valueOrigin(n.field('argument') ?? n.namedChildren()[0]!, ctx, opts, depth + 1)
  if (k === 'conditional_expression') {
    const a = n.field('consequence')
    const b = n.field('alternative')
    return join(a ? valueOrigin(a, ctx, opts, depth + 1) : CONSTANT, b ? valueOrigin(b, ctx, opts, depth + 1) : CONSTANT)
  }
  if (k === 'assignment_expression') return valueOrigin(n.field('right') ?? n, ctx, opts, depth + 1)
  if (k === 'comma_expression') return valueOrigin(n.field('right') ?? n.namedChildren().at(-1)!, ctx, opts, depth + 1)
  if (k === 'call_expression') return callOrigin(n, ctx, opts, depth)
  let out = CONSTANT
  for (const c of n.namedChildren()) if (c.kind() !== 'comment') out = join(out, valueOrigin(c, ctx, opts, depth + 1))
  return out
}

function callOrigin(n: SgNode, ctx: RuleContext, opts: ValueOptions, depth: number): Origin {
  const sources = SOURCES[ctx.language]
  const callee = ctx.flow.calleeText(n)
  if (sources.external.test(callee)) return { external: true, parameter: false, unknown: false, source: n.text() }
  if (opts.sanitizers?.test(callee)) return CONSTANT
  if (opts.numericSanitizes && sources.numeric.test(callee)) return CONSTANT
  const fn = n.field('function')
  const m = methodName(n)
  const args = ctx.flow.callArguments(n)
  const builder = FORMAT_BUILDERS[calleeName(n)]
  if (builder !== undefined) {
    const fmt = args[builder]
    const lit = fmt ? literalValue(fmt) : undefined
    if (fmt && lit !== undefined) {
      let out = CONSTANT
      const rest = args.slice(builder + 1)
      for (const c of parseFormat(lit)) {
        const a = c.arg >= 0 ? rest[c.arg] : undefined
        if (a && !opts.inertConversions?.test(c.conv)) out = join(out, valueOrigin(a, ctx, opts, depth + 1))
      }
      return out
    }
  }
  let recv: SgNode | null = null
  if (fn?.kind() === 'field_expression') recv = fn.field('argument') ?? fn.namedChildren()[0] ?? null
  if (recv && /^(?:c_str|data|str|string|toStdString|toUtf8|constData|c_string)$/.test(m)) {
    const r = unwrap(recv)
    if (m === 'str' && r.kind() === 'identifier') {
      const parts = streamWrites(r.text(), n)
      if (parts.length) {
        let out = CONSTANT
        for (const part of parts) out = join(out, valueOrigin(part, ctx, opts, depth + 1))
        return out
      }
    }
    return valueOrigin(r, ctx, opts, depth + 1)
  }
  let out = CONSTANT
  for (const a of args) out = join(out, valueOrigin(a, ctx, opts, depth + 1))
  if (recv) {
    if (sources.external.test(recv.text().replace(/\s+/g, ''))) return { external: true, parameter: false, unknown: false, source: n.text() }
    out = join(out, valueOrigin(recv, ctx, opts, depth + 1))
  }
  if (PROPAGATING_CALLEES.test(callee)) return out
  return join(out, UNKNOWN(n.text()))
}

/** `s->len`, `cfg.host`: the values assigned to that field earlier in the function, else the struct's own origin. */
function fieldOrigin(n: SgNode, ctx: RuleContext, opts: ValueOptions, depth: number): Origin {
  const key = n.text().replace(/\s+/g, '')
  const last = n.field('field')?.text() ?? ''
  if (/^[A-Z][A-Z0-9_]*$/.test(last)) return CONSTANT
  const scope = enclosingFunctionNode(n)
  if (scope) {
    const defs = entriesBefore(fieldAssignmentsIn(last, scope), startOf(n))
      .filter((a) => a.key === key)
      .map((a) => a.value)
    const input = inputWriteTo(key, n, scope, ctx)
    if (input) return { external: true, parameter: false, unknown: false, source: input.text() }
    if (defs.length) {
      let out = CONSTANT
      for (const d of defs) out = join(out, valueOrigin(d, ctx, opts, depth + 1))
      return out
    }
  }
  const base = n.field('argument') ?? n.namedChildren()[0]
  return base ? valueOrigin(base, ctx, opts, depth + 1) : UNKNOWN(key)
}

/** The assignments `x.field = v` / `x->field = v` in `scope` with their target text (no spaces), in source order; per file. */
function fieldAssignmentsIn(field: string, scope: SgNode): Array<{ start: number; key: string; value: SgNode }> {
  return memo(scope, `fieldDefs|${scope.id()}|${field}`, () => {
    const out: Array<{ start: number; key: string; value: SgNode }> = []
    for (const f of fieldExpressionsNamed(field, scope)) {
      const p = f.parent()
      if (p?.kind() === 'assignment_expression' && p.field('left')?.id() === f.id() && p.field('right')) out.push({ start: startOf(f), key: f.text().replace(/\s+/g, ''), value: p.field('right')! })
    }
    return out
  })
}

/** An input call that writes into the field `key` (`read(fd, &h->len, 4)`) before `use`. */
function inputWriteTo(key: string, use: SgNode, scope: SgNode, ctx: RuleContext): SgNode | null {
  return entriesBefore(inputCallsIn(scope, ctx), startOf(use)).find((c) => c.targets.includes(key))?.call ?? null
}

/** The input calls of `scope` with the text (no spaces) of each argument they store into, in source order; per file. */
function inputCallsIn(scope: SgNode, ctx: RuleContext): Array<{ start: number; call: SgNode; targets: string[] }> {
  return memo(scope, `inputCalls|${scope.id()}`, () => {
    const wrappers = inputWrappers(ctx)
    const out: Array<{ start: number; call: SgNode; targets: string[] }> = []
    for (const call of nodesOfKind('call_expression', scope)) {
      const callee = calleeName(call)
      const targets = INPUT_TARGETS[callee] ?? [...(wrappers.get(callee) ?? [])]
      if (!targets.length) continue
      const args = ctx.flow.callArguments(call)
      const texts: string[] = []
      for (const t of targets) {
        const a = args[t]
        if (!a) continue
        let b = unwrap(a)
        if (b.kind() === 'pointer_expression') b = unwrap(b.namedChildren().at(-1) ?? b)
        texts.push(b.text().replace(/\s+/g, ''))
      }
      out.push({ start: startOf(call), call, targets: texts })
    }
    return out
  })
}

/** Origin of a bare name at `at`: input written into it, its definitions and buffer writes, a parameter, a global. */
function nameOrigin(name: string, at: SgNode, ctx: RuleContext, opts: ValueOptions, depth: number): Origin {
  const fn = enclosingFunctionNode(at)
  const defs = definitionsBefore(name, at)
  const writes = bufferWrites(name, at, ctx)
  const elements = fn ? elementWrites(name, at, fn) : []
  let out = CONSTANT
  for (const d of defs) out = join(out, valueOrigin(d, ctx, opts, depth + 1))
  for (const w of writes) for (const d of w.data) if (!(d.conv && opts.inertConversions?.test(d.conv))) out = join(out, valueOrigin(d.node, ctx, opts, depth + 1))
  for (const e of elements) out = join(out, valueOrigin(e, ctx, opts, depth + 1))
  if (fn && parameterNamesOf(fn).includes(name)) {
    // the parameter's own value reaches the use unless a plain assignment replaced it on every path
    const replaced = defs.some((d) => dominatingAssignment(d, at))
    if (!replaced) {
      const ext = functionName(fn) === 'main' || /^(?:argv|envp)$/.test(name) || externalParameter(fn, name, ctx)
      out = join(out, { external: ext, parameter: !ext, unknown: false, source: name })
    }
    return out
  }
  if (defs.length || writes.length || elements.length) {
    // declared here without a value and only partly written: what was declared is still there
    return out
  }
  if (/^[A-Z][A-Z0-9_]*$/.test(name)) return CONSTANT
  const local = fn ? findLocalDeclaration(name, fn, at) : null
  if (local) return local.hasValue ? out : UNKNOWN(name)
  const global = initDeclaratorsNamed(name, ctx.root).find((d) => !enclosingFunctionNode(d))
  if (global && global.field('value')) return valueOrigin(global.field('value')!, ctx, opts, depth + 1)
  if (isEnumerator(name, ctx.root) || functionNamed(name, ctx.root)) return CONSTANT
  return UNKNOWN(name)
}

/** A parameter whose declared type is a request object of a web framework (`const httplib::Request &req`). */
function externalParameter(fn: SgNode, name: string, ctx: RuleContext): boolean {
  const test = SOURCES[ctx.language].externalParam
  if (!test) return false
  return memo(fn, `externalParam|${fn.id()}|${name}`, () => declaredAsRequest(fn, name, test))
}

function declaredAsRequest(fn: SgNode, name: string, test: RegExp): boolean {
  const list = fn.field('declarator')?.find({ rule: { kind: 'parameter_list' } }) ?? fn.find({ rule: { kind: 'parameter_list' } })
  const decl = list?.namedChildren().find((p) => p.kind() === 'parameter_declaration' && declaratorName(p.field('declarator') ?? p)?.text() === name)
  return !!decl && test.test(decl.text())
}

/** Values stored into the container `name` before `at`: `m[k] = v`, `v.push_back(x)`, `m.insert(…)`. */
function elementWrites(name: string, at: SgNode, fn: SgNode): SgNode[] {
  return entriesBefore(elementWritesIn(name, fn), startOf(at)).flatMap((w) => w.values)
}

/** Every store into container `name` in `fn`, in source order; per file. */
function elementWritesIn(name: string, fn: SgNode): Array<{ start: number; values: SgNode[] }> {
  return memo(fn, `elements|${fn.id()}|${name}`, () => {
    const out: Array<{ start: number; values: SgNode[] }> = []
    for (const id of identifierUses(name, fn)) {
      const p = parentOf(id)
      if (!p) continue
      if (p.kind() === 'subscript_expression' && p.field('argument')?.id() === id.id()) {
        const a = p.parent()
        if (a?.kind() === 'assignment_expression' && a.field('left')?.id() === p.id() && a.field('right')) out.push({ start: startOf(id), values: [a.field('right')!] })
      } else if (p.kind() === 'field_expression' && p.field('argument')?.id() === id.id() && /^(?:push_back|emplace_back|push_front|emplace_front|insert|emplace|insert_or_assign|try_emplace|append|push|assign)$/.test(p.field('field')?.text() ?? '')) {
        const call = p.parent()
        if (call?.kind() === 'call_expression') out.push({ start: startOf(id), values: call.field('arguments')?.namedChildren().filter((c) => c.kind() !== 'comment') ?? [] })
      }
    }
    return out
  })
}

/** A plain `x = …` statement in the same block as `at` (or an enclosing one), before it. */
function dominatingAssignment(value: SgNode, at: SgNode): boolean {
  const assign = value.parent()
  if (!assign || assign.kind() !== 'assignment_expression' || (assign.field('operator')?.text() ?? '=') !== '=') return false
  const stmt = assign.parent()
  if (stmt?.kind() !== 'expression_statement') return false
  const block = stmt.parent()
  return !!block && block.kind() === 'compound_statement' && contains(block, at)
}

function findLocalDeclaration(name: string, fn: SgNode, at: SgNode): { hasValue: boolean } | null {
  const first = localDeclarationsIn(name, fn)[0]
  return first && first.start < startOf(at) ? { hasValue: first.hasValue } : null
}

/** The declarations of `name` in `fn` (with or without a value), in source order; per file. */
function localDeclarationsIn(name: string, fn: SgNode): Array<{ start: number; hasValue: boolean }> {
  return memo(fn, `locals|${fn.id()}|${name}`, () => {
    const out: Array<{ start: number; hasValue: boolean }> = []
    for (const id of identifierUses(name, fn)) {
      let p = parentOf(id)
      while (p && /declarator$/.test(String(p.kind())) && p.kind() !== 'init_declarator') p = parentOf(p)
      if (p?.kind() === 'init_declarator') out.push({ start: startOf(id), hasValue: true })
      else if (p?.kind() === 'declaration') out.push({ start: startOf(id), hasValue: false })
    }
    return out
  })
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
    const defs = definitionsBefore(name, n).filter((d) => d.parent()?.kind() !== 'assignment_expression' || (d.parent()?.field('operator')?.text() ?? '=') === '=')
    const first = defs.length ? (defs.at(-1) ?? null) : null
    if (writes.length && (!first || first.range().start.index < writes[0]!.call.range().start.index)) {
      const w = writes[0]!
      if (!first || /^(?:strcpy|strncpy|sprintf|snprintf|_snprintf|stpcpy|strlcpy|swprintf|strcpy_s|strncpy_s)$/.test(w.callee)) {
        if (w.format) {
          const f = literalValue(w.format)
          if (f === undefined) return null
          // substitute leading %s conversions whose arguments are constant: "%s/%s", BASE_DIR, name
          let out = ''
          let rest = f
          let i = 0
          for (;;) {
            const at = rest.indexOf('%')
            if (at < 0) return out + rest
            out += rest.slice(0, at)
            if (rest.startsWith('%%', at)) {
              out += '%'
              rest = rest.slice(at + 2)
              continue
            }
            const m = /^%(?:\.\*|[-+ #0]*\d*(?:\.\d+)?)(?:hh|h|ll|l|z|j|t)?([a-zA-Z])/.exec(rest.slice(at))
            const arg = w.data[i++]?.node
            if (!m || m[1] !== 's' || !arg || !ctx.flow.isConstant(arg)) return out
            const sub = constantPrefix(arg, ctx, depth + 1)
            if (sub === null) return out
            out += sub
            rest = rest.slice(at + m[0].length)
          }
        }
        const src = w.data[0]?.node
        return src ? constantPrefix(src, ctx, depth + 1) : null
      }
    }
    if (defs.length) return constantPrefix(defs.at(-1)!, ctx, depth + 1)
    const global = initDeclaratorsNamed(name, ctx.root).find((d) => !enclosingFunctionNode(d))
    if (global) {
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

/** `ctx.flow.isGuarded`, remembered per file for rules that ask again about the same node. */
export function isGuardedAt(node: SgNode, names: readonly string[], ctx: RuleContext): boolean {
  if (names.length === 0) return false
  return memo(ctx.root, `guarded|${node.id()}|${names.join(',')}`, () => ctx.flow.isGuarded(node, names))
}

/** The node's line (1-based). */
export function lineOf(node: SgNode): number {
  return node.range().start.line + 1
}

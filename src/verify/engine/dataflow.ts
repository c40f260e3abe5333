import type { SgNode } from '@ast-grep/napi'
import type { LanguageId } from '../../core/properties.js'
import {
  ARGUMENT_LIST_KINDS,
  ASSIGNMENT_SHAPES,
  BLOCK_KINDS,
  CALL_KINDS,
  CODE_LITERAL_KINDS,
  EXIT_CALLEES,
  EXIT_KINDS,
  FUNCTION_KINDS,
  IDENTIFIER_KINDS,
  IF_KINDS,
  LITERAL_KINDS,
  MEMBER_KINDS,
  NON_NAME_KINDS,
  PARAMETER_LIST_KINDS,
  STRING_KINDS,
  STRING_PART_KINDS,
  SUBSCRIPT_KINDS,
  TYPE_ONLY_KINDS,
} from './flow-syntax.js'
import { FORMAT_MACROS, PROPAGATING_CALLEES, SOURCES, type SourceTable } from './flow-sources.js'
import { kindsOf, LANGUAGES } from './languages.js'
import escapeStringRegexp from 'escape-string-regexp'

/** Where a value may come from. `constant` when none of the other flags is set. */
export interface Origin {
  external: boolean
  parameter: boolean
  unknown: boolean
  /** the first source that made the value non-constant, for the finding's message */
  source?: string
}

export interface AnalyzeOptions {
  /** callee texts that make a value safe for this sink (`shlex.quote`, `html.escape`) */
  sanitizers?: RegExp
  /** whether numeric conversions (`int(x)`, `parseInt`) make a value safe; false for sizes */
  numericSanitizes?: boolean
}

const CONSTANT: Origin = Object.freeze({ external: false, parameter: false, unknown: false })
/**
 * Which arguments an input call writes: `read(fd, buf, n)` writes `buf`, `scanf(fmt, &a, &b)` every
 * argument after the format, `fgets(buf, n, f)` its first. Lengths and descriptors are only read.
 */
function outParamRange(callee: string, count: number): [number, number] {
  const name = callee.replace(/^.*(?:\.|::)/, '')
  if (callee === 'binary.Read') return [2, 3]
  if (/^(?:read|pread|recv|recvfrom|recvmsg|Unmarshal|ReadAt|ReadFull)$/.test(name)) return [1, 2]
  if (/^(?:scanf|vscanf|Scan|Scanln|Scanf)$/.test(name) && !/^fmt\.Scanf$/.test(callee)) return name === 'Scan' || name === 'Scanln' ? [0, count] : [1, count]
  if (/^(?:fscanf|sscanf|Fscanf|Sscanf)$/.test(name)) return [2, count]
  if (/^(?:Fscan|Fscanln|Sscan|Sscanln)$/.test(name)) return [1, count]
  if (callee === 'fmt.Scanf') return [1, count]
  return [0, 1]
}

const LOOP_KINDS = new Set<unknown>(['for_statement', 'for_in_statement', 'for_each_statement', 'foreach_statement', 'enhanced_for_statement', 'range_clause', 'for_expression'])
const TERNARY_KINDS = new Set<unknown>(['conditional_expression', 'ternary_expression'])
/** Methods that add their argument to the receiver in place. */
const MUTATORS = /\.(?:push_str|push|append|extend|WriteString|write_str|Append|AppendFormat|AppendLine|add|insert|concat|Add)$/
const MAX_DEPTH = 14
const COMPOUND_OPERATOR = /^[^=]*[+\-*/.|&%]=/
const NEW_OR_AWAIT = /^(?:new|await)\s+/
const AWAIT_GLUED = /^await(?=[A-Za-z_$])/
const TYPE_ARGUMENTS = /<[^()]*>$/
const TRAILING_BANG = /!$/
const ALL_CAPS = /^\$?[A-Z][A-Z0-9_]*$/
const RECEIVER_NAMES = new Set(['self', 'this', 'cls', '$this', 'super', 'base'])

function join(a: Origin, b: Origin): Origin {
  if (b === CONSTANT) return a
  if (a === CONSTANT) return b
  return {
    external: a.external || b.external,
    parameter: a.parameter || b.parameter,
    unknown: a.unknown || b.unknown,
    source: a.source ?? b.source,
  }
}

/** Text that normalising leaves as it is: most callees and member chains. */
const PLAIN = /^[\w$.:\\>-]*$/
const SPACE = /\s+/g
const OPTIONAL_DOT = /\?\./g
const ASSERTED_DOT = /!\./g

function normalise(text: string): string {
  if (PLAIN.test(text)) return text
  return text.replace(SPACE, '').replace(OPTIONAL_DOT, '.').replace(ASSERTED_DOT, '.')
}

interface Definition {
  start: number
  node: SgNode
  /** the part a use inside which is the definition's own right-hand side: the whole assignment, or a loop's header */
  span: SgNode
  /** the value assigned; undefined when an input call writes the variable (`fgets(buf, …)`) */
  value?: SgNode
  external?: boolean
  accumulates: boolean
  container: SgNode | null
}

interface Scope {
  node: SgNode | null
  params: Map<string, { external: boolean }>
  defs: Map<string, Definition[]>
}

/**
 * Intraprocedural data flow over one parsed file: where does the value of an expression come
 * from? Built lazily per function and cached, so rules may ask freely.
 */
export class DataFlow {
  private readonly scopes = new Map<number, Scope>()
  private readonly origins = new Map<string, Origin>()
  private readonly callees = new Map<number, string>()
  private readonly enclosing = new Map<number, SgNode | null>()
  /** classify results within one origin() query: shared sub-flows are computed once, not once per path */
  private queryMemo = new Map<number, Origin>()
  private readonly sources: SourceTable
  private sourceText: string | undefined

  constructor(
    readonly root: SgNode,
    readonly language: LanguageId,
    /** the ast-grep grammar the root was parsed with (TSX differs from TypeScript) */
    readonly grammar: string = LANGUAGES[language].grammar,
  ) {
    this.sources = SOURCES[language]
  }

  /** Origin of the value of `node` as the enclosing code computes it. Memoised per node and options. */
  origin(node: SgNode, options: AnalyzeOptions = {}): Origin {
    const opts = { numericSanitizes: true, ...options }
    const key = `${node.id()}|${opts.numericSanitizes ? 1 : 0}|${opts.sanitizers?.source ?? ''}`
    let origin = this.origins.get(key)
    if (!origin) {
      this.queryMemo = new Map()
      origin = this.classify(node, opts, 0, new Set())
      this.origins.set(key, origin)
    }
    return origin
  }

  /** True when only constants (and values sanitized for this sink) reach `node`. */
  isConstant(node: SgNode, options: AnalyzeOptions = { numericSanitizes: false }): boolean {
    const o = this.origin(node, options)
    return !o.external && !o.parameter && !o.unknown
  }

  /** Injection sinks: anything not constant is untrusted (fail closed). */
  isUntrusted(node: SgNode, options: AnalyzeOptions = {}): boolean {
    return !this.isConstant(node, { numericSanitizes: true, ...options })
  }

  /** Confinement and resource sinks: external input reaches `node`. */
  isExternal(node: SgNode, options: AnalyzeOptions = { numericSanitizes: false }): boolean {
    return this.origin(node, options).external
  }

  /** The enclosing function of `node`, or null at module level. */
  enclosingFunction(node: SgNode): SgNode | null {
    const cached = this.enclosing.get(node.id())
    if (cached !== undefined) return cached
    // Every node passed on the way up has the same enclosing function: remember it for all of them.
    const passed = [node.id()]
    let cur = node.parent()
    let found: SgNode | null = null
    while (cur) {
      if (FUNCTION_KINDS.has(cur.kind()) && cur.kind() !== 'decorated_definition') {
        found = cur
        break
      }
      const known = this.enclosing.get(cur.id())
      if (known !== undefined) {
        found = known
        break
      }
      passed.push(cur.id())
      cur = cur.parent()
    }
    for (const id of passed) this.enclosing.set(id, found)
    return found
  }

  /** Names (identifier text) of the parameters of a function node. */
  parameterNames(fn: SgNode): string[] {
    return [...this.scopeOf(fn).params.keys()]
  }

  /**
   * True when an upper-bound check on one of `names` dominates `node`: `node` sits inside an
   * `if`/loop whose condition keeps the name small (`n < max`, `n <= sizeof buf`, `max > n`,
   * `min(…)`), or an earlier `if (n > max) return;` (or `n >= max`, `max < n`) leaves the path.
   */
  isGuarded(node: SgNode, names: readonly string[]): boolean {
    if (names.length === 0) return false
    const escaped = names.map((n) => escapeStringRegexp(n)).join('|')
    const keepsSmall = new RegExp(`(?:^|[^\\w$])(?:${escaped})\\s*(?:<|<=)(?!<)|(?:>|>=)\\s*(?:${escaped})(?![\\w$])|\\b(?:min|MIN|Math\\.min|std::min|clamp)\\s*\\(`)
    const rejectsLarge = new RegExp(`(?:^|[^\\w$])(?:${escaped})\\s*(?:>|>=)(?!>)|(?:<|<=)\\s*(?:${escaped})(?![\\w$])`)
    let child = node
    let cur = node.parent()
    while (cur && !(FUNCTION_KINDS.has(cur.kind()) && cur.kind() !== 'decorated_definition')) {
      if (IF_KINDS.has(cur.kind())) {
        const cond = cur.field('condition') ?? cur.namedChildren()[0] ?? null
        const inElse = (cur.field('alternative')?.id() ?? -1) === child.id()
        if (cond && cond.id() !== child.id() && !inElse && keepsSmall.test(cond.text())) return true
      }
      if (BLOCK_KINDS.has(cur.kind())) {
        for (const stmt of child.prevAll()) {
          if (stmt.kind() !== 'if_statement') continue
          const cond = stmt.field('condition') ?? stmt.namedChildren()[0] ?? null
          if (cond && rejectsLarge.test(cond.text()) && this.exits(stmt)) return true
        }
      }
      child = cur
      cur = cur.parent()
    }
    return false
  }

  /** Identifier names used anywhere under `node`. */
  identifiers(node: SgNode): string[] {
    const out: string[] = []
    const walk = (n: SgNode): void => {
      if (IDENTIFIER_KINDS.has(n.kind())) out.push(n.text())
      for (const c of n.children()) if (c.isNamed()) walk(c)
    }
    walk(node)
    return out
  }

  /** The callee text of a call node, normalised: `os.system`, `$db->query`, `std::getline`. Cached per node. */
  calleeText(call: SgNode): string {
    const id = call.id()
    let text = this.callees.get(id)
    if (text === undefined) {
      text = this.computeCalleeText(call)
      this.callees.set(id, text)
    }
    return text
  }

  private computeCalleeText(call: SgNode): string {
    // Most grammars name the callee: one native read instead of locating the argument list.
    const named = call.field('function') ?? call.field('constructor') ?? call.field('macro')
    if (named) return this.normaliseCallee(named.text())
    const args = this.argumentList(call)
    const start = call.range().start.index
    const end = args ? args.range().start.index : call.range().end.index
    const text = this.text().slice(start, end)
    return this.normaliseCallee(text)
  }

  private normaliseCallee(text: string): string {
    // `await a.b<T>(x)` parses as a call of `await a.b<T>`: drop the await and the type arguments.
    if (PLAIN.test(text) && !text.startsWith('await')) return text
    return normalise(text.replace(NEW_OR_AWAIT, ''))
      .replace(AWAIT_GLUED, '')
      .replace(TYPE_ARGUMENTS, '')
      .replace(TRAILING_BANG, '')
  }

  /** The whole source text, read from the tree once. */
  text(): string {
    this.sourceText ??= this.root.text()
    return this.sourceText
  }

  /** The argument nodes of a call, with wrapper `argument` nodes unwrapped. */
  callArguments(call: SgNode): SgNode[] {
    const list = this.argumentList(call)
    if (!list) return []
    const out: SgNode[] = []
    for (const c of list.namedChildren()) {
      const kind = c.kind()
      if (kind === 'comment') continue
      out.push(kind === 'argument' ? (c.namedChildren().at(-1) ?? c) : c)
    }
    return out
  }

  private argumentList(call: SgNode): SgNode | null {
    const byField = call.field('arguments')
    if (byField) return byField
    return call.children().find((c) => ARGUMENT_LIST_KINDS.has(c.kind())) ?? null
  }

  private exits(ifStmt: SgNode): boolean {
    const consequence = ifStmt.field('consequence') ?? ifStmt.field('body') ?? ifStmt.namedChildren()[1]
    if (!consequence) return false
    if (EXIT_KINDS.has(consequence.kind())) return true
    const stack = [consequence]
    while (stack.length) {
      const n = stack.pop()!
      if (EXIT_KINDS.has(n.kind())) return true
      if (CALL_KINDS.has(n.kind()) && EXIT_CALLEES.test(this.calleeText(n))) return true
      if (n.kind() === 'else_clause' || n.kind() === 'else') continue
      for (const c of n.namedChildren()) if (!FUNCTION_KINDS.has(c.kind())) stack.push(c)
    }
    return false
  }

  private classify(node: SgNode, opts: AnalyzeOptions, depth: number, seen: Set<string>): Origin {
    const id = node.id()
    const memo = this.queryMemo.get(id)
    if (memo) return memo
    const origin = this.classifyNode(node, opts, depth, seen)
    this.queryMemo.set(id, origin)
    return origin
  }

  private classifyNode(node: SgNode, opts: AnalyzeOptions, depth: number, seen: Set<string>): Origin {
    if (depth > MAX_DEPTH) return { external: false, parameter: false, unknown: true, source: node.text() }
    const kind = node.kind()
    if (LITERAL_KINDS.has(kind) || CODE_LITERAL_KINDS.has(kind)) return CONSTANT
    if (STRING_KINDS.has(kind)) return this.classifyString(node, opts, depth, seen)
    if (CALL_KINDS.has(kind)) return this.classifyCall(node, opts, depth, seen)
    const text = normalise(node.text())

    if (this.sources.external.test(text)) return { external: true, parameter: false, unknown: false, source: node.text() }

    if (IDENTIFIER_KINDS.has(kind) || kind === 'this' || kind === 'self') return this.resolve(text, node, opts, depth, seen)

    if (MEMBER_KINDS.has(kind)) {
      const last = text.split(/\.|::|->/).at(-1) ?? ''
      if (ALL_CAPS.test(last)) return CONSTANT
      const defs = this.memberDefinitions(text, node)
      if (defs.length) return this.joinDefinitions(defs, opts, depth, seen)
      const base = node.namedChildren()[0]
      if (!base) return { external: false, parameter: false, unknown: true, source: node.text() }
      const baseText = normalise(base.text())
      if (RECEIVER_NAMES.has(baseText)) return { external: false, parameter: false, unknown: true, source: node.text() }
      return this.classify(base, opts, depth + 1, seen)
    }

    if (SUBSCRIPT_KINDS.has(kind)) {
      const base = node.field('value') ?? node.field('object') ?? node.field('array') ?? node.field('operand') ?? node.field('argument') ?? node.namedChildren()[0]
      if (!base) return CONSTANT
      return this.classify(base, opts, depth + 1, seen)
    }

    // A conditional's value is one of its branches; the condition only chooses between them.
    if (TERNARY_KINDS.has(kind)) {
      const named = node.namedChildren().filter((c) => c.kind() !== 'comment')
      const condition = node.field('condition') ?? (this.language === 'python' ? named[1] : named[0])
      let out = CONSTANT
      for (const c of named) if (c.id() !== condition?.id()) out = join(out, this.classify(c, opts, depth + 1, seen))
      return out
    }

    // Casts of C-family languages: (int)x is numeric.
    if ((kind === 'cast_expression' || kind === 'type_cast_expression') && opts.numericSanitizes && /^\((?:int|long|short|unsigned|size_t|double|float|bool|uint\w*|int\w*)\)/.test(text)) {
      return CONSTANT
    }

    const children = node.namedChildren().filter((c) => c.kind() !== 'comment' && !TYPE_ONLY_KINDS.has(c.kind()))
    if (children.length === 0) return CONSTANT
    let out = CONSTANT
    for (const c of children) out = join(out, this.classify(c, opts, depth + 1, seen))
    return out
  }

  private classifyString(node: SgNode, opts: AnalyzeOptions, depth: number, seen: Set<string>): Origin {
    let out = CONSTANT
    for (const c of node.namedChildren()) {
      if (STRING_PART_KINDS.has(c.kind())) continue
      if (c.kind() === 'interpolation' || c.kind() === 'template_substitution') {
        for (const inner of c.namedChildren()) {
          if (!STRING_PART_KINDS.has(inner.kind())) out = join(out, this.classify(inner, opts, depth + 1, seen))
        }
        continue
      }
      out = join(out, this.classify(c, opts, depth + 1, seen))
    }
    return out
  }

  private classifyCall(call: SgNode, opts: AnalyzeOptions, depth: number, seen: Set<string>): Origin {
    const callee = this.calleeText(call)
    const external = (): Origin => ({ external: true, parameter: false, unknown: false, source: call.text() })
    if (this.sources.external.test(callee)) return external()
    if (opts.sanitizers?.test(callee)) return CONSTANT
    if (opts.numericSanitizes && this.sources.numeric.test(callee)) return CONSTANT

    if (call.kind() === 'macro_invocation') {
      const name = callee.replace(/!$/, '')
      let out: Origin = FORMAT_MACROS.test(name) ? CONSTANT : { external: false, parameter: false, unknown: true, source: call.text() }
      const tree = this.argumentList(call)
      if (tree) out = join(out, this.classifyTokenTree(tree, call, opts, depth, seen))
      return out
    }

    let out = CONSTANT
    for (const arg of this.callArguments(call)) out = join(out, this.classify(arg, opts, depth + 1, seen))
    const receiver = this.receiverOf(call)
    if (receiver) {
      const rText = normalise(receiver.text())
      if (this.sources.external.test(rText)) return external()
      // An undeclared name before the dot is a package, module or class (`fmt.Sprintf`, `String.format`), not data.
      if (!(IDENTIFIER_KINDS.has(receiver.kind()) && !this.isDeclared(rText, receiver))) out = join(out, this.classify(receiver, opts, depth + 1, seen))
    }
    if (PROPAGATING_CALLEES.test(callee)) return out
    return join(out, { external: false, parameter: false, unknown: true, source: call.text() })
  }

  /** Rust macro arguments are tokens: read identifiers as uses and `{name}` captures in literals. */
  private classifyTokenTree(tree: SgNode, at: SgNode, opts: AnalyzeOptions, depth: number, seen: Set<string>): Origin {
    let out = CONSTANT
    for (const c of tree.children()) {
      if (c.kind() === 'identifier') out = join(out, this.resolve(c.text(), at, opts, depth + 1, seen))
      else if (c.kind() === 'string_literal') {
        for (const m of c.text().matchAll(/\{([A-Za-z_]\w*)(?::[^}]*)?\}/g)) out = join(out, this.resolve(m[1]!, at, opts, depth + 1, seen))
      } else if (c.kind() === 'token_tree') out = join(out, this.classifyTokenTree(c, at, opts, depth, seen))
      else if (c.isNamed() && !STRING_PART_KINDS.has(c.kind()) && !LITERAL_KINDS.has(c.kind())) out = join(out, this.classify(c, opts, depth + 1, seen))
    }
    return out
  }

  private receiverOf(call: SgNode): SgNode | null {
    const direct = call.field('object') ?? call.field('scope')
    if (direct) return direct
    const fn = call.field('function') ?? call.field('constructor')
    if (!fn || !MEMBER_KINDS.has(fn.kind())) return null
    return fn.field('object') ?? fn.field('operand') ?? fn.field('value') ?? fn.field('expression') ?? fn.field('argument') ?? fn.namedChildren()[0] ?? null
  }

  private resolve(name: string, use: SgNode, opts: AnalyzeOptions, depth: number, seen: Set<string>): Origin {
    const key = `${name}@${use.range().start.index}`
    if (seen.has(key)) return CONSTANT
    seen.add(key)
    const position = use.range().start.index
    const unknown: Origin = { external: false, parameter: false, unknown: true, source: name }
    let out = CONSTANT
    let fn = this.enclosingFunction(use)
    const nested = fn !== null
    for (;;) {
      const scope = this.scopeOf(fn)
      const all = (scope.defs.get(name) ?? []).filter((d) => !this.contains(d.span, use))
      // Module-level definitions reach into functions wherever they stand in the file, except in PHP,
      // whose functions see no globals without a `global` statement.
      const visible = fn === null && nested && this.language === 'php' ? [] : all
      const defs = fn === null && nested ? visible : visible.filter((d) => d.start < position)
      const reaching = fn === null && nested ? { defs, dominated: defs.length > 0 } : this.reaching(defs, use)
      out = join(out, this.joinDefinitions(reaching.defs, opts, depth, seen))
      if (reaching.dominated) return out
      const param = scope.params.get(name)
      if (param) {
        if (RECEIVER_NAMES.has(name)) return join(out, unknown)
        return join(out, { external: param.external, parameter: !param.external, unknown: false, source: name })
      }
      if (fn === null) {
        if (reaching.defs.length || ALL_CAPS.test(name)) return out
        if (this.sources.external.test(name)) return join(out, { external: true, parameter: false, unknown: false, source: name })
        return join(out, unknown)
      }
      fn = this.enclosingFunction(fn)
    }
  }

  /** True when `name` is a parameter or assigned in a scope that encloses `at` (or at module level). */
  private isDeclared(name: string, at: SgNode): boolean {
    for (let fn = this.enclosingFunction(at); ; fn = this.enclosingFunction(fn)) {
      const scope = this.scopeOf(fn)
      if (scope.params.has(name) || scope.defs.has(name)) return true
      if (fn === null) return false
    }
  }

  /** Definitions that reach `use`: the latest one that dominates it and every later conditional one. */
  private reaching(defs: Definition[], use: SgNode): { defs: Definition[]; dominated: boolean } {
    const out: Definition[] = []
    for (let i = defs.length - 1; i >= 0; i--) {
      const d = defs[i]!
      out.push(d)
      if (!d.accumulates && (!d.container || this.contains(d.container, use))) return { defs: out, dominated: true }
    }
    return { defs: out, dominated: false }
  }

  private joinDefinitions(defs: Definition[], opts: AnalyzeOptions, depth: number, seen: Set<string>): Origin {
    let out = CONSTANT
    for (const d of defs) {
      if (d.external) out = join(out, { external: true, parameter: false, unknown: false, source: d.node.text() })
      else if (d.value) out = join(out, this.classify(d.value, opts, depth + 1, seen))
    }
    return out
  }

  private memberDefinitions(text: string, use: SgNode): Definition[] {
    const scope = this.scopeOf(null, true)
    return (scope.defs.get(text) ?? []).filter((d) => !this.contains(d.span, use))
  }

  private contains(outer: SgNode, inner: SgNode): boolean {
    const o = outer.range()
    const i = inner.range()
    return o.start.index <= i.start.index && i.end.index <= o.end.index
  }

  /**
   * Parameters and definitions of one function (or of the module, `fn === null`). With
   * `wholeFile`, definitions of member keys (`self.x`, `this.url`) from the whole file.
   */
  private scopeOf(fn: SgNode | null, wholeFile = false): Scope {
    const id = wholeFile ? -2 : fn ? fn.id() : -1
    const cached = this.scopes.get(id)
    if (cached) return cached
    const scope: Scope = { node: fn, params: new Map(), defs: new Map() }
    if (fn) this.collectParams(fn, scope)
    const body = fn ?? this.root
    const add = (name: string, def: Definition): void => {
      const list = scope.defs.get(name)
      if (list) list.push(def)
      else scope.defs.set(name, [def])
    }
    // One native search for the nodes that define values; walking every node from JavaScript
    // would cross into native code thousands of times per file.
    const kinds = this.definitionKinds(wholeFile)
    const rule = fn === null && !wholeFile ? { any: kinds.map((kind) => ({ kind })), not: { inside: { any: this.functionKinds().map((kind) => ({ kind })), stopBy: 'end' as const } } } : { any: kinds.map((kind) => ({ kind })) }
    for (const n of kinds.length ? body.findAll({ rule }) : []) {
      const kind = String(n.kind())
      const shape = ASSIGNMENT_SHAPES[kind]
      if (kind === 'foreach_statement' && this.language === 'php') this.addPhpForeach(n, add, wholeFile)
      else if (shape) this.addAssignment(n, shape, add, wholeFile)
      else if (CALL_KINDS.has(kind)) this.addOutParams(n, add)
      else if (kind === 'binary_expression' && /^(?:std::)?cin$/.test(normalise(n.namedChildren()[0]?.text() ?? ''))) {
        for (const target of n.namedChildren().slice(1)) {
          if (IDENTIFIER_KINDS.has(target.kind())) add(target.text(), this.definition(n, undefined, false, true))
        }
      }
    }
    for (const list of scope.defs.values()) list.sort((a, b) => a.start - b.start)
    this.scopes.set(id, scope)
    return scope
  }

  /** Kinds that define a value in this grammar: assignments, and input calls and `cin >>` where the language has them. */
  private definitionKinds(membersOnly: boolean): string[] {
    const wanted: unknown[] = Object.keys(ASSIGNMENT_SHAPES)
    if (!membersOnly) wanted.push(...CALL_KINDS)
    if (!membersOnly && this.language === 'cpp') wanted.push('binary_expression')
    return kindsOf(this.root, this.grammar, wanted)
  }

  private functionKinds(): string[] {
    return kindsOf(this.root, this.grammar, [...FUNCTION_KINDS].filter((k) => k !== 'decorated_definition'))
  }

  private definition(node: SgNode, value: SgNode | undefined, accumulates: boolean, external = false): Definition {
    let container: SgNode | null = node.parent()
    while (container && !BLOCK_KINDS.has(container.kind())) container = container.parent()
    return { start: node.range().start.index, node, span: node, value, accumulates, external, container }
  }

  private addAssignment(n: SgNode, shape: { left: string; right: string; accumulates?: boolean; rightFirst?: boolean; strict?: boolean }, add: (name: string, d: Definition) => void, membersOnly: boolean): void {
    const named = n.namedChildren().filter((c) => c.kind() !== 'comment')
    let left = n.field(shape.left) ?? null
    let right = n.field(shape.right) ?? null
    if (!left || !right) {
      if (shape.strict || named.length < 2) return
      left = shape.rightFirst ? named.at(-1)! : named[0]!
      right = shape.rightFirst ? named[0]! : named.at(-1)!
    }
    if (left.id() === right.id()) return
    // The operator between the sides, read from the source: the assignment's own text may be long.
    const accumulates = shape.accumulates === true || COMPOUND_OPERATOR.test(this.text().slice(left.range().end.index, right.range().start.index))
    // Positional pairs: `a, b := f(), g()`.
    const lefts = left.kind() === 'expression_list' ? left.namedChildren() : [left]
    const rights = right.kind() === 'expression_list' ? right.namedChildren() : [right]
    lefts.forEach((l, i) => {
      const value = lefts.length === rights.length ? rights[i]! : rights[0]!
      // Writing one element keeps the rest of the collection: it accumulates.
      const elementWrite = SUBSCRIPT_KINDS.has(l.kind())
      // A loop defines its variable for the body: only a use inside the iterated value is its own.
      const span = LOOP_KINDS.has(n.kind()) ? value : n
      for (const name of this.assignedNames(l, membersOnly)) add(name, { ...this.definition(n, value, accumulates || elementWrite), span })
    })
  }

  /** PHP `foreach ($rows as $k => $v)`: the grammar names no fields; the iterated value comes first. */
  private addPhpForeach(n: SgNode, add: (name: string, d: Definition) => void, membersOnly: boolean): void {
    const [value, target] = n.namedChildren().filter((c) => c.kind() !== 'comment')
    if (!value || !target) return
    for (const name of this.assignedNames(target, membersOnly)) add(name, { ...this.definition(n, value, false), span: value })
  }

  private assignedNames(left: SgNode, membersOnly: boolean): string[] {
    const kind = left.kind()
    if (MEMBER_KINDS.has(kind)) return [normalise(left.text())]
    // `a[i] = v` adds to `a` (see addAssignment); the index is only read.
    if (SUBSCRIPT_KINDS.has(kind)) {
      const base = left.field('value') ?? left.field('object') ?? left.field('array') ?? left.field('operand') ?? left.field('argument') ?? left.namedChildren()[0]
      return base && !membersOnly ? this.assignedNames(base, membersOnly) : []
    }
    if (membersOnly) return []
    if (IDENTIFIER_KINDS.has(kind)) return [left.text()]
    // C declarators: the name is at the bottom of `*p`, `buf[N]`, `&r`.
    const declarator = left.field('declarator')
    if (declarator) return this.assignedNames(declarator, membersOnly)
    const out: string[] = []
    const walk = (n: SgNode): void => {
      if (IDENTIFIER_KINDS.has(n.kind())) out.push(n.text())
      else if (MEMBER_KINDS.has(n.kind())) out.push(normalise(n.text()))
      else if (!NON_NAME_KINDS.has(n.kind())) for (const c of n.namedChildren()) walk(c)
    }
    walk(left)
    return out
  }

  /**
   * Calls that define a variable: `fgets(buf, n, stdin)` and `stdin().read_line(&mut s)` write external
   * input into an argument; `s.push_str(x)`, `sb.append(x)`, `parts.push(x)` add `x` to their receiver.
   */
  private addOutParams(call: SgNode, add: (name: string, d: Definition) => void): void {
    const callee = this.calleeText(call)
    if (MUTATORS.test(callee)) {
      const receiver = this.receiverOf(call)
      const value = this.callArguments(call)[0]
      if (receiver && value && IDENTIFIER_KINDS.has(receiver.kind())) add(receiver.text(), this.definition(call, value, true))
      return
    }
    if (!this.sources.outParams.test(callee)) return
    const args = this.callArguments(call)
    for (const arg of args.slice(...outParamRange(callee, args.length))) {
      const target = arg.kind() === 'reference_expression' || arg.kind() === 'pointer_expression' || arg.kind() === 'unary_expression' ? arg.namedChildren().at(-1) : arg
      if (target && IDENTIFIER_KINDS.has(target.kind())) add(target.text(), this.definition(call, undefined, true, true))
    }
  }

  private collectParams(fn: SgNode, scope: Scope): void {
    const list = this.findParameterList(fn)
    const fnText = fn.kind() === 'function_definition' && fn.parent()?.kind() === 'decorated_definition' ? fn.parent()!.text() : ''
    const header = this.functionHeader(fn) + fnText.slice(0, fnText.indexOf('def '))
    const allExternal = (this.sources.handler?.test(header) ?? false) || this.isMain(fn)
    if (!list) {
      // Arrow functions with one bare parameter: `x => …`.
      const p = fn.field('parameter')
      if (p && IDENTIFIER_KINDS.has(p.kind())) scope.params.set(p.text(), { external: allExternal })
      return
    }
    for (const param of list.namedChildren()) {
      if (param.kind() === 'comment') continue
      const external = allExternal || (this.sources.externalParam?.test(param.text()) ?? false)
      for (const name of this.parameterNamesOf(param)) scope.params.set(name, { external })
    }
  }

  private functionHeader(fn: SgNode): string {
    const body = fn.field('body')
    const end = body ? body.range().start.index : fn.range().end.index
    let start = fn.range().start.index
    // Attributes and annotations may sit on a preceding sibling (C# attribute lists, Rust).
    const prev = fn.prev()
    if (prev && (prev.kind() === 'attribute_item' || prev.kind() === 'attribute_list')) start = prev.range().start.index
    return this.text().slice(start, end)
  }

  private isMain(fn: SgNode): boolean {
    const name = fn.field('name')?.text() ?? fn.field('declarator')?.field('declarator')?.text()
    return name === 'main' || name === 'Main'
  }

  private findParameterList(fn: SgNode): SgNode | null {
    const direct = fn.field('parameters')
    if (direct) return direct
    const queue: Array<{ n: SgNode; d: number }> = fn.namedChildren().map((n) => ({ n, d: 0 }))
    while (queue.length) {
      const { n, d } = queue.shift()!
      if (PARAMETER_LIST_KINDS.has(n.kind())) return n
      if (d < 3 && !BLOCK_KINDS.has(n.kind()) && n.kind() !== 'block') for (const c of n.namedChildren()) queue.push({ n: c, d: d + 1 })
    }
    return null
  }

  private parameterNamesOf(param: SgNode): string[] {
    if (IDENTIFIER_KINDS.has(param.kind())) return [param.text()]
    const out: string[] = []
    const defaultValue = param.field('value') ?? param.field('default_value') ?? param.field('default')
    const walk = (n: SgNode): void => {
      if (defaultValue && n.id() === defaultValue.id()) return
      if (NON_NAME_KINDS.has(n.kind())) return
      if (IDENTIFIER_KINDS.has(n.kind())) {
        out.push(n.text())
        return
      }
      for (const c of n.namedChildren()) walk(c)
    }
    walk(param)
    return out
  }
}

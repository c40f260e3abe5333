/**
 * PHP helpers: call names and arguments, constant strings, a PHP-aware value classifier on top of
 * the engine's data flow, guards, allow-list and containment checks, security-relevant names.
 *
 * The classifier (`taint`) follows local variables itself, because the engine's data flow does not
 * know PHP's `foreach` bindings, by-reference outputs (`preg_match(…, $m)`), heredoc interpolation,
 * or which PHP built-ins only rearrange their arguments (`nl2br`, `trim`, `date`). Everything it does
 * It reads the external-input sources of the php entry of SOURCES, and finds definitions with one
 * tree search per file (the engine's walks over every node are much slower through the bindings).
 */
import type { SgNode } from '@ast-grep/napi'
import type { Origin } from '../../../engine/dataflow.js'
import { SOURCES } from '../../../engine/flow-sources.js'
import type { RuleContext } from '../../../engine/rule.js'
import escapeStringRegexp from 'escape-string-regexp'

export const CALL_KINDS = new Set<string>(['function_call_expression', 'member_call_expression', 'nullsafe_member_call_expression', 'scoped_call_expression', 'object_creation_expression'])
const FUNCTION_KINDS = new Set<string>(['function_definition', 'method_declaration', 'anonymous_function', 'arrow_function'])
const CONTAINER_KINDS = new Set<string>(['compound_statement', 'program', 'colon_block', 'case_statement', 'default_statement', 'declaration_list'])
const STRING_KINDS = new Set<string>(['string', 'encapsed_string', 'heredoc', 'nowdoc', 'shell_command_expression'])
const STRING_PARTS = new Set<string>(['string_content', 'string_value', 'escape_sequence', 'heredoc_start', 'heredoc_end', 'nowdoc_body', 'nowdoc_string', 'text'])
const CONSTANT_KINDS = new Set<string>(['integer', 'float', 'boolean', 'null', 'name', 'qualified_name', 'class_constant_access_expression', 'cast_type', 'anonymous_function', 'arrow_function', 'print_intrinsic', 'magic_constant'])

/** Request data and command-line arguments; `$_ENV`/getenv() are deployment configuration, not input. */
export const SUPERGLOBAL = /^\$(?:_GET|_POST|_REQUEST|_COOKIE|_FILES|_SERVER|argv|HTTP_RAW_POST_DATA)$/

/** Numeric results: cannot carry an injection payload (but still carry a size). */
export const NUMERIC_FUNCTIONS =
  /^(?:intval|floatval|boolval|abs|count|sizeof|strlen|mb_strlen|max|min|round|floor|ceil|intdiv|fmod|time|microtime|hrtime|mktime|strtotime|crc32|ord|strpos|stripos|strrpos|mb_strpos|is_\w+|ctype_\w+|in_array|array_key_exists|isset|empty|filesize|filemtime|random_int|rand|mt_rand|bindec|hexdec|octdec|array_sum|array_product|preg_match|preg_match_all|str_contains|str_starts_with|str_ends_with|hash_equals|password_verify|checkdate|version_compare|strcmp|strcasecmp|strncmp|substr_count|mb_substr_count|memory_get_usage|getmypid|http_response_code|array_search|date_diff)$/

/** Built-ins whose result is only their arguments rearranged or re-encoded. */
export const PURE_FUNCTIONS =
  /^(?:trim|ltrim|rtrim|chop|strtolower|strtoupper|mb_strtolower|mb_strtoupper|ucfirst|lcfirst|ucwords|mb_convert_case|substr|mb_substr|mb_strimwidth|str_replace|str_ireplace|substr_replace|preg_replace|preg_replace_callback|sprintf|vsprintf|implode|join|explode|str_split|mb_str_split|str_pad|str_repeat|nl2br|wordwrap|number_format|strrev|strval|strstr|stristr|strrchr|date|gmdate|idate|base64_encode|base64_decode|bin2hex|hex2bin|urldecode|rawurldecode|html_entity_decode|htmlspecialchars_decode|stripslashes|addslashes|quotemeta|array_slice|array_merge|array_values|array_keys|array_filter|array_unique|array_reverse|array_pop|array_shift|array_column|array_combine|array_flip|array_change_key_case|reset|end|current|next|prev|key|compact|iterator_to_array|mb_convert_encoding|iconv|utf8_encode|utf8_decode|dirname|basename|pathinfo|realpath|strtr|sprintf|vsprintf|json_decode|parse_url|http_build_query|serialize|var_export|print_r|str_word_count|array_map|array_pad|array_fill|array_chunk|array_splice|array_replace|array_diff|array_intersect|chunk_split|mb_strcut|ltrim|strip_tags|filter_var|trim|base_path|app_path|config_path|database_path|resource_path|storage_path|public_path|lang_path|sys_get_temp_dir|getcwd|get_include_path|__)$/

export interface TaintOptions {
  /** callee names that make a value safe for this sink; tested against `callName` and the callee text */
  sanitizers?: RegExp
  /** numeric results and casts are safe (injection sinks); false for sizes */
  numericSafe?: boolean
  /** member accesses (`$wpdb->posts`) that hold configuration for this sink */
  constantMembers?: RegExp
}

const CONST: Origin = Object.freeze({ external: false, parameter: false, unknown: false })
const EXTERNAL = (source: string): Origin => ({ external: true, parameter: false, unknown: false, source })
const UNKNOWN = (source: string): Origin => ({ external: false, parameter: false, unknown: true, source })
const MAX_DEPTH = 16

function join(a: Origin, b: Origin): Origin {
  if (b === CONST || (!b.external && !b.parameter && !b.unknown)) return a
  if (a === CONST || (!a.external && !a.parameter && !a.unknown)) return b
  return { external: a.external || b.external, parameter: a.parameter || b.parameter, unknown: a.unknown || b.unknown, source: a.source ?? b.source }
}

export function contains(outer: SgNode, inner: SgNode): boolean {
  const o = outer.range()
  const i = inner.range()
  return o.start.index <= i.start.index && i.end.index <= o.end.index
}

export function isCall(node: SgNode | null | undefined): node is SgNode {
  return !!node && CALL_KINDS.has(String(node.kind()))
}

/** Strips parentheses, `argument` wrappers and `@`. */
export function unwrap(node: SgNode): SgNode {
  let cur = node
  for (let i = 0; i < 8; i++) {
    const k = cur.kind()
    if (k === 'parenthesized_expression' || k === 'error_suppression_expression' || k === 'argument') {
      const inner = cur.namedChildren().filter((c) => c.kind() !== 'comment').at(-1)
      if (!inner) break
      cur = inner
    } else break
  }
  return cur
}

/**
 * The short name of a call: `htmlspecialchars` for functions (lower case, namespace dropped),
 * `->query` for methods, `DB::select` for static calls, `new Client` for object creation.
 */
export function callName(call: SgNode): string {
  const kind = call.kind()
  if (kind === 'function_call_expression') {
    const fn = call.field('function')
    if (!fn || (fn.kind() !== 'name' && fn.kind() !== 'qualified_name')) return ''
    return (fn.text().split('\\').at(-1) ?? '').toLowerCase()
  }
  if (kind === 'member_call_expression' || kind === 'nullsafe_member_call_expression') {
    const n = call.field('name')
    return n && n.kind() === 'name' ? `->${n.text()}` : ''
  }
  if (kind === 'scoped_call_expression') {
    const scope = call.field('scope')?.text().split('\\').at(-1) ?? ''
    return `${scope}::${call.field('name')?.text() ?? ''}`
  }
  if (kind === 'object_creation_expression') {
    const cls = call.namedChildren().find((c) => c.kind() === 'name' || c.kind() === 'qualified_name')
    return cls ? `new ${cls.text().split('\\').at(-1)}` : ''
  }
  return ''
}

/** `callName` cached per file: rules match call kinds only and filter names here (regexes in matchers are compiled per file). */
export function nameOf(ctx: RuleContext, call: SgNode): string {
  const m = cache<string>(ctx, 'names')
  const id = call.id()
  let n = m.get(id)
  if (n === undefined) {
    n = callName(call)
    m.set(id, n)
  }
  return n
}

/** Matchers by call kind: cheap to compile; rules test names in `check`. */
export const FUNCTION_CALL = { kind: 'function_call_expression' } as const
export const METHOD_CALL = { any: [{ kind: 'member_call_expression' }, { kind: 'nullsafe_member_call_expression' }] }
export const STATIC_CALL = { kind: 'scoped_call_expression' } as const
export const NEW_EXPRESSION = { kind: 'object_creation_expression' } as const

/** The bare method or function name without `->`, `Class::` or `new `. */
export function bareName(call: SgNode): string {
  return callName(call).replace(/^new |^->|^.*::/, '')
}

/** The receiver of a method call (`$db` in `$db->query(…)`), or the scope of a static call. */
export function receiver(call: SgNode): SgNode | null {
  return call.field('object') ?? call.field('scope') ?? null
}

/** Arguments of a call, unwrapped; named arguments (`name: value`) give their value. */
export function args(call: SgNode): SgNode[] {
  const list = call.field('arguments') ?? call.children().find((c) => c.kind() === 'arguments') ?? null
  if (!list) return []
  return list
    .namedChildren()
    .filter((c) => c.kind() === 'argument' || c.kind() === 'variadic_unpacking')
    .map((c) => (c.kind() === 'argument' ? (c.namedChildren().at(-1) ?? c) : c))
}

/** Argument at `index`, or the named argument `name` (PHP 8). */
export function arg(call: SgNode, index: number, name?: string): SgNode | null {
  const list = call.field('arguments') ?? call.children().find((c) => c.kind() === 'arguments') ?? null
  if (!list) return null
  const all = list.namedChildren().filter((c) => c.kind() === 'argument' || c.kind() === 'variadic_unpacking')
  if (name) {
    for (const a of all) {
      const named = a.field('name')
      if (named && named.text() === name) return a.namedChildren().at(-1) ?? null
    }
  }
  const positional = all.filter((a) => !a.field('name'))
  const a = positional[index]
  if (!a) return null
  return a.kind() === 'argument' ? (a.namedChildren().at(-1) ?? null) : a
}

function cache<T>(ctx: RuleContext, bucket: string): Map<string | number, T> {
  let perRoot = caches.get(ctx.root)
  if (!perRoot) {
    perRoot = new Map()
    caches.set(ctx.root, perRoot)
  }
  let m = perRoot.get(bucket)
  if (!m) {
    m = new Map()
    perRoot.set(bucket, m)
  }
  return m as Map<string | number, T>
}
const caches = new WeakMap<SgNode, Map<string, Map<string | number, unknown>>>()

// ---------------------------------------------------------------------------------------------
// Constant strings

function unescape(text: string, single: boolean): string {
  if (single) return text.replace(/\\(['\\])/g, '$1')
  return text.replace(/\\(n|t|r|\\|"|\$|0|e|v|f)/g, (_a, c: string) => ({ n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', $: '$', '0': '\0', e: '\x1b', v: '\v', f: '\f' })[c] ?? c)
}

/** Literal text of a string node without interpolation, else undefined. */
export function literalText(node: SgNode | null | undefined): string | undefined {
  if (!node) return undefined
  const n = unwrap(node)
  const k = n.kind()
  if (k !== 'string' && k !== 'encapsed_string' && k !== 'nowdoc' && k !== 'heredoc') return undefined
  let out = ''
  const single = k === 'string' || k === 'nowdoc'
  const visit = (c: SgNode): boolean => {
    const ck = c.kind()
    if (ck === 'string_content' || ck === 'string_value' || ck === 'nowdoc_string') out += unescape(c.text(), single)
    else if (ck === 'escape_sequence') out += unescape(c.text(), false)
    else if (ck === 'heredoc_body' || ck === 'nowdoc_body') {
      for (const x of c.namedChildren()) if (!visit(x)) return false
    } else if (ck === 'heredoc_start' || ck === 'heredoc_end') return true
    else return false
    return true
  }
  for (const c of n.namedChildren()) if (!visit(c)) return undefined
  if (n.namedChildren().length === 0) {
    const t = n.text()
    return t.length >= 2 ? t.slice(1, -1) : ''
  }
  return out
}

/** Value of a `const NAME = …` / `define('NAME', …)` / class constant anywhere in the file. */
function constantDefinition(ctx: RuleContext, name: string): SgNode | null {
  const m = cache<SgNode | null>(ctx, 'const')
  if (m.has(name)) return m.get(name) ?? null
  let found: SgNode | null = null
  for (const el of ctx.root.findAll({ rule: { kind: 'const_element', has: { kind: 'name', regex: `^${name}$` } } })) {
    const named = el.namedChildren()
    if (named[0]?.text() === name && named[1]) {
      found = named[1]
      break
    }
  }
  if (!found) {
    for (const call of ctx.root.findAll({ rule: { kind: 'function_call_expression', has: { field: 'function', regex: '^\\\\?define$' } } })) {
      const a = args(call)
      if (literalText(a[0]) === name && a[1]) {
        found = a[1]
        break
      }
    }
  }
  m.set(name, found)
  return found
}

/** Constant string value of a literal, a constant, a concatenation of them or a constant local. */
export function stringValue(ctx: RuleContext, node: SgNode | null | undefined, depth = 0): string | undefined {
  if (!node || depth > 6) return undefined
  const n = unwrap(node)
  const lit = literalText(n)
  if (lit !== undefined) return lit
  const k = n.kind()
  if (k === 'integer' || k === 'float') return n.text()
  if (k === 'unary_op_expression' && /^[-+]/.test(n.text())) {
    const inner = stringValue(ctx, n.namedChildren().at(-1), depth + 1)
    return inner !== undefined && /^[\d.]+$/.test(inner) ? `${n.text().charAt(0) === '-' ? '-' : ''}${inner}` : undefined
  }
  if (k === 'binary_expression' && n.field('operator')?.text() === '.') {
    const l = stringValue(ctx, n.field('left'), depth + 1)
    const r = l === undefined ? undefined : stringValue(ctx, n.field('right'), depth + 1)
    return l !== undefined && r !== undefined ? l + r : undefined
  }
  if (k === 'name') {
    const def = constantDefinition(ctx, n.text())
    return def ? stringValue(ctx, def, depth + 1) : undefined
  }
  if (k === 'class_constant_access_expression') {
    const member = n.namedChildren().at(-1)?.text()
    if (!member || member === 'class') return undefined
    const def = constantDefinition(ctx, member)
    return def ? stringValue(ctx, def, depth + 1) : undefined
  }
  if (k === 'variable_name') {
    const defs = reachingDefinitions(ctx, n)
    if (!defs.dominated || defs.defs.length !== 1) return undefined
    const v = defs.defs[0]!.value
    return v ? stringValue(ctx, v, depth + 1) : undefined
  }
  return undefined
}

/** The leading literal text of a string-building expression (following locals), or ''. */
export function leadingText(ctx: RuleContext, node: SgNode | null | undefined, depth = 0): string {
  if (!node || depth > 6) return ''
  const n = unwrap(node)
  const full = stringValue(ctx, n)
  if (full !== undefined) return full
  const k = n.kind()
  if (k === 'encapsed_string' || k === 'heredoc') {
    let out = ''
    const parts = k === 'heredoc' ? n.namedChildren().flatMap((c) => (c.kind() === 'heredoc_body' ? c.namedChildren() : [c])) : n.namedChildren()
    for (const c of parts) {
      if (c.kind() === 'heredoc_start' || c.kind() === 'heredoc_end') continue
      if (c.kind() === 'string_content' || c.kind() === 'string_value') out += unescape(c.text(), false)
      else if (c.kind() === 'escape_sequence') out += unescape(c.text(), false)
      else break
    }
    return out
  }
  if (k === 'binary_expression' && n.field('operator')?.text() === '.') {
    const left = n.field('left')
    const l = leadingText(ctx, left, depth + 1)
    const lFull = left ? stringValue(ctx, left) : undefined
    if (lFull !== undefined) return lFull + leadingText(ctx, n.field('right'), depth + 1)
    return l
  }
  if (k === 'variable_name') {
    const defs = reachingDefinitions(ctx, n)
    if (!defs.dominated || defs.defs.length !== 1 || defs.defs[0]!.accumulates) return ''
    return leadingText(ctx, defs.defs[0]!.value, depth + 1)
  }
  if (isCall(n) && /^(?:sprintf|vsprintf)$/.test(callName(n))) {
    const fmt = stringValue(ctx, args(n)[0])
    if (fmt === undefined) return ''
    const i = fmt.indexOf('%')
    return i < 0 ? fmt : fmt.slice(0, i)
  }
  return ''
}

// ---------------------------------------------------------------------------------------------
// Local definitions

export interface Definition {
  node: SgNode
  /** the value assigned, when the definition has one */
  value?: SgNode
  /** adds to the previous value (`.=`, `$a[] = …`) instead of replacing it */
  accumulates: boolean
  /** the definition brings an unknown value (`global $x`, `catch (E $e)`, `bind_result($x)`) */
  unknown?: boolean
  container: SgNode | null
  start: number
  end: number
  /** range of the container; [-1, -1] when the definition dominates its whole scope */
  cStart: number
  cEnd: number
}

function containerOf(node: SgNode): SgNode | null {
  let cur = node.parent()
  while (cur && !CONTAINER_KINDS.has(String(cur.kind()))) {
    if (FUNCTION_KINDS.has(String(cur.kind()))) return null
    cur = cur.parent()
  }
  return cur
}

export function enclosingFunction(node: SgNode): SgNode | null {
  let cur = node.parent()
  while (cur) {
    if (FUNCTION_KINDS.has(String(cur.kind()))) return cur
    cur = cur.parent()
  }
  return null
}

interface FunctionSpan {
  node: SgNode
  start: number
  end: number
}

const FUNCTION_RULE = { rule: { any: ['function_definition', 'method_declaration', 'anonymous_function', 'arrow_function'].map((kind) => ({ kind })) } }

/** The functions of the file with their ranges, innermost last among those that nest (cached). */
function functionSpans(ctx: RuleContext): FunctionSpan[] {
  const m = cache<FunctionSpan[]>(ctx, 'functions')
  let spans = m.get(0)
  if (!spans) {
    spans = ctx.root.findAll(FUNCTION_RULE).map((node) => {
      const r = node.range()
      return { node, start: r.start.index, end: r.end.index }
    })
    spans.sort((a, b) => a.start - b.start)
    m.set(0, spans)
  }
  return spans
}

/** `enclosingFunction` by range lookup: no walk up the tree through the bindings. */
export function scopeAt(ctx: RuleContext, node: SgNode): SgNode | null {
  const r = node.range()
  const start = r.start.index
  const end = r.end.index
  let best: FunctionSpan | null = null
  for (const f of functionSpans(ctx)) {
    if (f.start > start) break
    // Strictly inside: a function node is not its own scope.
    if (f.end >= end && !(f.start === start && f.end === end) && (!best || f.start >= best.start)) best = f
  }
  return best ? best.node : null
}

/** `$a` for `$a`, `$a[…]`, `$a[…][…]`; null for members and anything else. */
function baseVariable(node: SgNode): { name: string; whole: boolean } | null {
  let cur = node
  let whole = true
  for (let i = 0; i < 8; i++) {
    if (cur.kind() === 'variable_name') return { name: cur.text(), whole }
    if (cur.kind() === 'subscript_expression') {
      whole = false
      const b = cur.namedChildren()[0]
      if (!b) return null
      cur = b
      continue
    }
    if (cur.kind() === 'by_ref') {
      const b = cur.namedChildren()[0]
      if (!b) return null
      cur = b
      continue
    }
    return null
  }
  return null
}

/** By-reference outputs of built-ins: the output variable's value comes from argument `from`. */
const OUT_PARAMS: Record<string, { out: number; from?: number; unknown?: boolean }> = {
  preg_match: { out: 2, from: 1 },
  preg_match_all: { out: 2, from: 1 },
  parse_str: { out: 1, from: 0 },
  mb_parse_str: { out: 1, from: 0 },
  sscanf: { out: 2, from: 0 },
  exec: { out: 1, unknown: true },
  openssl_open: { out: 1, unknown: true },
  socket_recv: { out: 1, unknown: true },
  socket_recvfrom: { out: 1, unknown: true },
  similar_text: { out: 2, unknown: true },
}

const DEFINITION_RULE = {
  rule: {
    any: [
      { kind: 'assignment_expression' },
      { kind: 'reference_assignment_expression' },
      { kind: 'augmented_assignment_expression' },
      { kind: 'foreach_statement' },
      { kind: 'global_declaration' },
      { kind: 'catch_clause' },
      { kind: 'static_variable_declaration' },
      { kind: 'property_element' },
      { kind: 'anonymous_function_use_clause' },
      { kind: 'function_call_expression', has: { field: 'function', regex: `^\\\\?(?:${Object.keys(OUT_PARAMS).join('|')})$` } },
      { kind: 'member_call_expression', has: { field: 'name', regex: '^(?:bind_result|bindColumn)$' } },
    ],
  },
}

interface FileDefinitions {
  /** per scope (function node id, -1 for the file) and variable name, in source order */
  locals: Map<number, Map<string, Definition[]>>
  /** member targets (`$this->x`, `self::$x`) → assignments and property defaults, file-wide */
  members: Map<string, Definition[]>
}

/** All variable and member definitions of the file, from one tree search (cached per file). */
function fileDefinitions(ctx: RuleContext): FileDefinitions {
  const m = cache<FileDefinitions>(ctx, 'fileDefs')
  const cached = m.get(0)
  if (cached) return cached
  const out: FileDefinitions = { locals: new Map(), members: new Map() }
  const add = (scope: SgNode | null, name: string, d: Omit<Definition, 'container' | 'start' | 'end' | 'cStart' | 'cEnd'>): void => {
    const key = scope ? scope.id() : -1
    let names = out.locals.get(key)
    if (!names) out.locals.set(key, (names = new Map()))
    const r = d.node.range()
    const container = containerOf(d.node)
    const cr = container?.range()
    const def: Definition = { ...d, container, start: r.start.index, end: r.end.index, cStart: cr ? cr.start.index : -1, cEnd: cr ? cr.end.index : -1 }
    const list = names.get(name)
    if (list) list.push(def)
    else names.set(name, [def])
  }
  const addMember = (key: string, d: Omit<Definition, 'container' | 'start' | 'end' | 'cStart' | 'cEnd'>): void => {
    const r = d.node.range()
    const def: Definition = { ...d, container: null, start: r.start.index, end: r.end.index, cStart: -1, cEnd: -1 }
    const list = out.members.get(key)
    if (list) list.push(def)
    else out.members.set(key, [def])
  }
  for (const n of ctx.root.findAll(DEFINITION_RULE)) {
    const k = String(n.kind())
    if (k === 'anonymous_function_use_clause') {
      // `use (&$x)` lets the closure write the outer variable: an unknown write in the outer scope.
      const closure = n.parent()
      if (!closure) continue
      const outer = scopeAt(ctx, closure)
      for (const u of n.namedChildren()) {
        if (u.kind() !== 'by_ref') continue
        const v = u.namedChildren()[0]
        if (v?.kind() === 'variable_name') add(outer, v.text(), { node: closure, accumulates: true, unknown: true })
      }
      continue
    }
    if (k === 'property_element') {
      const named = n.namedChildren()
      const v = named[0]
      const value = named[1]?.kind() === 'property_initializer' ? named[1].namedChildren()[0] : named[1]
      if (v?.kind() === 'variable_name' && value) {
        const bare = v.text().slice(1)
        for (const key of [`$this->${bare}`, `self::$${bare}`, `static::$${bare}`]) addMember(key, { node: n, value, accumulates: false })
      }
      continue
    }
    const scope = scopeAt(ctx, n)
    if (k === 'assignment_expression' || k === 'reference_assignment_expression' || k === 'augmented_assignment_expression') {
      const left = n.field('left')
      const right = n.field('right')
      if (!left || !right) continue
      const op = k === 'augmented_assignment_expression'
      const lk = left.kind()
      if (lk === 'list_literal' || lk === 'array_creation_expression') {
        for (const v of left.findAll({ rule: { kind: 'variable_name' } })) add(scope, v.text(), { node: n, value: right, accumulates: false })
      } else if (lk === 'member_access_expression' || lk === 'nullsafe_member_access_expression' || lk === 'scoped_property_access_expression') {
        addMember(left.text().replace(/\s+/g, '').replace('?->', '->'), { node: n, value: right, accumulates: op })
      } else {
        const base = baseVariable(left)
        if (base) add(scope, base.name, { node: n, value: right, accumulates: op || !base.whole })
      }
    } else if (k === 'foreach_statement') {
      const named = n.namedChildren()
      const coll = named[0]
      const binding = named[1]
      if (!coll || !binding) continue
      const vars = binding.kind() === 'pair' ? binding.namedChildren() : [binding]
      for (const v of vars) {
        const base = v.kind() === 'by_ref' ? v.namedChildren()[0] : v
        if (base?.kind() === 'variable_name') add(scope, base.text(), { node: binding, value: coll, accumulates: false })
        else if (base) for (const x of base.findAll({ rule: { kind: 'variable_name' } })) add(scope, x.text(), { node: binding, value: coll, accumulates: false })
      }
    } else if (k === 'global_declaration' || k === 'catch_clause') {
      for (const v of n.namedChildren()) if (v.kind() === 'variable_name') add(scope, v.text(), { node: n, accumulates: false, unknown: true })
    } else if (k === 'static_variable_declaration') {
      const named = n.namedChildren()
      if (named[0]?.kind() === 'variable_name') add(scope, named[0].text(), { node: n, value: named[1], accumulates: false })
    } else if (k === 'function_call_expression') {
      const name = callName(n)
      const spec = Object.hasOwn(OUT_PARAMS, name) ? OUT_PARAMS[name] : undefined
      if (!spec) continue
      const a = args(n)
      const outVar = a[spec.out]
      const base = outVar ? baseVariable(outVar) : null
      if (base) add(scope, base.name, { node: n, value: spec.from !== undefined ? a[spec.from] : undefined, accumulates: false, unknown: spec.unknown })
    } else if (k === 'member_call_expression') {
      for (const a of args(n)) {
        const base = baseVariable(a)
        if (base) add(scope, base.name, { node: n, accumulates: false, unknown: true })
      }
    }
  }
  for (const names of out.locals.values()) for (const list of names.values()) list.sort((x, y) => x.start - y.start)
  m.set(0, out)
  return out
}

function scopeDefinitions(ctx: RuleContext, scope: SgNode | null): Map<string, Definition[]> {
  return fileDefinitions(ctx).locals.get(scope ? scope.id() : -1) ?? new Map()
}

/** Assignments and property defaults of a member (`$this->x`), file-wide. */
export function memberDefinitions(ctx: RuleContext, member: SgNode): Definition[] {
  const key = member.text().replace(/\s+/g, '').replace('?->', '->')
  return (fileDefinitions(ctx).members.get(key) ?? []).filter((d) => !contains(d.node, member))
}

/** Definitions of variable `use` that reach it, and whether the latest one dominates it. */
export function reachingDefinitions(ctx: RuleContext, use: SgNode, name = use.text()): { defs: Definition[]; dominated: boolean; scope: SgNode | null } {
  const scope = scopeAt(ctx, use)
  const r = use.range()
  const pos = r.start.index
  const end = r.end.index
  const list = scopeDefinitions(ctx, scope).get(name) ?? []
  const defs: Definition[] = []
  for (let i = list.length - 1; i >= 0; i--) {
    const d = list[i]!
    if (d.start >= pos || (d.start <= pos && end <= d.end)) continue
    defs.push(d)
    if (!d.accumulates && (d.cStart < 0 || (d.cStart <= pos && end <= d.cEnd))) return { defs, dominated: true, scope }
  }
  return { defs, dominated: false, scope }
}

function parameterNode(fn: SgNode, name: string): SgNode | null {
  const params = fn.field('parameters') ?? fn.children().find((c) => c.kind() === 'formal_parameters') ?? null
  if (!params) return null
  for (const p of params.namedChildren()) {
    const v = p.field('name') ?? p.namedChildren().find((c) => c.kind() === 'variable_name')
    if (v && v.text() === name) return v
  }
  return null
}

/** A parameter of a route handler (`#[Route]`) or one mapped from the request (`#[MapQueryParameter]`). */
function externalParameter(fn: SgNode, param: SgNode): boolean {
  const body = fn.field('body')
  const start = fn.range().start.index
  const header = body ? fn.text().slice(0, body.range().start.index - start) : fn.text()
  if (SOURCES.php.handler?.test(header)) return true
  const decl = param.parent()
  return !!decl && (SOURCES.php.externalParam?.test(decl.text()) ?? false)
}

function closureCaptures(fn: SgNode, name: string): boolean {
  if (fn.kind() === 'arrow_function') return true
  const use = fn.children().find((c) => c.kind() === 'anonymous_function_use_clause')
  return !!use && use.findAll({ rule: { kind: 'variable_name' } }).some((v) => v.text() === name)
}

// ---------------------------------------------------------------------------------------------
// Classification

function sanitized(ctx: RuleContext, call: SgNode, opts: TaintOptions): boolean {
  if (!opts.sanitizers) return false
  const short = nameOf(ctx, call)
  if (short && opts.sanitizers.test(short)) return true
  const full = ctx.flow.calleeText(call).replace(/^\\/, '')
  return opts.sanitizers.test(full)
}

/**
 * Where the value of `node` comes from: constant when no flag is set. Sanitizer calls and (unless
 * `numericSafe` is false) numeric results count as constant.
 */
export function taint(ctx: RuleContext, node: SgNode, opts: TaintOptions = {}): Origin {
  return classify(ctx, node, { numericSafe: true, ...opts }, 0, new Set())
}

/** Injection sinks: anything not constant. */
export function untrusted(ctx: RuleContext, node: SgNode, opts: TaintOptions = {}): boolean {
  const o = taint(ctx, node, opts)
  return o.external || o.parameter || o.unknown
}

/** Confinement and resource sinks: external input reaches `node`. */
export function external(ctx: RuleContext, node: SgNode, opts: TaintOptions = {}): boolean {
  return taint(ctx, node, opts).external
}


function classify(ctx: RuleContext, node: SgNode, opts: TaintOptions, depth: number, seen: Set<string>): Origin {
  if (depth > MAX_DEPTH) return UNKNOWN(node.text())
  const n = unwrap(node)
  const k = String(n.kind())
  const rec = (c: SgNode | null | undefined): Origin => (c ? classify(ctx, c, opts, depth + 1, seen) : CONST)

  if (CONSTANT_KINDS.has(k)) return CONST
  if (STRING_KINDS.has(k)) {
    let out = CONST
    const visit = (c: SgNode): void => {
      const ck = String(c.kind())
      if (STRING_PARTS.has(ck)) return
      if (ck === 'heredoc_body') {
        for (const x of c.namedChildren()) visit(x)
        return
      }
      out = join(out, rec(c))
    }
    for (const c of n.namedChildren()) visit(c)
    return out
  }
  if (k === 'variable_name') return resolveVariable(ctx, n, opts, depth, seen)
  if (k === 'subscript_expression') {
    const base = n.namedChildren()[0]
    if (!base) return CONST
    if (base.kind() === 'variable_name' && SUPERGLOBAL.test(base.text())) return { external: true, parameter: false, unknown: false, source: n.text() }
    return rec(base)
  }
  if (k === 'binary_expression') {
    const op = n.field('operator')?.text() ?? ''
    if (op === '.' || op === '??' || op === '?:') return join(rec(n.field('left')), rec(n.field('right')))
    if (/^(?:[=!]==?|<>|<=?|>=?|<=>|&&|\|\||and|or|xor|instanceof)$/i.test(op)) return CONST
    if (opts.numericSafe !== false) return CONST
    return join(rec(n.field('left')), rec(n.field('right')))
  }
  if (k === 'conditional_expression') {
    const cond = n.field('condition')
    const body = n.field('body')
    const alt = n.field('alternative')
    if (!body) return join(rec(cond), rec(alt))
    const bodyOrigin = cond && body && allowListCondition(cond, body.text()) ? CONST : rec(body)
    return join(bodyOrigin, rec(alt))
  }
  if (k === 'unary_op_expression') {
    const op = n.field('operator')?.text() ?? n.text().charAt(0)
    if (op === '!' || opts.numericSafe !== false) return CONST
    return rec(n.namedChildren().at(-1))
  }
  if (k === 'update_expression') return opts.numericSafe !== false ? CONST : rec(n.namedChildren()[0])
  if (k === 'cast_expression') {
    const type = (n.namedChildren().find((c) => c.kind() === 'cast_type')?.text() ?? '').toLowerCase()
    if (/^(?:int|integer|float|double|real|bool|boolean|unset)$/.test(type) && opts.numericSafe !== false) return CONST
    if (type === 'array' || type === 'object' || type === 'string' || type === 'binary' || !type) return rec(n.namedChildren().at(-1))
    return rec(n.namedChildren().at(-1))
  }
  if (k === 'array_creation_expression') {
    let out = CONST
    for (const el of n.namedChildren()) out = join(out, rec(el))
    return out
  }
  if (k === 'array_element_initializer' || k === 'pair' || k === 'sequence_expression' || k === 'variadic_unpacking' || k === 'by_ref') {
    let out = CONST
    for (const el of n.namedChildren()) out = join(out, rec(el))
    return out
  }
  if (k === 'match_expression') {
    let out = CONST
    const block = n.field('body') ?? n.namedChildren().find((c) => c.kind() === 'match_block')
    for (const arm of block?.namedChildren() ?? []) out = join(out, rec(arm.namedChildren().filter((c) => c.kind() !== 'match_condition_list').at(-1)))
    return out
  }
  if (k === 'assignment_expression' || k === 'reference_assignment_expression' || k === 'augmented_assignment_expression') return rec(n.field('right'))
  if (CALL_KINDS.has(k)) {
    if (sanitized(ctx, n, opts)) return CONST
    const name = nameOf(ctx, n)
    const callee = ctx.flow.calleeText(n).replace(/^\\/, '')
    if (SOURCES.php.external.test(callee)) return EXTERNAL(n.text())
    if (k === 'function_call_expression') {
      if (opts.numericSafe !== false && NUMERIC_FUNCTIONS.test(name)) return CONST
      if (name === 'array_map' && opts.numericSafe !== false) {
        const cb = literalText(args(n)[0])
        if (cb && NUMERIC_FUNCTIONS.test(cb)) return CONST
        if (cb && opts.sanitizers?.test(cb)) return CONST
      }
      if ((name === 'preg_replace' || name === 'str_replace') && strippingFilter(ctx, n)) return CONST
      if (/^(?:sprintf|vsprintf)$/.test(name) && opts.numericSafe !== false) {
        // Only the %s arguments carry text: sprintf('… %d …', $id) is numeric.
        const [fmt, ...rest] = args(n)
        const f = fmt ? stringValue(ctx, fmt) : undefined
        if (f !== undefined && name === 'sprintf') {
          const conv = [...f.matchAll(/%(?:(\d+)\$)?[-+ 0]*(?:'.)?\d*(?:\.\d+)?([a-zA-Z%])/g)].filter((c) => c[2] !== '%')
          let out = CONST
          conv.forEach((c, i) => {
            const index = c[1] ? Number(c[1]) - 1 : i
            if (/[sSv]/.test(c[2]!) && rest[index]) out = join(out, rec(rest[index]))
          })
          return out
        }
      }
      if (PURE_FUNCTIONS.test(name)) {
        let out = CONST
        for (const a of args(n)) out = join(out, rec(a))
        return out
      }
    }
    // Any other call: as trusted as its arguments and receiver, and never constant.
    let out = UNKNOWN(n.text())
    for (const a of args(n)) out = join(out, rec(a))
    const recv = receiver(n)
    if (recv && k !== 'scoped_call_expression') {
      if (SOURCES.php.external.test(recv.text().replace(/\s+/g, ''))) return EXTERNAL(n.text())
      out = join(out, rec(recv))
    }
    if (k === 'function_call_expression') {
      const fn = n.field('function')
      if (fn && fn.kind() !== 'name' && fn.kind() !== 'qualified_name') out = join(out, rec(fn))
    }
    return out
  }
  if (k === 'member_access_expression' || k === 'nullsafe_member_access_expression' || k === 'scoped_property_access_expression') {
    const text = n.text().replace(/\s+/g, '')
    if (SOURCES.php.external.test(text)) return EXTERNAL(n.text())
    // Laravel's dynamic input properties: $request->email, $request->webhook_url.
    if (k !== 'scoped_property_access_expression' && /^\$(?:request|req)->\w+$/.test(text)) return EXTERNAL(n.text())
    const last = n.namedChildren().at(-1)?.text() ?? ''
    if (/^\$?[A-Z][A-Z0-9_]*$/.test(last)) return CONST
    if (opts.constantMembers?.test(text)) return CONST
    const defs = memberDefinitions(ctx, n)
    if (defs.length) {
      let out = CONST
      for (const d of defs) if (d.value) out = join(out, rec(d.value))
      return out
    }
    const base = n.namedChildren()[0]
    if (!base || base.text() === '$this' || k === 'scoped_property_access_expression') return UNKNOWN(n.text())
    return rec(base)
  }
  if (k === 'include_expression' || k === 'include_once_expression' || k === 'require_expression' || k === 'require_once_expression' || k === 'shell_command_expression') return UNKNOWN(n.text())
  if (k === 'dynamic_variable_name') return UNKNOWN(n.text())
  let out = CONST
  for (const c of n.namedChildren()) if (c.kind() !== 'comment') out = join(out, rec(c))
  return out
}

/**
 * `preg_replace('/[^a-z0-9_-]/i', '', $x)`: a filter that keeps only letters, digits and a few
 * inert characters, so no quote, slash, angle bracket or shell metacharacter survives.
 */
function strippingFilter(ctx: RuleContext, call: SgNode): boolean {
  if (callName(call) !== 'preg_replace') return false
  const pattern = stringValue(ctx, arg(call, 0))
  const replacement = stringValue(ctx, arg(call, 1))
  if (pattern === undefined || replacement === undefined || /[^\w. -]/.test(replacement)) return false
  const m = /^([/#~])\[\^((?:[^\]\\]|\\[dws\-._])+)\]\+?\1[a-zA-Z]*$/.exec(pattern)
  if (!m) return false
  const cls = m[2]!.replace(/\\[dw]/g, '').replace(/[a-zA-Z0-9]-[a-zA-Z0-9]/g, '').replace(/\\([-._])/g, '$1')
  return /^[\w._ -]*$/.test(cls) && !cls.includes('..')
}

function resolveVariable(ctx: RuleContext, v: SgNode, opts: TaintOptions, depth: number, seen: Set<string>, name = v.text()): Origin {
  if (name === '$this') return UNKNOWN(name)
  if (SUPERGLOBAL.test(name)) return { external: true, parameter: false, unknown: false, source: name }
  const key = `${name}@${v.range().start.index}`
  if (seen.has(key)) return CONST
  seen.add(key)
  if (allowListedAt(ctx, v, name, opts.numericSafe !== false)) return CONST
  const { defs, dominated, scope } = reachingDefinitions(ctx, v, name)
  let out = CONST
  for (const d of defs) {
    if (d.unknown) out = join(out, UNKNOWN(d.node.text()))
    if (d.value) out = join(out, classify(ctx, d.value, opts, depth + 1, seen))
  }
  if (dominated) return out
  if (scope) {
    const p = parameterNode(scope, name)
    if (p) {
      const ext = externalParameter(scope, p)
      return join(out, { external: ext, parameter: !ext, unknown: false, source: name })
    }
    if (scope.kind() !== 'function_definition' && scope.kind() !== 'method_declaration' && closureCaptures(scope, name)) {
      return join(out, resolveVariable(ctx, scope, opts, depth + 1, seen, name))
    }
    // A named function sees no outer locals: an undefined name is null (or set by `extract`/`$$x`).
    return defs.length ? out : join(out, UNKNOWN(name))
  }
  return defs.length ? out : join(out, UNKNOWN(name))
}

const ALLOW_LIST_CALLS = /\b(?:in_array|array_key_exists|isset|ctype_alnum|ctype_digit|ctype_alpha|is_numeric)\s*\(/

/**
 * The value of `name` at `use` passed an allow-list: `use` sits in the then-branch of
 * `if (in_array($x, $allowed, true))`, or an earlier `if (!in_array($x, …)) { $x = 'default'; }`
 * (or `… { exit; }`) replaced or rejected anything else.
 */
function allowListedAt(ctx: RuleContext, use: SgNode, name: string, typeChecks: boolean): boolean {
  const fn = scopeAt(ctx, use)
  const m = cache<boolean>(ctx, 'allowListScopes')
  const key = fn ? fn.id() : -1
  let any = m.get(key)
  if (any === undefined) {
    any = ALLOW_LIST_CALLS.test(fn ? fn.text() : ctx.source)
    m.set(key, any)
  }
  if (!any) return false
  const e = escapeStringRegexp(name)
  const check = new RegExp(`(!\\s*)?\\b(?:(?:in_array|array_key_exists)\\s*\\(\\s*${e}\\s*,|isset\\s*\\(\\s*\\$[\\w>-]+\\[\\s*${e}\\s*\\]${typeChecks ? `|(?:ctype_alnum|ctype_digit|ctype_alpha|is_numeric)\\s*\\(\\s*${e}\\s*\\)` : ''})`)
  const assigns = new RegExp(`${e}\\s*=[^=]`)
  let child = use
  let cur = use.parent()
  while (cur && !FUNCTION_KINDS.has(String(cur.kind()))) {
    const k = cur.kind()
    if (k === 'if_statement' || k === 'conditional_expression') {
      const cond = cur.field('condition')
      const inElse = child.kind() === 'else_clause' || child.kind() === 'else_if_clause' || cur.field('alternative')?.id() === child.id()
      if (cond && cond.id() !== child.id() && !inElse) {
        const hit = check.exec(cond.text())
        if (hit && !hit[1]) return true
      }
    }
    if (CONTAINER_KINDS.has(String(k))) {
      for (const stmt of child.prevAll()) {
        if (stmt.kind() !== 'if_statement') continue
        const cond = stmt.field('condition')
        if (!cond || !check.test(cond.text())) continue
        const body = stmt.field('body')
        if (exitsPath(stmt) || (body && assigns.test(body.text()))) return true
      }
    }
    child = cur
    cur = cur.parent()
  }
  return false
}

/** `in_array($x, …)`, `array_key_exists($x, …)`, `isset($map[$x])` checking exactly `name`. */
function allowListCondition(cond: SgNode, name: string): boolean {
  const text = cond.text().replace(/\s+/g, '')
  const esc = escapeStringRegexp(name)
  return new RegExp(`(?:in_array|array_key_exists)\\(${esc}[,)]|isset\\(\\$\\w+\\[${esc}\\]\\)|array_key_exists\\(${esc},`).test(text)
}

// ---------------------------------------------------------------------------------------------
// Checks that dominate a sink


function exitsPath(stmt: SgNode): boolean {
  const body = stmt.field('body') ?? stmt.namedChildren()[1]
  if (!body) return false
  const stack = [body]
  while (stack.length) {
    const n = stack.pop()!
    const k = n.kind()
    if (k === 'exit_statement' || k === 'return_statement' || k === 'throw_expression' || k === 'throw_statement' || k === 'break_statement' || k === 'continue_statement') return true
    if (k === 'function_call_expression' && /^(?:exit|die|abort|wp_die)$/.test(callName(n))) return true
    if (k === 'else_clause' || k === 'else_if_clause' || FUNCTION_KINDS.has(String(k))) continue
    for (const c of n.namedChildren()) stack.push(c)
  }
  return false
}

/**
 * True when a condition matching `test` dominates `node`: `node` sits in the then-branch of an
 * `if` whose condition passes, or an earlier `if (…) { exit/return/throw }` whose condition
 * passes leaves the path.
 */
export function dominatedBy(node: SgNode, test: (cond: string, negatedExit: boolean) => boolean): boolean {
  let child = node
  let cur = node.parent()
  while (cur && !FUNCTION_KINDS.has(String(cur.kind()))) {
    const k = cur.kind()
    if (k === 'if_statement' || k === 'while_statement' || k === 'conditional_expression') {
      const cond = cur.field('condition') ?? cur.namedChildren()[0]
      const inElse = cur.field('alternative')?.id() === child.id() || child.kind() === 'else_clause' || child.kind() === 'else_if_clause'
      if (cond && cond.id() !== child.id() && !inElse && test(cond.text(), false)) return true
    }
    if (CONTAINER_KINDS.has(String(k))) {
      for (const stmt of child.prevAll()) {
        if (stmt.kind() !== 'if_statement') continue
        const cond = stmt.field('condition') ?? stmt.namedChildren()[0]
        if (cond && test(cond.text(), true) && exitsPath(stmt)) return true
      }
    }
    child = cur
    cur = cur.parent()
  }
  return false
}

/** An upper-bound check on one of `names` dominates `node` (engine check plus `exit;` paths). */
export function sizeGuarded(ctx: RuleContext, node: SgNode, names: readonly string[]): boolean {
  if (names.length === 0) return false
  if (ctx.flow.isGuarded(node, names)) return true
  const e = names.map(escapeStringRegexp).join('|')
  const keepsSmall = new RegExp(`(?:^|[^\\w$])(?:${e})\\s*(?:<|<=)(?!<)|(?:>|>=)\\s*(?:${e})(?![\\w$])|\\b(?:min|clamp)\\s*\\(`)
  const rejectsLarge = new RegExp(`(?:^|[^\\w$])(?:${e})\\s*(?:>|>=)(?!>)|(?:<|<=)\\s*(?:${e})(?![\\w$])`)
  return dominatedBy(node, (cond, exitBranch) => (exitBranch ? rejectsLarge.test(cond) : keepsSmall.test(cond)))
}

/** Variables used in `node` and, one assignment back, the variables they were computed from. */
export function relatedNames(ctx: RuleContext, node: SgNode, depth = 2): string[] {
  const out = new Set<string>()
  const visit = (n: SgNode, d: number): void => {
    const vars = n.kind() === 'variable_name' ? [n] : n.findAll({ rule: { kind: 'variable_name' } })
    for (const v of vars) {
      if (out.has(v.text()) || v.text() === '$this') continue
      out.add(v.text())
      if (d <= 0) continue
      for (const def of reachingDefinitions(ctx, v).defs) if (def.value) visit(def.value, d - 1)
    }
  }
  visit(node, depth)
  return [...out]
}

/**
 * A check on one of `names` by a call matching `checks` (`in_array`, `str_starts_with`…) dominates
 * `node`: inside `if (check)`, or after `if (!check) exit;`.
 */
export function checkedBy(node: SgNode, names: readonly string[], checks: RegExp): boolean {
  if (names.length === 0) return false
  const e = names.map(escapeStringRegexp).join('|')
  const re = new RegExp(`\\b(?:${checks.source})\\s*\\([^;{]*?(?:${e})(?![\\w])`)
  return dominatedBy(node, (cond) => re.test(cond))
}

// ---------------------------------------------------------------------------------------------
// Names

// Compiled once (replace and split reset the global regexes' state): words() runs per name.
const LEADING_DOLLAR = /^\$/
const CAMEL_HUMP = /([a-z0-9])([A-Z])/g
const ACRONYM_END = /([A-Z]+)([A-Z][a-z])/g
const NON_ALNUM = /[^A-Za-z0-9]+/

/** Words of an identifier: `createResetToken` → create, reset, token; `API_KEY` → api, key. */
export function words(name: string): string[] {
  return name
    .replace(LEADING_DOLLAR, '')
    .replace(CAMEL_HUMP, '$1 $2')
    .replace(ACRONYM_END, '$1 $2')
    .split(NON_ALNUM)
    .filter(Boolean)
    .map((w) => w.toLowerCase())
}

/** The name a value is stored under: a variable, a property, an array key or a constant. */
export function targetName(node: SgNode | null | undefined): string {
  if (!node) return ''
  const k = node.kind()
  if (k === 'variable_name') return node.text()
  if (k === 'member_access_expression' || k === 'nullsafe_member_access_expression' || k === 'scoped_property_access_expression') return node.namedChildren().at(-1)?.text() ?? ''
  if (k === 'subscript_expression') {
    const index = node.namedChildren()[1]
    const lit = literalText(index)
    if (lit !== undefined) return lit
    if (index?.kind() === 'name') return index.text()
    return targetName(node.namedChildren()[0])
  }
  const lit = literalText(node)
  if (lit !== undefined) return lit
  if (k === 'name') return node.text()
  return ''
}

/** The declared name of the enclosing function or method, or ''. */
export function functionName(node: SgNode): string {
  const fn = enclosingFunction(node)
  if (!fn) return ''
  const named = fn.field('name')?.text()
  if (named) return named
  // A closure assigned to a name or passed under a key: `$makeToken = function () {…}`.
  const parent = fn.parent()
  if (parent?.kind() === 'assignment_expression') return targetName(parent.field('left'))
  return ''
}

/** The statement that contains `node` (an expression statement, return, echo…). */
export function statementOf(node: SgNode): SgNode {
  let cur = node
  while (cur.parent() && !CONTAINER_KINDS.has(String(cur.parent()!.kind())) && !FUNCTION_KINDS.has(String(cur.parent()!.kind()))) cur = cur.parent()!
  return cur
}

/** The enclosing `if`/`while` statements' conditions, innermost first (within the function). */
export function enclosingConditions(node: SgNode): SgNode[] {
  const out: SgNode[] = []
  let cur = node.parent()
  while (cur && !FUNCTION_KINDS.has(String(cur.kind()))) {
    if (cur.kind() === 'if_statement') {
      const c = cur.field('condition')
      if (c) out.push(c)
    }
    cur = cur.parent()
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Paths and URLs

/** Texts a URL-valued argument is built from: its own text and that of its locals' definitions. */
export function looksLikeUrl(ctx: RuleContext, node: SgNode): boolean {
  const lead = leadingText(ctx, node)
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(lead) && !/^(?:file|php|phar|zip|glob|data|compress\.\w+):/i.test(lead)) return true
  if (lead) return false
  const texts = [node.text()]
  for (const v of node.kind() === 'variable_name' ? [node] : node.findAll({ rule: { kind: 'variable_name' } })) {
    for (const d of reachingDefinitions(ctx, v).defs) if (d.value) texts.push(d.value.text())
  }
  return texts.some((t) => /url|uri\b|link|feed|endpoint|webhook|callback|https?:|\bhost/i.test(t))
}

/**
 * A scheme and host fixed by a constant prefix (`'https://api.example.com/' . $id`), or a relative
 * path under a constant first segment (`'images/' . $x`) that a client resolves against its base.
 */
export function constantHost(ctx: RuleContext, node: SgNode): boolean {
  const lead = leadingText(ctx, node)
  if (/^[a-z][a-z0-9+.-]*:\/\/[^/?#{}$@]+[/?#]/i.test(lead)) return true
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(lead) || lead.startsWith('//')) return false
  return /^[\w.~-]+\//.test(lead) || lead.startsWith('/')
}

/** Path containment checks: realpath + prefix comparison, allow-lists, `..` rejection. */
export const CONTAINMENT_CHECKS =
  'str_starts_with|strpos|stripos|strncmp|strncasecmp|substr|mb_strpos|mb_substr|preg_match|in_array|array_key_exists|str_contains|Str::startsWith|starts_with|isAllowedPath|isSafePath|is_subdir|isInside|within'

/** A constant base directory: a literal, a constant, `__DIR__`, a framework path helper. */
export function constantBase(ctx: RuleContext, node: SgNode | null | undefined, depth = 0): boolean {
  if (!node || depth > 5) return false
  const n = unwrap(node)
  const k = n.kind()
  if (k === 'binary_expression' && n.field('operator')?.text() === '.') return constantBase(ctx, n.field('left'), depth + 1)
  if (k === 'encapsed_string' || k === 'string' || k === 'heredoc') {
    const lead = leadingText(ctx, n)
    return lead.length > 0 && !/^[a-z][a-z0-9+.-]*:\/\//i.test(lead)
  }
  if (k === 'name' || k === 'class_constant_access_expression' || k === 'magic_constant') return true
  if (k === 'member_access_expression' || k === 'scoped_property_access_expression') {
    // $this->uploadDir = '/srv/uploads' (or a property default): a configured base directory.
    const defs = memberDefinitions(ctx, n)
    return defs.length > 0 && defs.every((d) => !!d.value && constantBase(ctx, d.value, depth + 1) && !untrusted(ctx, d.value))
  }
  if (k === 'variable_name') {
    const defs = reachingDefinitions(ctx, n)
    return defs.dominated && defs.defs.length === 1 && !defs.defs[0]!.accumulates && constantBase(ctx, defs.defs[0]!.value, depth + 1)
  }
  if (isCall(n)) {
    const name = callName(n)
    if (/^(?:base_path|app_path|storage_path|public_path|resource_path|config_path|database_path|sys_get_temp_dir|getcwd|dirname|realpath)$/.test(name)) {
      const a = args(n)
      return a.every((x) => !untrusted(ctx, x))
    }
    if (/^(?:sprintf)$/.test(name)) {
      const fmt = stringValue(ctx, args(n)[0]) ?? '%'
      return /^[^%]/.test(fmt) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(fmt)
    }
  }
  return false
}

/** ast-grep rule for `new X(…)` / `new \Ns\X(…)` with X matching the alternatives in `names`. */
export function newExpression(names: string): { kind: string; has: { any: Array<{ kind: string; regex: string }> } } {
  return { kind: 'object_creation_expression', has: { any: [{ kind: 'name', regex: `^(?:${names})$` }, { kind: 'qualified_name', regex: `(?:^|\\\\)(?:${names})$` }] } }
}

// ---------------------------------------------------------------------------------------------
// Security-relevant names

const SECRET_SUBSTRINGS = /token|secret|passw|passwd|nonce|csrf|xsrf|apikey|api_key|sessionid|sessid|salt/i
const SECURITY_WORDS = new Set(['key', 'keys', 'salt', 'otp', 'auth', 'reset', 'verification', 'verify', 'api', 'pwd', 'pass', 'passcode', 'session', 'sid', 'signature', 'hmac', 'totp', 'hotp', 'mfa', '2fa', 'activation', 'invite', 'unsubscribe', 'magic', 'challenge'])

/** A name under which a random value becomes a security value (crypto.random). */
export function securityName(name: string): boolean {
  if (!name) return false
  if (SECRET_SUBSTRINGS.test(name.replace(/^\$/, ''))) return true
  return words(name).some((w) => SECURITY_WORDS.has(w))
}

/** Boolean value of a literal `false`/`0`/`'0'`/`true`/`1` (following constants and locals), else undefined. */
export function boolValue(ctx: RuleContext, node: SgNode | null | undefined): boolean | undefined {
  if (!node) return undefined
  const n = unwrap(node)
  const k = n.kind()
  if (k === 'boolean') return n.text().toLowerCase() === 'true'
  if (k === 'integer') return Number(n.text()) !== 0
  if (k === 'null') return false
  if (k === 'variable_name') {
    const d = reachingDefinitions(ctx, n)
    if (!d.dominated || d.defs.length !== 1 || !d.defs[0]!.value || d.defs[0]!.accumulates) return undefined
    return boolValue(ctx, d.defs[0]!.value)
  }
  const s = stringValue(ctx, n)
  if (s === '0' || s === '') return false
  if (s === '1') return true
  if (k === 'name') {
    const def = constantDefinition(ctx, n.text())
    return def ? boolValue(ctx, def) : undefined
  }
  return undefined
}

const CREDENTIAL_NAME = /passw|passwd|pwd|secret|api_?key|apikey|token|access_?key|private_?key|client_?secret|credential|auth|passphrase/i
const NOT_A_SECRET_WORDS = new Set([
  'url', 'uri', 'endpoint', 'field', 'fields', 'name', 'names', 'type', 'header', 'param', 'params', 'length', 'len', 'min', 'max', 'policy', 'regex', 'pattern',
  'label', 'prompt', 'message', 'msg', 'text', 'route', 'path', 'file', 'dir', 'column', 'col', 'placeholder', 'hint', 'format', 'expires', 'expiry',
  'expiration', 'ttl', 'lifetime', 'timeout', 'count', 'table', 'driver', 'mode', 'method', 'provider', 'guard', 'scheme', 'strategy', 'class', 'handler',
  'model', 'algo', 'algorithm', 'cipher', 'confirmation', 'rule', 'rules', 'validation', 'error', 'errors', 'template', 'view', 'id', 'event', 'input',
  'query', 'prefix', 'suffix', 'size', 'attempts', 'required', 'reset', 'link', 'page', 'form', 'key_name', 'storage', 'cache', 'env', 'var', 'setting',
  'option', 'location', 'host', 'user', 'username', 'login', 'email', 'hash', 'hashed', 'digest', 'encrypted', 'length', 'strength', 'changed', 'updated',
  'created', 'at', 'date', 'time', 'enabled', 'disabled', 'required', 'ttl', 'lock', 'retries', 'store', 'directory', 'folder', 'service', 'middleware',
])

const AUTHOR_WORDS = /^(?:author|authors|authored|authority|authorize|authorized|authorization_url|oauth_url)$/
const SECRET_WORD = /passw|secret|token|key/i
const FLAG_OR_ACCESSOR = /^(?:is|has|use|should|allow|enable|require|show|max|min|get|set|check|validate|verify)$/

/** A name that holds a credential (crypto.secrets): `$dbPassword`, `API_KEY`, `'client_secret'`, not `$tokenUrl`. */
export function credentialName(name: string): boolean {
  const bare = name.startsWith('$') ? name.slice(1) : name
  // Class names in autoload maps: 'Twig\\TokenStream'.
  if (bare.includes('\\')) return false
  const w = words(bare)
  if (!CREDENTIAL_NAME.test(bare) && !w.some((x) => x === 'pass' || x === 'pw' || x === 'passcode')) return false
  if (w.some((x) => AUTHOR_WORDS.test(x)) && !SECRET_WORD.test(bare)) return false
  const last = w.at(-1) ?? ''
  if (NOT_A_SECRET_WORDS.has(last)) return false
  if (w.length > 1 && FLAG_OR_ACCESSOR.test(w[0]!)) return false
  return true
}

/** Well-known secret formats, found anywhere. */
export const SECRET_FORMATS =
  /AKIA[0-9A-Z]{16}|-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----|\bgh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,}|\b[sr]k_live_[0-9A-Za-z]{16,}|\bxox[abpors]-[0-9A-Za-z-]{10,}|AIza[0-9A-Za-z_-]{35}|\bglpat-[0-9A-Za-z_-]{20}|\bSG\.[0-9A-Za-z_-]{22}\.[0-9A-Za-z_-]{43}|\bnpm_[A-Za-z0-9]{36}|\bsk-(?:proj-)?[A-Za-z0-9_-]{32,}|\bhf_[A-Za-z0-9]{30,}|\bwhsec_[A-Za-z0-9]{24,}/

// What credentialValue rejects, compiled once: the function runs for most literals of a file.
const BLANK = /\s/
const PLACEHOLDER = /^<.*>$|^\$\{.*\}$|\{\{.*\}\}|^%[a-z_]+%$|^\*+$|^x{3,}|^\.{3}|^your[_-]|changeme|change_me|change-me|example|dummy|placeholder|sample|replace[_-]?me|todo|fixme|insert[_-]|enter[_-]|xxxx|^test(?:ing)?$|^secret$|^password$|^null$|^none$|^env\(/i
/** A label or translation (`'password' => 'Passwort'`). */
const LABEL = /^[A-Z][a-z]+$/
/** An environment variable or constant name: `DB_PASSWORD`. */
const CONSTANT_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/
/** Field and route names, dotted config keys and validation rules: `password_confirmation`, `auth.login`, `required|min:8`. */
const KEY_NAME = /^[a-z]+(?:[_.-][a-z]+)+$/
const RULE_START = /^(?:required|nullable|sometimes|string|confirmed|min:|max:)/
const RULE_LIST = /\|(?:required|string|min:|max:|confirmed)/
const BARE_URL = /^(?:https?|ftp|file):\/\/[^:@/]*(?:\/|$)/i
const PATH = /^[./~]?(?:[\w-]+\/)+[\w.-]*$/
const KEY_LIKE_RUN = /[A-Z0-9]{6,}/
/** A file name or path: `/Token.php`, `keys/jwt.pem`, `storage/oauth-private.key`. */
const FILE_NAME = /^[\w./~-]*\.(?:php|json|ya?ml|xml|ini|env|txt|log|html?|twig|blade\.php|pem|key|crt|cer|p12|pfx|jks|der|pub)$/i

/** A literal that could be a real credential: 8+ characters, no spaces, not a placeholder. */
export function credentialValue(value: string): boolean {
  if (value.length < 8 || BLANK.test(value) || PLACEHOLDER.test(value)) return false
  if (LABEL.test(value) || CONSTANT_NAME.test(value) || KEY_NAME.test(value)) return false
  if (RULE_START.test(value) || RULE_LIST.test(value) || BARE_URL.test(value)) return false
  if (PATH.test(value) && !KEY_LIKE_RUN.test(value)) return false
  return !FILE_NAME.test(value)
}

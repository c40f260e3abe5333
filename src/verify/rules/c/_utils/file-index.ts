/**
 * Per-file lookup tables for the C and C++ helpers. ast-grep compiles the regex of every `find`
 * call (a fraction of a millisecond each), so helpers that look names up many times per file use
 * these tables instead, built once per parsed tree with plain kind searches.
 */
import type { SgNode } from '@ast-grep/napi'

interface FileIndex {
  /** function and lambda nodes with their ranges */
  functions_?: Array<{ node: SgNode; start: number; end: number }>
  /** parameter names per function node id */
  params: Map<number, string[]>
  /** identifiers by name, per scope (function node id, or -1 for the whole file) */
  identifiers: Map<number, Map<string, SgNode[]>>
  /** field expressions by field name, per scope */
  fields: Map<number, Map<string, SgNode[]>>
  /** call expressions in source order, per scope */
  calls: Map<number, SgNode[]>
  /** nodes of a kind in source order, per scope */
  kinds: Map<string, SgNode[]>
  defines?: Map<string, string>
  functions?: Map<string, SgNode>
  enumerators?: Set<string>
  initDeclarators?: Map<string, SgNode[]>
  fieldArrays?: Map<string, SgNode>
  /** results of `memo` by key */
  memo: Map<string, unknown>
}

const INDEX = new WeakMap<object, FileIndex>()
/** the index of each node object asked about, to skip `getRoot()` when the same node asks again */
const BY_NODE = new WeakMap<SgNode, FileIndex>()

function indexFor(node: SgNode): FileIndex {
  const known = BY_NODE.get(node)
  if (known) return known
  const key = node.getRoot()
  let idx = INDEX.get(key)
  if (!idx) {
    idx = { identifiers: new Map(), fields: new Map(), calls: new Map(), kinds: new Map(), params: new Map(), memo: new Map() }
    INDEX.set(key, idx)
  }
  BY_NODE.set(node, idx)
  return idx
}

const FUNCTION_KINDS = new Set(['function_definition', 'lambda_expression'])

function functionsOf(anyNode: SgNode): Array<{ node: SgNode; start: number; end: number }> {
  const idx = indexFor(anyNode)
  if (!idx.functions_) {
    const root = anyNode.getRoot().root()
    let lambdas: SgNode[] = []
    // only the C++ grammar has lambdas (the C grammar rejects the kind)
    if (/\]\s*\(|\]\s*\{|\]\s*mutable/.test(root.text())) {
      try {
        lambdas = root.findAll({ rule: { kind: 'lambda_expression' } })
      } catch {
        lambdas = []
      }
    }
    idx.functions_ = [...root.findAll({ rule: { kind: 'function_definition' } }), ...lambdas].map((node) => {
      const r = node.range()
      return { node, start: r.start.index, end: r.end.index }
    })
  }
  return idx.functions_
}

/** The innermost function or lambda strictly enclosing `node` (not `node` itself); null at file level. */
export function enclosingFunctionOf(node: SgNode): SgNode | null {
  const [s, e] = spanOf(node)
  let best: { node: SgNode; start: number; end: number } | undefined
  for (const f of functionsOf(node)) {
    if (f.start <= s && e <= f.end && !(f.start === s && f.end === e) && (!best || f.end - f.start < best.end - best.start)) best = f
  }
  return best?.node ?? null
}

/** The function (or lambda) node `node` is in, or itself if it is one; null at file level. */
function scopeOf(node: SgNode): SgNode | null {
  if (FUNCTION_KINDS.has(String(node.kind()))) return node
  return enclosingFunctionOf(node)
}

/** `compute()` once per parsed tree and `key`: for per-file tables of the helpers. */
export function memo<T>(anyNode: SgNode, key: string, compute: () => T): T {
  const idx = indexFor(anyNode)
  if (idx.memo.has(key)) return idx.memo.get(key) as T
  const value = compute()
  idx.memo.set(key, value)
  return value
}

const SPANS = new WeakMap<SgNode, readonly [number, number]>()

/**
 * The start and end offsets of `node`, cached per node object (the index hands out the same
 * objects again; `range()` builds a fresh object each call).
 */
export function spanOf(node: SgNode): readonly [number, number] {
  let s = SPANS.get(node)
  if (s === undefined) {
    const r = node.range()
    s = [r.start.index, r.end.index]
    SPANS.set(node, s)
  }
  return s
}

const PARENTS = new WeakMap<SgNode, SgNode | null>()

/** `node.parent()`, cached per node object like spanOf (helpers look up the parents of the same identifiers again). */
export function parentOf(node: SgNode): SgNode | null {
  let p = PARENTS.get(node)
  if (p === undefined) {
    p = node.parent()
    PARENTS.set(node, p)
  }
  return p
}

/** The start offset of `node` (see spanOf). */
export function startOf(node: SgNode): number {
  return spanOf(node)[0]
}

/** The entries of `list` (in source order) that start before `offset`. */
export function entriesBefore<T extends { start: number }>(list: readonly T[], offset: number): T[] {
  let n = 0
  while (n < list.length && list[n]!.start < offset) n++
  return list.slice(0, n)
}

/** Parameter names of a function definition or lambda, in order. */
export function parameterNamesOf(fn: SgNode): string[] {
  const idx = indexFor(fn)
  let names = idx.params.get(fn.id())
  if (!names) {
    const decl = fn.field('declarator')
    const list = decl?.kind() === 'function_declarator' ? decl.field('parameters') : (decl ?? fn).find({ rule: { kind: 'parameter_list' } })
    names = []
    for (const p of list?.namedChildren() ?? []) {
      if (p.kind() !== 'parameter_declaration' && p.kind() !== 'optional_parameter_declaration') continue
      let d: SgNode | null = p.field('declarator')
      while (d && d.kind() !== 'identifier') d = d.field('declarator') ?? d.namedChildren().find((c) => c.kind() === 'identifier' || /declarator$/.test(String(c.kind()))) ?? null
      names.push(d?.text() ?? '')
    }
    idx.params.set(fn.id(), names)
  }
  return names
}

function byName(nodes: SgNode[], name: (n: SgNode) => string): Map<string, SgNode[]> {
  const out = new Map<string, SgNode[]>()
  for (const n of nodes) {
    const k = name(n)
    const list = out.get(k)
    if (list) list.push(n)
    else out.set(k, [n])
  }
  return out
}

function within(list: readonly SgNode[] | undefined, area: SgNode): SgNode[] {
  if (!list) return []
  const [start, end] = spanOf(area)
  return list.filter((n) => {
    const [s, e] = spanOf(n)
    return s >= start && e <= end
  })
}

function scopeKey(area: SgNode): { key: number; scope: SgNode } {
  const scope = scopeOf(area)
  return scope ? { key: scope.id(), scope } : { key: -1, scope: area.getRoot().root() }
}

/** Identifier nodes named `name` under `area`, in source order. */
export function identifiersNamed(name: string, area: SgNode): SgNode[] {
  const idx = indexFor(area)
  const { key, scope } = scopeKey(area)
  let map = idx.identifiers.get(key)
  if (!map) {
    map = byName(scope.findAll({ rule: { kind: 'identifier' } }), (n) => n.text())
    idx.identifiers.set(key, map)
  }
  const list = map.get(name)
  return area.id() === scope.id() ? (list ?? []) : within(list, area)
}

/** Field expressions `x.f` / `x->f` with field `field` under `area`, in source order. */
export function fieldExpressionsNamed(field: string, area: SgNode): SgNode[] {
  const idx = indexFor(area)
  const { key, scope } = scopeKey(area)
  let map = idx.fields.get(key)
  if (!map) {
    map = byName(scope.findAll({ rule: { kind: 'field_expression' } }), (n) => n.field('field')?.text() ?? '')
    idx.fields.set(key, map)
  }
  const list = map.get(field)
  return area.id() === scope.id() ? (list ?? []) : within(list, area)
}

/** Nodes of `kind` under `area` (any kind valid in both grammars), in source order. */
export function nodesOfKind(kind: string, area: SgNode): SgNode[] {
  const idx = indexFor(area)
  const { key, scope } = scopeKey(area)
  const k = `${kind}@${key}`
  let list = idx.kinds.get(k)
  if (!list) {
    list = scope.findAll({ rule: { kind } })
    idx.kinds.set(k, list)
  }
  return area.id() === scope.id() ? list : within(list, area)
}

/** `#define NAME value`: the value text. */
export function defineOf(name: string, anyNode: SgNode): string | undefined {
  const idx = indexFor(anyNode)
  if (!idx.defines) {
    idx.defines = new Map()
    for (const d of anyNode.getRoot().root().findAll({ rule: { kind: 'preproc_def' } })) {
      const n = d.field('name')?.text()
      if (n) idx.defines.set(n, d.field('value')?.text().trim() ?? '')
    }
  }
  return idx.defines.get(name)
}

/** The function definition named `name` in the file. */
export function functionNamed(name: string, anyNode: SgNode): SgNode | undefined {
  const idx = indexFor(anyNode)
  if (!idx.functions) {
    idx.functions = new Map()
    for (const f of anyNode.getRoot().root().findAll({ rule: { kind: 'function_definition' } })) {
      let d: SgNode | null = f.field('declarator')
      while (d && d.kind() !== 'identifier' && d.kind() !== 'field_identifier') d = d.field('declarator') ?? null
      const n = d?.text() ?? f.field('declarator')?.text().split('(')[0]?.split('::').at(-1)?.replace(/[*&\s]/g, '')
      if (n && !idx.functions.has(n)) idx.functions.set(n, f)
    }
  }
  return idx.functions.get(name)
}

/** Whether `name` is an enumerator of an enum in the file. */
export function isEnumerator(name: string, anyNode: SgNode): boolean {
  const idx = indexFor(anyNode)
  if (!idx.enumerators) {
    idx.enumerators = new Set(anyNode.getRoot().root().findAll({ rule: { kind: 'enumerator' } }).map((e) => e.field('name')?.text() ?? ''))
  }
  return idx.enumerators.has(name)
}

/** `init_declarator`s whose declared name (under `*`, `[]`, `&`) is `name`, in source order. */
export function initDeclaratorsNamed(name: string, anyNode: SgNode): SgNode[] {
  const idx = indexFor(anyNode)
  if (!idx.initDeclarators) {
    idx.initDeclarators = byName(anyNode.getRoot().root().findAll({ rule: { kind: 'init_declarator' } }), (d) => {
      let cur: SgNode | null = d.field('declarator')
      while (cur && cur.kind() !== 'identifier' && cur.kind() !== 'field_identifier') cur = cur.field('declarator') ?? cur.namedChildren()[0] ?? null
      return cur?.text() ?? ''
    })
  }
  return idx.initDeclarators.get(name) ?? []
}

/** The array declarator of a struct or class field named `field` (`char name[24];`). */
export function fieldArrayNamed(field: string, anyNode: SgNode): SgNode | undefined {
  const idx = indexFor(anyNode)
  if (!idx.fieldArrays) {
    idx.fieldArrays = new Map()
    for (const fd of anyNode.getRoot().root().findAll({ rule: { kind: 'field_declaration' } })) {
      for (const d of fd.findAll({ rule: { kind: 'array_declarator' } })) {
        const n = d.field('declarator')
        if (n && (n.kind() === 'field_identifier' || n.kind() === 'identifier') && !idx.fieldArrays.has(n.text())) idx.fieldArrays.set(n.text(), d)
      }
    }
  }
  return idx.fieldArrays.get(field)
}

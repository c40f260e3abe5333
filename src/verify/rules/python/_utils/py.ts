/** Python-specific helpers: imports, call arguments, the syntax table for the shared helpers. */
import type { SgNode } from '@ast-grep/napi'
import type { AnalyzeOptions } from '../../../engine/dataflow.js'
import type { RuleContext } from '../../../engine/rule.js'
import { isExternalDeep, nonConstant, qualifiedCallee, shapeOf, tokenWords, valuesOf, type Imports, type Shape, type Syntax } from './common.js'

const importCache = new WeakMap<SgNode, Imports>()

function pyImports(ctx: RuleContext): Imports {
  const cached = importCache.get(ctx.root)
  if (cached) return cached
  const names = new Map<string, string>()
  const stars = new Set<string>()
  for (const stmt of ctx.root.findAll({ rule: { any: [{ kind: 'import_statement' }, { kind: 'import_from_statement' }] } })) {
    if (stmt.kind() === 'import_statement') {
      for (const c of stmt.namedChildren()) {
        if (c.kind() === 'dotted_name') {
          const first = c.text().split('.')[0]!
          names.set(first, first)
        } else if (c.kind() === 'aliased_import') {
          const mod = c.field('name')?.text() ?? c.namedChildren()[0]?.text()
          const alias = c.field('alias')?.text() ?? c.namedChildren()[1]?.text()
          if (mod && alias) names.set(alias, mod)
        }
      }
    } else {
      const mod = stmt.field('module_name')?.text() ?? ''
      for (const c of stmt.namedChildren().slice(1)) {
        if (c.kind() === 'wildcard_import') stars.add(mod)
        else if (c.kind() === 'dotted_name') names.set(c.text(), `${mod}.${c.text()}`)
        else if (c.kind() === 'aliased_import') {
          const name = c.field('name')?.text() ?? c.namedChildren()[0]?.text()
          const alias = c.field('alias')?.text() ?? c.namedChildren()[1]?.text()
          if (name && alias) names.set(alias, `${mod}.${name}`)
        }
      }
    }
  }
  const out = { names, stars }
  importCache.set(ctx.root, out)
  return out
}

export const PY: Syntax = {
  functionKinds: ['function_definition', 'lambda'],
  assign: {
    assignment: { left: 'left', right: 'right' },
    augmented_assignment: { left: 'left', right: 'right' },
    named_expression: { left: 'name', right: 'value' },
    for_statement: { left: 'left', right: 'right' },
    for_in_clause: { left: 'left', right: 'right' },
  },
  strings: new Set(['string', 'concatenated_string']),
  stringParts: new Set(['string_content', 'escape_sequence']),
  holes: new Set(['interpolation']),
  calls: new Set(['call']),
  members: new Set(['attribute']),
  binary: new Set(['binary_operator']),
  wrappers: new Set(['parenthesized_expression', 'await']),
  constantNames: new Set(['__file__', '__name__', '__package__', 'True', 'False', 'None']),
  pureCallees:
    /^(?:os\.path\.\w+|posixpath\.\w+|ntpath\.\w+|pathlib\.(?:Pure)?(?:Posix|Windows)?Path|(?:pathlib\.)?Path\w*|shutil\.which|str|os\.fspath|os\.getcwd|tempfile\.gettempdir|sys\.executable|os\.sep|importlib\.resources\.files|Path\(__file__\)\.\w+)$/,
  formatMethod: /^(?:format|format_map)$/,
  imports: pyImports,
  isInputParam: isProtocolInputParam,
}

/** asyncio protocols and socketserver-style callbacks: data_received(self, data) gets network bytes. */
function isProtocolInputParam(ctx: RuleContext, use: SgNode): boolean {
  const fn = ctx.flow.enclosingFunction(use)
  const name = fn?.field('name')?.text() ?? ''
  if (!/^(?:data_received|datagram_received|message_received|on_message|handle_message|lineReceived|dataReceived|stringReceived)$/.test(name)) return false
  return fn !== null && ctx.flow.parameterNames(fn).includes(use.text()) && use.text() !== 'self'
}

export function imports(ctx: RuleContext): Imports {
  return pyImports(ctx)
}

/** `subprocess.run` for `sp.run` after `import subprocess as sp`, `run` after `from subprocess import run`. */
export function callee(ctx: RuleContext, call: SgNode): string {
  return qualifiedCallee(ctx, call, PY)
}

/** Positional arguments of a call. */
export function positional(call: SgNode): SgNode[] {
  const args = call.field('arguments')
  if (!args || args.kind() !== 'argument_list') return []
  return args.namedChildren().filter((c) => c.kind() !== 'keyword_argument' && c.kind() !== 'comment' && c.kind() !== 'list_splat' && c.kind() !== 'dictionary_splat')
}

/** The value of keyword argument `name`, or null. */
export function kwarg(call: SgNode, name: string): SgNode | null {
  const args = call.field('arguments')
  if (!args) return null
  for (const c of args.namedChildren()) {
    if (c.kind() === 'keyword_argument' && c.field('name')?.text() === name) return c.field('value')
  }
  return null
}

/** The argument at position `index`, or the keyword argument `name`. */
export function arg(call: SgNode, index: number, name?: string): SgNode | null {
  return (name ? kwarg(call, name) : null) ?? positional(call)[index] ?? null
}

export function untrusted(ctx: RuleContext, node: SgNode, opts: AnalyzeOptions = {}): boolean {
  return nonConstant(ctx, node, PY, opts)
}

export function shape(ctx: RuleContext, node: SgNode): Shape {
  return shapeOf(ctx, node, PY)
}

export function values(ctx: RuleContext, node: SgNode): SgNode[] {
  return valuesOf(ctx, node, PY)
}

/** True when the file imports `name` from `module` (directly or with `*`). */
export function importedFrom(ctx: RuleContext, name: string, module: RegExp): boolean {
  const imp = pyImports(ctx)
  const q = imp.names.get(name)
  if (q) return module.test(q.slice(0, q.lastIndexOf('.')))
  return [...imp.stars].some((m) => module.test(m))
}

/** Literal string value of a Python string node (no f-string holes), else undefined. */
export function strValue(node: SgNode | null | undefined): string | undefined {
  if (!node || node.kind() !== 'string') return undefined
  if (node.namedChildren().some((c) => c.kind() === 'interpolation')) return undefined
  return node
    .namedChildren()
    .filter((c) => c.kind() === 'string_content' || c.kind() === 'escape_sequence')
    .map((c) => c.text())
    .join('')
}

/** Name of the function that encloses `node` (`def name(...)`), or ''. */
export function functionName(ctx: RuleContext, node: SgNode): string {
  const fn = ctx.flow.enclosingFunction(node)
  return fn?.field('name')?.text() ?? ''
}

/** A regex matching `name(` callees from a list of qualified names, with any module prefix. */
export function lastSegment(names: readonly string[]): string {
  return `^(?s:.*?\\.)?(?:${[...new Set(names.map((n) => n.split('.').at(-1)!))].join('|')})$`
}

/** External input reaches `node` (also through loop variables). */
export function external(ctx: RuleContext, node: SgNode, opts: AnalyzeOptions = { numericSanitizes: false }): boolean {
  return isExternalDeep(ctx, node, PY, opts)
}

/** Whitespace that tree-sitter-python reads besides space, tab, LF and CR: \v, \f, ZWSP, word joiner, BOM (every code point tried between a callee and its `(`). */
const RARE_SPACES = ['\v', '\f', '\u200b', '\u2060', '\ufeff']

/** What may stand between a called name and its `(`: whitespace, a line continuation, and inside brackets a line break or a comment. */
const CALL_NEXT = ['(', ' ', '\t', '\\', '\n', '\r', '#']

/** Prefilter words that every call of one of `names` (as the callee's last name) contains: `exec(`, `exec (`, … */
export function callWords(...names: string[]): string[] {
  return tokenWords(names, CALL_NEXT, RARE_SPACES)
}

/** Prefilter words for a whole token followed by whitespace, a comment, a line continuation or one of `next`. */
export function tokenFollowedBy(names: readonly string[], next: readonly string[]): string[] {
  return tokenWords(names, [...next, ' ', '\t', '\\', '\n', '\r', '#'], RARE_SPACES)
}

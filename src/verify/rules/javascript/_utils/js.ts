/** JavaScript/TypeScript helpers: imports and requires, call arguments, the syntax table for the shared helpers. */
import type { SgNode } from '@ast-grep/napi'
import type { AnalyzeOptions } from '../../../engine/dataflow.js'
import type { RuleContext } from '../../../engine/rule.js'
import { isExternalDeep, nonConstant, qualifiedCallee, shapeOf, tokenWords, valuesOf, type Imports, type Shape, type Syntax } from '../../python/_utils/common.js'

const importCache = new WeakMap<SgNode, Imports>()

function moduleName(spec: string): string {
  return spec.replace(/^node:/, '')
}

/** `require('x')` → `x`, `require('x').y` → `x.y`. */
export function normalizeRequire(text: string): string {
  // Type arguments of a generic call are not part of the name: axios.get<string>(…).
  if (text.includes('<')) text = text.replace(/<[^()]*>$/, '')
  // TypeScript parses `await a.b<T>(x)` as a call of `await a.b`.
  text = text.replace(/^await(?=[A-Za-z_$][\w$]*\.)/, '')
  return text.replace(/^(?:await)?(?:require|import)\((['"`])([^'"`]+)\1\)/, (_a, _q, m: string) => moduleName(m))
}

function stringText(n: SgNode | null | undefined): string | undefined {
  if (!n || (n.kind() !== 'string' && n.kind() !== 'template_string')) return undefined
  if (n.namedChildren().some((c) => c.kind() === 'template_substitution')) return undefined
  return n.text().slice(1, -1)
}

/**
 * The values a require or promisify binding can have (below, after unwrapping await and parentheses,
 * only `require(…)…` and `promisify(…)` name a module): checked before the regex, so that function
 * and object values are not read as text.
 */
const REQUIRE_VALUE_KINDS = [{ kind: 'call_expression' }, { kind: 'member_expression' }, { kind: 'await_expression' }, { kind: 'parenthesized_expression' }]

function jsImports(ctx: RuleContext): Imports {
  const cached = importCache.get(ctx.root)
  if (cached) return cached
  const names = new Map<string, string>()
  const stars = new Set<string>()
  // Each search walks the whole tree; files without the keyword cannot have the statement.
  for (const stmt of ctx.source.includes('import') ? ctx.root.findAll({ rule: { kind: 'import_statement' } }) : []) {
    const src = stringText(stmt.field('source'))
    if (src === undefined) continue
    const mod = moduleName(src)
    const clause = stmt.children().find((c) => c.kind() === 'import_clause')
    if (!clause) continue
    for (const c of clause.namedChildren()) {
      if (c.kind() === 'identifier') names.set(c.text(), mod)
      else if (c.kind() === 'namespace_import') {
        const id = c.namedChildren().find((x) => x.kind() === 'identifier')
        if (id) names.set(id.text(), mod)
      } else if (c.kind() === 'named_imports') {
        for (const spec of c.namedChildren()) {
          if (spec.kind() !== 'import_specifier') continue
          const name = spec.field('name')?.text()
          const alias = spec.field('alias')?.text() ?? name
          if (name && alias) names.set(alias, name === 'default' ? mod : `${mod}.${name}`)
        }
      }
    }
  }
  const requires = /require|promisify/.test(ctx.source)
  for (const decl of requires ? ctx.root.findAll({ rule: { kind: 'variable_declarator', has: { field: 'value', any: REQUIRE_VALUE_KINDS, regex: 'require\\s*\\(|promisify\\s*\\(' } } }) : []) {
    const target = decl.field('name')
    let value = decl.field('value')
    if (!target || !value) continue
    while (value.kind() === 'await_expression' || value.kind() === 'parenthesized_expression') value = value.namedChildren()[0] ?? value
    let qualified: string | undefined
    const text = value.text().replace(/\s+/g, '')
    const req = /^require\((['"`])([^'"`]+)\1\)((?:\.\w+)*)$/.exec(text)
    if (req) qualified = moduleName(req[2]!) + (req[3] ?? '')
    const prom = /^(?:util\.)?promisify\(([\w.]+|require\((['"`])[^'"`]+\2\)(?:\.\w+)*)\)$/.exec(text)
    if (prom) {
      const inner = normalizeRequire(prom[1]!)
      const m = /^([\w$]+)(.*)$/.exec(inner)
      qualified = m ? (names.get(m[1]!) ?? m[1]!) + m[2]! : inner
    }
    if (!qualified) continue
    if (target.kind() === 'identifier') names.set(target.text(), qualified)
    else if (target.kind() === 'object_pattern') {
      for (const p of target.namedChildren()) {
        if (p.kind() === 'shorthand_property_identifier_pattern') names.set(p.text(), `${qualified}.${p.text()}`)
        else if (p.kind() === 'pair_pattern') {
          const key = p.field('key')?.text()
          const v = p.field('value')
          if (key && v?.kind() === 'identifier') names.set(v.text(), `${qualified}.${key}`)
        }
      }
    }
  }
  const out = { names, stars }
  importCache.set(ctx.root, out)
  return out
}

export const JS: Syntax = {
  functionKinds: ['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'generator_function_declaration', 'generator_function'],
  assign: {
    variable_declarator: { left: 'name', right: 'value' },
    assignment_expression: { left: 'left', right: 'right' },
    augmented_assignment_expression: { left: 'left', right: 'right' },
    for_in_statement: { left: 'left', right: 'right' },
  },
  strings: new Set(['string', 'template_string']),
  stringParts: new Set(['string_fragment', 'escape_sequence']),
  holes: new Set(['template_substitution']),
  calls: new Set(['call_expression', 'new_expression']),
  members: new Set(['member_expression']),
  binary: new Set(['binary_expression']),
  wrappers: new Set(['parenthesized_expression', 'await_expression', 'as_expression', 'non_null_expression', 'satisfies_expression', 'type_assertion']),
  constantNames: new Set(['__dirname', '__filename', 'undefined', 'NaN', 'Infinity', 'process', 'Math', 'JSON', 'Number', 'String', 'Object', 'Array']),
  pureCallees:
    /^(?:path\.(?:join|resolve|normalize|dirname|basename|extname|relative|format|posix\.join|win32\.join)|node:path\.\w+|url\.fileURLToPath|fileURLToPath|url\.pathToFileURL|String|process\.cwd|os\.tmpdir|os\.homedir|require\.resolve)$/,
  imports: jsImports,
  normalizeCallee: normalizeRequire,
  isInputParam: isEventInputParam,
}

const INPUT_EVENTS = /^['"`](?:data|message|line|frame|packet|text|binary)['"`]$/

/** A parameter of a listener for incoming data: socket.on('data', (buf) => …), ws.on('message', (msg) => …). */
function isEventInputParam(ctx: RuleContext, use: SgNode): boolean {
  const fn = ctx.flow.enclosingFunction(use)
  if (!fn || (fn.kind() !== 'arrow_function' && fn.kind() !== 'function_expression')) return false
  if (!ctx.flow.parameterNames(fn).includes(use.text())) return false
  const list = fn.parent()
  const call = list?.parent()
  if (list?.kind() !== 'arguments' || call?.kind() !== 'call_expression') return false
  const method = call.field('function')?.field('property')?.text() ?? ''
  if (!/^(?:on|once|addListener|prependListener)$/.test(method)) return false
  const event = list.namedChildren()[0]
  return event !== undefined && INPUT_EVENTS.test(event.text())
}

export function imports(ctx: RuleContext): Imports {
  return jsImports(ctx)
}

/** `child_process.exec` for `cp.exec`, `exec` after `const { exec } = require('child_process')`. */
export function callee(ctx: RuleContext, call: SgNode): string {
  return qualifiedCallee(ctx, call, JS)
}

/** Argument nodes of a call (spread elements included as they are). */
export function args(ctx: RuleContext, call: SgNode): SgNode[] {
  const list = call.field('arguments')
  if (!list || list.kind() !== 'arguments') return []
  return list.namedChildren().filter((c) => c.kind() !== 'comment')
}

/** The property `name` of an object literal, or null. */
export function prop(obj: SgNode | null | undefined, name: string): SgNode | null {
  if (!obj || obj.kind() !== 'object') return null
  for (const p of obj.namedChildren()) {
    if (p.kind() === 'pair') {
      const key = p.field('key')
      const k = key?.kind() === 'string' ? key.text().slice(1, -1) : key?.text()
      if (k === name) return p.field('value')
    } else if (p.kind() === 'shorthand_property_identifier' && p.text() === name) return p
  }
  return null
}

export function untrusted(ctx: RuleContext, node: SgNode, opts: AnalyzeOptions = {}): boolean {
  return nonConstant(ctx, node, JS, opts)
}

export function shape(ctx: RuleContext, node: SgNode): Shape {
  return shapeOf(ctx, node, JS)
}

export function values(ctx: RuleContext, node: SgNode): SgNode[] {
  return valuesOf(ctx, node, JS)
}

/** Literal string value of a string or a template without substitutions. */
export function strValue(node: SgNode | null | undefined): string | undefined {
  return stringText(node)
}

/** Name of the function around `node`: declaration name, method name or the variable it is assigned to. */
export function functionName(ctx: RuleContext, node: SgNode): string {
  let fn = ctx.flow.enclosingFunction(node)
  // Anonymous callbacks (arr.map(() => …)) take the name of the function around them.
  while (fn && !fn.field('name') && fn.parent()?.kind() === 'arguments') fn = ctx.flow.enclosingFunction(fn)
  if (!fn) return ''
  const own = fn.field('name')?.text()
  if (own) return own
  const parent = fn.parent()
  if (parent?.kind() === 'variable_declarator') return parent.field('name')?.text() ?? ''
  if (parent?.kind() === 'pair') return parent.field('key')?.text().replace(/^['"]|['"]$/g, '') ?? ''
  if (parent?.kind() === 'assignment_expression') return parent.field('left')?.text().split('.').at(-1) ?? ''
  return ''
}

/** True when the file loads `module` (import or require). */
export function usesModule(ctx: RuleContext, module: RegExp): boolean {
  for (const q of jsImports(ctx).names.values()) if (module.test(q.split('.')[0]!) || module.test(q)) return true
  return false
}

/** External input reaches `node` (also through loop variables). */
export function external(ctx: RuleContext, node: SgNode, opts: AnalyzeOptions = { numericSanitizes: false }): boolean {
  return isExternalDeep(ctx, node, JS, opts)
}

/** The callee node of a call, without the `await` that TypeScript's grammar folds into generic calls. */
export function fnOf(call: SgNode): SgNode | null {
  const fn = call.field('function')
  if (fn?.kind() === 'await_expression') return fn.namedChildren()[0] ?? fn
  return fn
}

/**
 * Whitespace that tree-sitter-javascript (and -typescript) reads besides space, tab, LF and CR: found
 * by parsing `Function<c>(a)` for every code point. \v, \f, NBSP, the Unicode space separators, ZWSP,
 * LS, PS, word joiner and BOM.
 */
const RARE_SPACES = ['\v', '\f', '\u00a0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u2060', '\u3000', '\ufeff']

/** What may follow a module or object name: `.`, `?.`, `!.`, whitespace, a comment, or the quote that ends a module specifier. */
const MODULE_NEXT = ['.', '?', '!', ' ', '\t', '\n', '\r', '/', "'", '"', '`']

/**
 * Prefilter words that every use of one of `names` as a module contains, for names that are common
 * substrings (`http` in every URL): its specifier in an import or require (`'http'`, `'node:http'`),
 * or the name as an object (`http.get`, `http?.get`, `http\n  .get`).
 */
export function moduleWords(...names: string[]): string[] {
  return tokenWords(names, MODULE_NEXT, RARE_SPACES)
}

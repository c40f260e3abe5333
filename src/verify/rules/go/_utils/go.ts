/** Helpers for the Go rule pack: imports, package-qualified calls, handler parameters. */
import type { SgNode } from '@ast-grep/napi'
import type { RuleContext } from '../../../engine/rule.js'

/** Per file, keyed by its tree (`ctx.root`), which every context of one scan shares. */
const importCache = new WeakMap<SgNode, Map<string, string>>()

/** Local package name → import path, for this file (`mrand` → `math/rand`, `rand` → `crypto/rand`). */
export function goImports(ctx: RuleContext): Map<string, string> {
  const cached = importCache.get(ctx.root)
  if (cached) return cached
  const out = new Map<string, string>()
  for (const decl of ctx.root.children()) {
    if (decl.kind() !== 'import_declaration') continue
    for (const spec of decl.findAll({ rule: { kind: 'import_spec' } })) {
      const pathNode = spec.field('path') ?? spec.namedChildren().at(-1)
      const path = pathNode?.text().replace(/^["`]|["`]$/g, '') ?? ''
      const alias = spec.field('name')?.text()
      if (alias === '_' || alias === '.') continue
      const segments = path.split('/')
      let local = segments.at(-1) ?? path
      if (/^v\d+$/.test(local) && segments.length > 1) local = segments.at(-2)!
      local = local.replace(/^go-/, '').replace(/[.-].*$/, '')
      out.set(alias ?? local, path)
    }
  }
  importCache.set(ctx.root, out)
  return out
}

/** Import path of the package a selector's operand names, if it is an imported package. */
export function packageOf(selector: SgNode, ctx: RuleContext): string | undefined {
  if (selector.kind() !== 'selector_expression') return undefined
  const operand = selector.field('operand')
  if (!operand || operand.kind() !== 'identifier') return undefined
  return goImports(ctx).get(operand.text())
}

/** For `pkg.Fn(...)`: [import path, Fn] when pkg is an imported package. */
export function packageCall(call: SgNode, ctx: RuleContext): [string, string] | undefined {
  const fn = call.field('function')
  if (!fn || fn.kind() !== 'selector_expression') return undefined
  const path = packageOf(fn, ctx)
  if (!path) return undefined
  return [path, fn.field('field')?.text() ?? '']
}

/** Whether the file imports `path`. */
export function importsPath(ctx: RuleContext, path: RegExp): boolean {
  for (const p of goImports(ctx).values()) if (path.test(p)) return true
  return false
}

/** Method name and receiver of `recv.Method(...)`, when the receiver is not an imported package. */
export function methodCall(call: SgNode, ctx: RuleContext): { recv: SgNode; method: string } | undefined {
  const fn = call.field('function')
  if (!fn || fn.kind() !== 'selector_expression') return undefined
  if (packageOf(fn, ctx)) return undefined
  const recv = fn.field('operand')
  if (!recv) return undefined
  return { recv, method: fn.field('field')?.text() ?? '' }
}

/** The parameter names of the enclosing function whose type matches `type` (`http.ResponseWriter`). */
export function paramsOfType(node: SgNode, ctx: RuleContext, type: RegExp): string[] {
  const out: string[] = []
  let fn = ctx.flow.enclosingFunction(node)
  while (fn) {
    const params = fn.field('parameters')
    for (const p of params?.namedChildren() ?? []) {
      if (p.kind() !== 'parameter_declaration') continue
      const t = p.field('type')?.text() ?? ''
      if (!type.test(t)) continue
      for (const n of p.namedChildren()) if (n.kind() === 'identifier') out.push(n.text())
    }
    fn = ctx.flow.enclosingFunction(fn)
  }
  return out
}

/** A context argument that leads many database and HTTP calls. */
export const CONTEXT_ARG = /^(?:ctx|c|context\.\w+\(\)|\w*[cC]tx|\w+\.Context\(\)|\w+\.Request\.Context\(\)|\w+\.Request\(\)\.Context\(\)|context\.Background\(\)|context\.TODO\(\))$/

/** A Go call matcher: `func f(){ … }` context so the snippet parses as a call. */
export function goCall(pattern: string): { pattern: { context: string; selector: string } } {
  return { pattern: { context: `func f() { ${pattern} }`, selector: 'call_expression' } }
}

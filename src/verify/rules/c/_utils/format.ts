import type { SgNode } from '@ast-grep/napi'
import type { RuleContext } from '../../../engine/rule.js'
import { calleeName, callWords, definitionsBefore, enclosingFunctionNode, functionName, isConstantOrigin, literalValue, unwrap, valueOrigin } from './c.js'
import { nodesOfKind, parameterNamesOf } from './file-index.js'

/** printf-family functions and the index of their format argument. */
export const FORMAT_AT: Record<string, number> = {
  printf: 0,
  vprintf: 0,
  wprintf: 0,
  vwprintf: 0,
  fprintf: 1,
  vfprintf: 1,
  fwprintf: 1,
  vfwprintf: 1,
  dprintf: 1,
  vdprintf: 1,
  sprintf: 1,
  vsprintf: 1,
  snprintf: 2,
  vsnprintf: 2,
  _snprintf: 2,
  _vsnprintf: 2,
  swprintf: 2,
  vswprintf: 2,
  asprintf: 1,
  vasprintf: 1,
  syslog: 1,
  vsyslog: 1,
  err: 1,
  errx: 1,
  verr: 1,
  verrx: 1,
  warn: 0,
  warnx: 0,
  vwarn: 0,
  vwarnx: 0,
  printk: 0,
  g_print: 0,
  g_printerr: 0,
  g_strdup_printf: 0,
  wsprintfA: 1,
  wsprintfW: 1,
  StringCchPrintfA: 2,
  StringCchPrintfW: 2,
  sqlite3_mprintf: 0,
  sqlite3_snprintf: 2,
  BIO_printf: 1,
  curl_mprintf: 0,
}

/**
 * Words one of which a file contains when it calls a function of FORMAT_AT or a format wrapper of
 * its own: every name of FORMAT_AT contains `print`, `Printf`, `syslog`, `errx` or `warnx`, or is
 * `err`/`warn` called (`verr(` contains `err(`); a wrapper forwards to a v*printf or names its
 * parameter `fmt`/`format`.
 */
export const FORMAT_WORDS: readonly string[] = ['print', 'Printf', 'syslog', 'fmt', 'format', 'errx', 'warnx', ...callWords(['err', 'warn'])]

/** Gettext-style wrappers: a translated literal is still a constant format. */
export const FORMAT_SANITIZERS = /^(?:_|gettext|dgettext|ngettext|N_|tr|QObject::tr|i18n)$/

const WRAPPER_CACHE = new WeakMap<SgNode, Map<string, number>>()

/**
 * Variadic functions of this file that pass one of their parameters on as the format of a
 * `v*printf`: `void log_msg(const char *fmt, ...) { … vfprintf(stderr, fmt, ap); }`.
 */
export function formatWrappers(ctx: RuleContext): Map<string, number> {
  const cached = WRAPPER_CACHE.get(ctx.root)
  if (cached) return cached
  const out = new Map<string, number>()
  for (const fn of nodesOfKind('function_definition', ctx.root).filter((f) => f.field('declarator')?.text().includes('...'))) {
    const index = forwardedFormatParam(fn, ctx) ?? namedFormatParam(fn.field('declarator'))
    if (index !== undefined) out.set(functionName(fn), index)
  }
  // prototypes: `void log_msg(int level, const char *fmt, ...);`
  for (const decl of nodesOfKind('function_declarator', ctx.root).filter((d) => d.text().includes('...') && !enclosingFunctionNode(d) && d.parent()?.kind() !== 'function_definition')) {
    const name = decl.field('declarator')?.text()
    const index = namedFormatParam(decl)
    if (name && index !== undefined && !out.has(name)) out.set(name, index)
  }
  WRAPPER_CACHE.set(ctx.root, out)
  return out
}

function parameterNames(fn: SgNode): string[] {
  const list = fn.field('declarator')?.find({ rule: { kind: 'parameter_list' } })
  if (!list) return []
  return list
    .namedChildren()
    .filter((p) => p.kind() === 'parameter_declaration')
    .map((p) => {
      let d = p.field('declarator')
      while (d && d.kind() !== 'identifier') d = d.field('declarator')
      return d?.text() ?? ''
    })
}

/** The index of a parameter named like a format (`fmt`, `format`) in a variadic declarator. */
function namedFormatParam(declarator: SgNode | null): number | undefined {
  const list = declarator?.kind() === 'function_declarator' ? declarator.field('parameters') : declarator?.find({ rule: { kind: 'parameter_list' } })
  if (!list || !/\.\.\./.test(list.text())) return undefined
  const params = list.namedChildren().filter((p) => p.kind() === 'parameter_declaration')
  const i = params.findIndex((p) => /\bchar\b/.test(p.text()) && /(?:^|[^\w])(?:fmt|format|\w+_fmt|fmtstr|msgfmt)\s*$/.test(p.text()))
  return i >= 0 ? i : undefined
}

/** The index of the parameter a variadic function forwards as a v*printf format, if any. */
export function forwardedFormatParam(fn: SgNode, ctx: RuleContext): number | undefined {
  const params = parameterNames(fn)
  const body = fn.field('body')
  if (!body) return undefined
  for (const call of nodesOfKind('call_expression', body).filter((c) => /^(?:v\w*printf|vsyslog|verrx?|vwarnx?)$/.test(c.field('function')?.text() ?? ''))) {
    const at = FORMAT_AT[calleeName(call)]
    if (at === undefined) continue
    const arg = ctx.flow.callArguments(call)[at]
    if (arg?.kind() !== 'identifier') continue
    const i = params.indexOf(arg.text())
    if (i >= 0) return i
  }
  return undefined
}

/**
 * Whether a format argument is constant. Unlike the engine's origin, a conditional
 * `verbose ? "a=%d" : "%d"` is judged by its two branches only, not by its condition.
 */
export function isConstantFormat(fmt: SgNode, ctx: RuleContext, depth = 0): boolean {
  const n = unwrap(fmt)
  if (literalValue(n) !== undefined) return true
  if (n.kind() === 'conditional_expression') {
    const a = n.field('consequence')
    const b = n.field('alternative')
    return !!a && !!b && isConstantFormat(a, ctx, depth + 1) && isConstantFormat(b, ctx, depth + 1)
  }
  if (n.kind() === 'identifier' && depth < 3) {
    const fn = enclosingFunctionNode(n)
    const isParam = fn ? parameterNamesOf(fn).includes(n.text()) : false
    const defs = definitionsBefore(n.text(), n)
    if (!isParam && defs.length && defs.every((d) => isConstantFormat(d, ctx, depth + 1))) return true
  }
  // numbers formatted into a buffer cannot carry a `%`
  return isConstantOrigin(valueOrigin(n, ctx, { numericSanitizes: true, sanitizers: FORMAT_SANITIZERS, inertConversions: /^[diouxXfFeEgGaAcp]$/ }))
}

/** Index of the format argument of `call` (known printf family or a wrapper of this file). */
export function formatIndex(call: SgNode, ctx: RuleContext): number | undefined {
  const name = calleeName(call)
  return FORMAT_AT[name] ?? formatWrappers(ctx).get(name)
}

/** Java-only helpers: argv lists, known request sources. */
import type { SgNode } from '@ast-grep/napi'
import type { RuleContext } from '../../../engine/rule.js'
import { args, callName, receiver, resolve, unwrap } from './managed.js'

/**
 * The elements of an argv-like expression: an array literal, `List.of(…)`, `Arrays.asList(…)`,
 * or a local list filled with `.add(…)`. Undefined when the shape cannot be seen.
 */
export function argvElements(expr: SgNode, ctx: RuleContext): SgNode[] | undefined {
  const start = unwrap(expr)
  const n = resolve(start, ctx)
  const k = n.kind()
  if (k === 'array_initializer') return n.namedChildren().filter((c) => !c.kind().toString().includes('comment'))
  if (k === 'array_creation_expression') {
    const init = n.namedChildren().find((c) => c.kind() === 'array_initializer')
    return init ? init.namedChildren().filter((c) => !c.kind().toString().includes('comment')) : undefined
  }
  if (k === 'method_invocation') {
    const name = callName(n)
    const recv = receiver(n)?.text() ?? ''
    if (/^(?:of|asList|copyOf|newArrayList)$/.test(name) && /^(?:List|Arrays|Stream|ImmutableList|Lists|Collections)$/.test(recv)) {
      const a = args(n)
      if (name === 'copyOf' || (a.length === 1 && a[0]!.kind() !== 'string_literal' && name !== 'of')) return argvElements(a[0]!, ctx)
      return a
    }
    if (name === 'split' && n !== start) return undefined
    return undefined
  }
  if (k === 'object_creation_expression' && /^(?:ArrayList|LinkedList|Vector)\b/.test(n.field('type')?.text() ?? '')) {
    const a = args(n)
    const initial = a.length === 1 && !/^\d+$/.test(a[0]!.text()) ? (argvElements(a[0]!, ctx) ?? []) : []
    if (start.kind() !== 'identifier') return initial.length ? initial : undefined
    const name = start.text()
    const fn = ctx.flow.enclosingFunction(start)
    if (!fn) return initial.length ? initial : undefined
    const adds = fn
      .findAll({ rule: { kind: 'method_invocation', has: { field: 'name', regex: '^(add|addAll)$' } } })
      .filter((c) => receiver(c)?.text() === name && c.range().end.index <= start.range().start.index)
    const out = [...initial]
    for (const add of adds) {
      const a = args(add)
      if (callName(add) === 'addAll') {
        const inner = a.length === 1 ? argvElements(a[0]!, ctx) : undefined
        if (!inner) return [...out, ...a]
        out.push(...inner)
      } else if (a.length === 1) out.push(a[0]!)
      else if (a.length === 2) out.splice(Number(a[0]!.text()) || 0, 0, a[1]!)
    }
    return out
  }
  return undefined
}

/** Calls that escape a value for HTML. */
export const HTML_SANITIZERS =
  /(?:^|\.)(?:escapeHtml3|escapeHtml4|escapeHtml|htmlEscape|HtmlUtils\.htmlEscape|forHtml|forHtmlContent|forHtmlAttribute|forJavaScript|encodeForHTML|encodeForHTMLAttribute|escapeXml|escapeXml10|escapeXml11|sanitize|clean|escape|htmlEscaper\(\)\.escape|Jsoup\.clean|policy\.sanitize|encodeHtml)$/

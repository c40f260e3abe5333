/** resource.limits: is a size, count or loop bound taken from external input without a cap? */
import type { SgNode } from '@ast-grep/napi'
import type { RuleContext } from '../../../engine/rule.js'
import { isExternal } from './origin.js'
import { definitionsOf, textBefore } from './shared.js'
import escapeStringRegexp from 'escape-string-regexp'

/** `n.min(MAX)`, `cmp::min(n, MAX)`, `n.clamp(1, MAX)`, Go `min(n, max)`: the result is capped. */
export const CAPPING = /(?:^|\.|::)(?:min|clamp|Min|Clamp|len|cap|count|size_hint|RuneCountInString|RuneCount)$/

/** Names a guard may test for `size`: its identifiers, member paths, and the names it was defined from. */
function guardNames(size: SgNode, ctx: RuleContext): string[] {
  const names = new Set<string>(ctx.flow.identifiers(size))
  const text = size.text().replace(/^&/, '').trim()
  if (/^[\w.]+$/.test(text)) names.add(text)
  for (const m of size.findAll({ rule: { kind: ctx.language === 'go' ? 'selector_expression' : 'field_expression' } })) names.add(m.text())
  for (const id of [...names]) {
    if (!/^\w+$/.test(id)) continue
    for (const d of definitionsOf(id, size, ctx)) {
      for (const n of ctx.flow.identifiers(d.value)) names.add(n)
      const v = d.value.text()
      if (/^[\w.]+$/.test(v)) names.add(v)
    }
  }
  return [...names]
}

/** True when external input reaches `size` and no cap or upper-bound check protects `sink`. */
export function uncappedExternal(size: SgNode, sink: SgNode, ctx: RuleContext): boolean {
  if (!isExternal(size, ctx, { sanitizers: CAPPING, numericSanitizes: false })) return false
  const names = guardNames(size, ctx)
  if (ctx.flow.isGuarded(sink, names)) return false
  const before = textBefore(sink, ctx)
  for (const n of names) {
    const e = escapeStringRegexp(n)
    // ensure!(n <= MAX), assert!(n < MAX), if n > MAX { bail!(…) } / { return Err(…) }, Go: if n > max { http.Error(…); return }
    if (new RegExp(`(?:ensure|assert)!\\s*\\(\\s*${e}\\s*<`).test(before)) return false
    if (new RegExp(`if\\s+[^{]*\\b${e}\\s*(?:>|>=)\\s*[^{]+\\{\\s*(?:[\\w:]+::)?(?:bail!|return|panic!|Err|http\\.Error|c\\.(?:JSON|String|AbortWithStatus)|w\\.WriteHeader|log\\.Fatal|os\\.Exit)`).test(before)) return false
    if (new RegExp(`\\b${e}\\s*=\\s*(?:[\\w.:]+)?(?:min|Min)\\s*\\(`).test(before)) return false
    if (new RegExp(`if\\s+[^{]*\\b${e}\\s*(?:>|>=)\\s*[^{]+\\{\\s*${e}\\s*=`).test(before)) return false
  }
  return true
}

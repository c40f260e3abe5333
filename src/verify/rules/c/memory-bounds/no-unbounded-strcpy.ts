import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { callTo, calleeName, definitionsBefore, destinationArray, literalValue, unescapedLength, unwrap } from '../_utils/c.js'
import { defineOf } from '../_utils/file-index.js'
import escapeStringRegexp from 'escape-string-regexp'

const COPIES = 'strcpy|strcat|wcscpy|wcscat|stpcpy|lstrcpy|lstrcpyA|lstrcpyW|lstrcat|lstrcatA|lstrcatW|_tcscpy|_tcscat|_mbscpy|_mbscat|StrCpy|StrCat|StrCpyA|StrCpyW|StrCatA|StrCatW'

/** The literal a constant source denotes: `"abc"`, a `#define NAME "abc"`, a `const char X[] = "abc"`. */
function literalOf(src: SgNode, ctx: RuleContext): string | undefined {
  const n = unwrap(src)
  const lit = literalValue(n)
  if (lit !== undefined) return lit
  if (n.kind() !== 'identifier') return undefined
  const def = defineOf(n.text(), ctx.root)
  const m = def !== undefined ? /^\s*"((?:[^"\\]|\\.)*)"\s*$/.exec(def) : null
  if (m) return m[1]
  const defs = definitionsBefore(n.text(), n)
  if (defs.length === 1) return literalValue(defs[0]!)
  return undefined
}

/** `p = malloc(strlen(src) + 1); strcpy(p, src)`: the destination was sized for this source. */
function sizedForSource(dst: SgNode, src: SgNode): boolean {
  const d = unwrap(dst)
  if (d.kind() !== 'identifier') return false
  const srcText = unwrap(src).text().replace(/\s+/g, '')
  const re = new RegExp(`(?:strlen|wcslen)\\(${escapeStringRegexp(srcText)}\\)\\+`)
  return definitionsBefore(d.text(), dst).some((v) => /(?:malloc|alloca|realloc|calloc|new)/.test(v.text()) && re.test(v.text().replace(/\s+/g, '')))
}

export default defineRule({
  id: 'c/no-unbounded-strcpy',
  languages: ['c', 'cpp'],
  title: 'strcpy/strcat of a string that may not fit the destination',
  property: 'memory.bounds',
  cwe: ['CWE-120', 'CWE-787'],
  severity: 'high',
  confidence: 'high',
  message: '{{FN}} copies {{SRC}} into {{DST}} with no bound: a longer string overflows the destination',
  rationale:
    'strcpy and strcat copy until the terminating NUL of the source, whatever the size of the destination; when the source is longer (user input, a file, a network field) the copy runs past the buffer and overwrites adjacent memory, the classic stack smash (CWE-120).',
  safeAlternative: 'Use snprintf(dst, sizeof dst, "%s", src) or strlcpy/strlcat with the destination size, and check for truncation; in C++ use std::string.',
  match: {
    rule: { ...callTo(COPIES), pattern: { context: 'void f() { $FN($DST, $SRC); }', selector: 'call_expression' } },
  },
  check(node, ctx) {
    const dst = node.getMatch('DST')
    const src = node.getMatch('SRC')
    if (!dst || !src) return false
    const lit = literalOf(src, ctx)
    if (lit !== undefined) {
      const arr = destinationArray(dst, ctx)
      if (!arr || arr.size === undefined) return false
      // strcat appends: only a literal that fits an empty destination is judged here
      return unescapedLength(lit) + 1 > arr.size
    }
    if (ctx.flow.isConstant(src)) return false
    if (/cpy/i.test(calleeName(node)) && sizedForSource(dst, src)) return false
    return true
  },
})

import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'

/** `char buf[64]` declared in this file: the array's name, if `dst` is one. */
function fixedArrayName(dst: SgNode, ctx: RuleContext): string | undefined {
  const name = dst.kind() === 'identifier' ? dst.text() : undefined
  if (!name) return undefined
  const decl = ctx.root.find({ rule: { kind: 'array_declarator', has: { field: 'declarator', regex: `^${name}$` } } })
  return decl ? name : undefined
}

export default defineRule({
  id: 'c/no-unchecked-memcpy',
  languages: ['c', 'cpp'],
  title: 'memcpy into a fixed-size buffer with an unchecked length',
  property: 'memory.bounds',
  cwe: ['CWE-120', 'CWE-787'],
  severity: 'high',
  confidence: 'high',
  message: '{{FN}} copies {{LEN}} bytes into the fixed-size array {{DST}} without checking the length against its size',
  rationale:
    'When the length can exceed the destination array, the copy writes past its end and corrupts the stack or heap: the classic buffer overflow behind remote code execution (CWE-120, CWE-787).',
  safeAlternative: 'Check the length first (if (n > sizeof dst) return -1;) or copy min(n, sizeof dst) bytes.',
  match: {
    rule: {
      pattern: { context: 'void f() { $FN($DST, $SRC, $LEN); }', selector: 'call_expression' },
    },
    constraints: { FN: { regex: '^(memcpy|memmove|wmemcpy|CopyMemory|RtlCopyMemory|strncpy|strncat|bcopy)$' } },
  },
  check(node, ctx) {
    const dst = node.getMatch('DST')
    const len = node.getMatch('LEN')
    if (!dst || !len) return false
    const array = fixedArrayName(dst, ctx)
    if (!array) return false
    if (ctx.flow.isConstant(len)) return false
    const lenNames = ctx.flow.identifiers(len)
    if (len.text().includes(`sizeof`) && len.text().includes(array) && !/[+*]/.test(len.text())) return false
    return !ctx.flow.isGuarded(node, lenNames)
  },
})

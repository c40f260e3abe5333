import type { SgNode } from '@ast-grep/napi'
import { callWords, identifierUses, minimalWords, pathAfter, unwrap } from './c.js'
import { fieldExpressionsNamed } from './file-index.js'

export const FREE_FUNCTIONS = 'free|cfree|g_free|kfree|kvfree|vfree|xfree|OPENSSL_free|CRYPTO_free|av_free|sqlite3_free|curl_free|SDL_free|PyMem_Free|HeapFree|LocalFree|GlobalFree|CoTaskMemFree'
/** Prefilter words of a call to FREE_FUNCTIONS: the `…free` ones as calls (`free` is part of `free_list`, `lock-free`). */
export const FREE_WORDS: readonly string[] = minimalWords([...FREE_FUNCTIONS.split('|').filter((n) => !n.endsWith('free')), ...callWords(FREE_FUNCTIONS.split('|').filter((n) => n.endsWith('free')))])

/** Calls that release a pointer: `free(p)` and its kin, the anchor of the lifetime rules. */
export const FREE_CALL_MATCH = {
  rule: { pattern: { context: 'void f() { $FN($PTR); }', selector: 'call_expression' }, has: { field: 'function', regex: `^(?:::)?(?:std::)?(?:${FREE_FUNCTIONS})$` } },
  constraints: { FN: { regex: `^(?:::)?(?:std::)?(?:${FREE_FUNCTIONS})$` } },
}
const FREE_RE = new RegExp(`^(?:::)?(?:std::)?(?:${FREE_FUNCTIONS})$`)

/** The pointer a release (`free(p)`, `delete p`, `HeapFree(h, 0, p)`) releases. */
export function releasedOperand(node: SgNode): SgNode | null {
  if (node.kind() === 'delete_expression') return node.namedChildren().filter((c) => c.kind() !== 'comment').at(-1) ?? null
  if (node.kind() !== 'call_expression') return null
  const fn = node.field('function')?.text().replace(/\s+/g, '') ?? ''
  if (!FREE_RE.test(fn)) return null
  const args = node.field('arguments')?.namedChildren().filter((c) => c.kind() !== 'comment') ?? []
  return (/^(?:HeapFree)$/.test(fn) ? args[2] : args[0]) ?? null
}

/** The text that identifies a released pointer: `p`, `s->buf`, `s.buf` (casts dropped). */
export function targetKey(operand: SgNode): string | null {
  const n = unwrap(operand)
  if (n.kind() === 'identifier') return n.text()
  if (n.kind() === 'field_expression' && /^[\w.>-]+$/.test(n.text().replace(/\s+/g, ''))) return n.text().replace(/\s+/g, '')
  return null
}

function occurrences(key: string, within: SgNode): SgNode[] {
  if (!key.includes('.') && !key.includes('->')) return identifierUses(key, within)
  const last = key.split(/\.|->/).at(-1)!
  return fieldExpressionsNamed(last, within).filter((f) => f.text().replace(/\s+/g, '') === key)
}

/** Where a use of a dangling pointer is reported: the call it is passed to, or the access it is part of. */
export function useSite(occ: SgNode): SgNode {
  const p = occ.parent()
  if (!p) return occ
  if (p.kind() === 'argument_list') return p.parent() ?? occ
  if (/^(?:field_expression|subscript_expression|pointer_expression)$/.test(String(p.kind()))) {
    const pp = p.parent()
    if (pp?.kind() === 'argument_list') return pp.parent() ?? p
    return p
  }
  return occ
}

export interface AfterRelease {
  node: SgNode
  kind: 'use' | 'release'
}

function inSizeof(n: SgNode, stop: SgNode): boolean {
  let cur = n.parent()
  while (cur && cur.id() !== stop.id()) {
    if (cur.kind() === 'sizeof_expression' || cur.kind() === 'alignof_expression' || cur.kind() === 'decltype') return true
    cur = cur.parent()
  }
  return false
}

/** `x = …` / `x = …` on a field target: the assignment when `occ` is its whole left side. */
function assignmentOf(occ: SgNode): SgNode | null {
  const p = occ.parent()
  if (p?.kind() === 'assignment_expression' && p.field('left')?.id() === occ.id() && (p.field('operator')?.text() ?? '=') === '=') return p
  return null
}

/**
 * The first thing that happens to the pointer released by `release` on the paths after it: a
 * use, a second release, or nothing (reassigned, address taken, or never touched again).
 */
export function firstAfterRelease(release: SgNode): AfterRelease | undefined {
  const operand = releasedOperand(release)
  if (!operand) return undefined
  const key = targetKey(operand)
  if (!key) return undefined
  const base = key.split(/\.|->/)[0]!
  for (const stmt of pathAfter(release, undefined, true)) {
    const occs = occurrences(key, stmt)
    // Reassigning the base of a field target (`s = other;`) ends the story too.
    const baseAssign = base !== key ? identifierUses(base, stmt).find((b) => assignmentOf(b)) : undefined
    for (const occ of occs) {
      if (baseAssign && baseAssign.range().start.index < occ.range().start.index) return undefined
      if (inSizeof(occ, stmt)) continue
      const assign = assignmentOf(occ)
      if (assign) {
        const right = assign.field('right')
        const inRight = right ? occurrences(key, right).find((o) => !inSizeof(o, right)) : undefined
        return inRight ? { node: useSite(inRight), kind: 'use' } : undefined
      }
      const p = occ.parent()
      if (p?.kind() === 'pointer_expression' && p.text().trim().startsWith('&')) return undefined
      // `free(p)` again, or `delete p`
      const call = p?.kind() === 'argument_list' ? p.parent() : p
      if (call && releasedOperand(call) && targetKey(releasedOperand(call)!) === key) return { node: call, kind: 'release' }
      return { node: useSite(occ), kind: 'use' }
    }
    if (baseAssign) return undefined
  }
  return undefined
}

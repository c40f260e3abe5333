import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext, type RuleHit } from '../../../engine/rule.js'
import { calleeName, contains, enclosingFunctionNode, identifierUses } from '../_utils/c.js'
import { parentOf } from '../_utils/file-index.js'
import { useSite } from '../_utils/lifetime.js'
import { BUFFER_WRITERS, PRINTF_FORMAT_AT, STRING_READERS } from '../_utils/strings.js'

const SCALAR_TYPES = /^(?:(?:signed|unsigned|short|long)\s+)*(?:char|short|int|long|float|double|bool|_Bool|size_t|ssize_t|off_t|time_t|pid_t|uid_t|gid_t|mode_t|ptrdiff_t|intptr_t|uintptr_t|u?int(?:8|16|32|64)_t|DWORD|WORD|BYTE|BOOL|UINT|ULONG|LONG|SOCKET|socklen_t)?$/

type Verdict = 'read' | 'write' | 'skip'

/** What the occurrence `occ` of a variable that has no value yet does to it. */
function classify(occ: SgNode, isArray: boolean, isPointer: boolean, ctx: RuleContext): Verdict {
  let p = parentOf(occ)
  if (!p) return 'skip'
  for (let a: SgNode | null = p; a; a = parentOf(a)) {
    if (a.kind() === 'sizeof_expression' || a.kind() === 'alignof_expression') return 'skip'
    if (a.kind() === 'compound_statement' || a.kind() === 'expression_statement') break
  }
  if (p.kind() === 'parenthesized_expression') p = parentOf(p) ?? p
  if (p.kind() === 'assignment_expression' && p.field('left')?.id() === occ.id()) {
    const op = p.field('operator')?.text() ?? '='
    if (op !== '=') return 'read'
    const right = p.field('right')
    return right && identifierUses(occ.text(), right).length ? 'read' : 'write'
  }
  if (p.kind() === 'pointer_expression' && p.text().trim().startsWith('&')) return 'write'
  // `std::cin >> x`, `in >> x`
  if (p.kind() === 'binary_expression' && p.field('operator')?.text() === '>>' && p.field('right')?.id() === occ.id() && ctx.language === 'cpp') return 'write'
  if (p.kind() === 'argument_list') {
    const call = p.parent()
    if (!call || call.kind() !== 'call_expression') return 'skip'
    const name = calleeName(call)
    const index = p.namedChildren().filter((c) => c.kind() !== 'comment').findIndex((c) => c.id() === occ.id())
    if (isArray) {
      if (BUFFER_WRITERS[name]?.includes(index)) return 'write'
      const readers = STRING_READERS[name]
      if (readers === 'all') return index >= (PRINTF_FORMAT_AT[name] ?? 0) ? 'read' : 'write'
      if (readers?.includes(index)) return 'read'
      return 'write' // an unknown function may fill the buffer
    }
    // C++ may bind a reference parameter and write through it
    if (ctx.language === 'cpp' && !STRING_READERS[name] && !isPointer) return 'write'
    return 'read'
  }
  if (isArray) {
    // `buf[i] = …` writes (part of) the array; `x = buf[i]` reads it
    if (p.kind() === 'subscript_expression') {
      const up = p.parent()
      if (up?.kind() === 'assignment_expression' && up.field('left')?.id() === p.id() && (up.field('operator')?.text() ?? '=') === '=') return 'write'
      return 'read'
    }
    if (p.kind() === 'field_expression' || p.kind() === 'pointer_expression') return 'read'
    return 'skip'
  }
  return 'read'
}

export default defineRule({
  id: 'c/no-uninitialized-read',
  languages: ['c', 'cpp'],
  title: 'Local variable read before it is assigned',
  property: 'memory.init',
  cwe: ['CWE-457', 'CWE-908'],
  severity: 'medium',
  confidence: 'medium',
  message: '{{NAME}} is read here before anything was stored in it',
  rationale:
    'A local without an initialiser holds whatever the stack slot held before: a stale value from an earlier call, possibly attacker-influenced. Reading it gives unpredictable results, leaks old data, and an uninitialised pointer or length turns into an out-of-bounds access (CWE-457, CWE-908).',
  safeAlternative: 'Initialise every local where it is declared (int n = 0; char buf[64] = {0}; char *p = NULL;).',
  match: {
    rule: {
      kind: 'declaration',
      inside: { any: [{ kind: 'compound_statement' }, { kind: 'case_statement' }], stopBy: 'neighbor' },
      // a declarator without an initialiser (the only ones `check` looks at)
      has: { any: [{ kind: 'identifier' }, { kind: 'array_declarator' }, { kind: 'pointer_declarator' }] },
    },
  },
  // a declaration in a function body: no name to look for
  requires: { words: ['{'] },
  check(decl, ctx) {
    for (const d of decl.namedChildren()) {
      if (d.id() === decl.field('type')?.id() || !/^(?:identifier|array_declarator|pointer_declarator)$/.test(String(d.kind()))) continue
      const hit = uninitializedRead(decl, d, ctx)
      if (hit) return hit
    }
    return false
  },
})

function uninitializedRead(decl: SgNode, node: SgNode, ctx: RuleContext): RuleHit | false {
  const head = decl.text().slice(0, (decl.field('type')?.range().start.index ?? decl.range().start.index) - decl.range().start.index)
  if (/\b(?:static|extern|thread_local|register\s+volatile)\b/.test(head)) return false
  let nameNode: SgNode | null = node
  let isArray = false
  let isPointer = false
  while (nameNode && nameNode.kind() !== 'identifier') {
    if (nameNode.kind() === 'array_declarator') isArray = true
    if (nameNode.kind() === 'pointer_declarator') isPointer = true
    if (nameNode.kind() === 'function_declarator') return false
    nameNode = nameNode.field('declarator')
  }
  if (!nameNode) return false
  const type = decl.field('type')
  if (!type) return false
  if (!isPointer && !SCALAR_TYPES.test(type.text().replace(/\s+/g, ' ').replace(/^(?:std::|::)/, ''))) return false
  if (isArray && isPointer) return false
  const fn = enclosingFunctionNode(decl)
  if (!fn) return false
  const name = nameNode.text()
  for (const occ of identifierUses(name, fn)) {
    if (occ.range().start.index <= nameNode.range().end.index) continue
    // a nested lambda or a redeclaration in an inner scope is another variable
    const occFn = enclosingFunctionNode(occ)
    if (occFn?.id() !== fn.id()) continue
    const up = parentOf(occ)?.kind()
    if (up === 'declaration' || up === 'init_declarator' || /declarator$/.test(String(up))) return false
    const v = classify(occ, isArray, isPointer, ctx)
    if (v === 'skip') continue
    if (v === 'write') return false
    // reads inside the declaration's own statement (`int x; … x`) are real reads too
    if (contains(decl, occ)) continue
    return { node: useSite(occ), data: { NAME: name } }
  }
  return false
}

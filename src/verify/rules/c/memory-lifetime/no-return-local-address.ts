import type { SgNode } from '@ast-grep/napi'
import { defineRule } from '../../../engine/rule.js'
import { declaratorName, enclosingFunctionNode, unwrap } from '../_utils/c.js'
import { identifiersNamed } from '../_utils/file-index.js'

interface Local {
  array: boolean
  reference: boolean
  pointer: boolean
}

/** The automatic (non-static) local or parameter `name` of `fn` declared before `at`. */
function automaticLocal(name: string, fn: SgNode, at: SgNode): Local | undefined {
  const body = fn.field('body')
  const params = fn.field('declarator')?.find({ rule: { kind: 'parameter_list' } })
  let found: Local | undefined
  for (const scope of [params, body]) {
    if (!scope) continue
    for (const id of identifiersNamed(name, scope)) {
      if (id.range().start.index > at.range().start.index) break
      let d: SgNode | null = id.parent()
      let array = false
      let reference = false
      let pointer = false
      let cur: SgNode = id
      while (d && /declarator$/.test(String(d.kind())) && d.kind() !== 'init_declarator' && d.field('declarator')?.id() === cur.id()) {
        if (d.kind() === 'array_declarator') array = true
        if (d.kind() === 'reference_declarator') reference = true
        if (d.kind() === 'pointer_declarator') pointer = true
        cur = d
        d = d.parent()
      }
      if (d?.kind() === 'init_declarator' && d.field('declarator')?.id() === cur.id()) d = d.parent()
      else if (d && d.kind() !== 'declaration' && d.kind() !== 'parameter_declaration') continue
      if (!d || (d.kind() !== 'declaration' && d.kind() !== 'parameter_declaration')) continue
      if (enclosingFunctionNode(d)?.id() !== fn.id()) continue
      const head = d.text().slice(0, (d.field('type')?.range().start.index ?? d.range().start.index) - d.range().start.index)
      if (/\b(?:static|extern|thread_local)\b/.test(head)) {
        found = undefined
        continue
      }
      if (d.kind() === 'parameter_declaration' && array) array = false // decays to a pointer
      found = { array, reference, pointer }
    }
  }
  return found
}

export default defineRule({
  id: 'c/no-return-local-address',
  languages: ['c', 'cpp'],
  title: 'Function returns the address of a local variable',
  property: 'memory.lifetime',
  cwe: ['CWE-562', 'CWE-825'],
  severity: 'high',
  confidence: 'high',
  message: 'returns {{WHAT}}, whose storage ends when the function returns',
  rationale:
    'Locals live in the stack frame of the call; once the function returns, the frame is reused by the next call and the returned pointer (or reference) points at whatever is stored there next, so callers read garbage or overwrite live data (CWE-562).',
  safeAlternative: 'Return a value, let the caller pass a buffer (and its size), allocate with malloc (documenting who frees it), or use static storage when a single shared buffer is acceptable.',
  match: {
    rule: {
      kind: 'return_statement',
      has: { kind: 'identifier', stopBy: 'end' },
      // in a function returning a pointer or a reference (`&f()`; the C grammar has no
      // reference_declarator kind) or a deduced type: `check` needs one
      inside: {
        kind: 'function_definition',
        stopBy: 'end',
        any: [{ has: { field: 'declarator', any: [{ kind: 'pointer_declarator' }, { regex: '^&' }] } }, { has: { field: 'type', regex: '^(?:auto|decltype)' } }],
      },
    },
  },
  requires: { words: ['return'] },
  check(node) {
    const expr = node.namedChildren().find((c) => c.kind() !== 'comment')
    if (!expr) return false
    const fn = enclosingFunctionNode(node)
    if (!fn || fn.kind() !== 'function_definition') return false
    const value = unwrap(expr)
    // Only a pointer (or deduced) return type hands out the address: `std::string f() { char b[8]; …; return b; }` copies.
    const declarator = fn.field('declarator')
    const returnDeclarator = declarator?.kind()
    const returnsPointer = returnDeclarator === 'pointer_declarator' || /^(?:auto|decltype)/.test(fn.field('type')?.text() ?? '')
    // only a function returning a pointer or a reference can hand out a local's address
    if (!returnsPointer && returnDeclarator !== 'reference_declarator') return false
    if (value.kind() === 'pointer_expression' && value.text().trim().startsWith('&')) {
      if (!returnsPointer) return false
      const arg = unwrap(value.field('argument') ?? value.namedChildren()[0]!)
      const base = arg.kind() === 'subscript_expression' ? unwrap(arg.field('argument') ?? arg) : arg.kind() === 'field_expression' && !arg.text().includes('->') ? unwrap(arg.field('argument') ?? arg) : arg
      if (base.kind() !== 'identifier') return false
      const local = automaticLocal(base.text(), fn, node)
      if (!local || local.reference || !returnsPointer) return false
      if (arg.kind() === 'subscript_expression' && !local.array) return false
      return { data: { WHAT: `the address of the local ${base.text()}` } }
    }
    if (value.kind() !== 'identifier') return false
    const local = automaticLocal(value.text(), fn, node)
    if (!local) return false
    if (local.array) return returnsPointer ? { data: { WHAT: `the local array ${value.text()}` } } : false
    // C++: `T& f() { T x; return x; }`
    const returnsReference = declarator?.kind() === 'reference_declarator' && !local.reference && !local.pointer
    if (returnsReference && declaratorName(declarator) !== null) return { data: { WHAT: `a reference to the local ${value.text()}` } }
    return false
  },
})

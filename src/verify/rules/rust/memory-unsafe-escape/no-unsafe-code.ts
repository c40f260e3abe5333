import type { SgNode } from '@ast-grep/napi'
import { defineRule } from '../../../engine/rule.js'

/** The `unsafe` keyword token of a block, fn, impl or trait. */
function unsafeToken(node: SgNode): SgNode | undefined {
  for (const c of node.children()) {
    if (c.text() === 'unsafe' && !c.isNamed()) return c
    if (c.kind() === 'function_modifiers') {
      const t = c.children().find((m) => m.text() === 'unsafe')
      if (t) return t
    }
  }
  return undefined
}

export default defineRule({
  id: 'rust/no-unsafe-code',
  languages: ['rust'],
  title: 'unsafe block, unsafe fn or unsafe impl',
  property: 'memory.unsafe-escape',
  cwe: ['CWE-242', 'CWE-676'],
  severity: 'high',
  confidence: 'high',
  message: '`unsafe` {{KIND}} opts out of the borrow checker and memory-safety guarantees',
  rationale:
    'Inside `unsafe` the compiler no longer proves that pointers are valid, aliasing rules hold or memory is initialised; one mistake there (a dangling raw pointer, a wrong transmute, an unsound Send impl) is a use-after-free or out-of-bounds access that attackers exploit like any C memory bug.',
  safeAlternative:
    'Use safe standard-library APIs (slices, `Vec`, `from_utf8`, `bytemuck`/`zerocopy` for casts); if unsafe is unavoidable, isolate it in a small audited module with a `// SAFETY:` proof for every block.',
  // every form is spelled with the `unsafe` keyword, which is what is reported
  requires: { words: ['unsafe'] },
  match: {
    rule: {
      any: [
        { kind: 'unsafe_block' },
        { kind: 'function_item', has: { kind: 'function_modifiers', regex: '(?-u:\\b)unsafe(?-u:\\b)' } },
        { kind: 'function_signature_item', has: { kind: 'function_modifiers', regex: '(?-u:\\b)unsafe(?-u:\\b)' } },
        { kind: 'impl_item', regex: '^unsafe(?-u:\\b)' },
        { kind: 'trait_item', regex: '^(?:pub(?:\\([^)]*\\))?[ \\t\\r\\n]+)?unsafe(?-u:\\b)' },
      ],
    },
  },
  check(node) {
    const token = unsafeToken(node)
    if (!token) return false
    const kind = node.kind() === 'unsafe_block' ? 'block' : node.kind() === 'impl_item' ? 'impl' : node.kind() === 'trait_item' ? 'trait' : 'fn'
    return { node: token, data: { KIND: kind } }
  },
})

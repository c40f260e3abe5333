import { defineRule } from '../../../engine/rule.js'

export default defineRule({
  id: 'rust/no-ffi-extern-block',
  languages: ['rust'],
  title: 'Foreign function interface: extern block',
  property: 'sandbox.native',
  cwe: ['CWE-111'],
  severity: 'medium',
  confidence: 'high',
  message: '`extern "{{ABI}}"` block declares native functions called through FFI',
  rationale:
    'Functions declared in an `extern` block run native code outside Rust\'s checks: their memory safety, thread safety and side effects are whatever the linked C library does, so they escape every sandbox the Rust code would otherwise stay inside (CWE-111).',
  safeAlternative: 'Use a pure-Rust crate for the functionality; if FFI is required, keep it in a dedicated, reviewed `-sys` crate behind a safe wrapper.',
  // a foreign module is always `extern "ABI" { … }` or `extern { … }`
  requires: { words: ['extern'] },
  match: { rule: { kind: 'foreign_mod_item' } },
  check(node) {
    const abi = /extern\s+"([^"]*)"/.exec(node.text())?.[1] ?? 'C'
    return { data: { ABI: abi } }
  },
})

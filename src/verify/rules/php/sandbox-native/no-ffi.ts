import { defineRule } from '../../../engine/rule.js'
import { nameOf, STATIC_CALL } from '../_utils/php.js'

export default defineRule({
  id: 'php/no-ffi',
  languages: ['php'],
  title: 'Native library loaded through FFI',
  property: 'sandbox.native',
  cwe: ['CWE-111'],
  severity: 'high',
  confidence: 'high',
  message: '{{CALL}} binds native code into the PHP process',
  rationale:
    'FFI calls C functions directly, outside every guarantee of the PHP runtime: a wrong declaration or an unchecked buffer corrupts memory, and the native code runs with the full rights of the worker, beyond open_basedir and disable_functions.',
  safeAlternative: 'Use a PHP extension or library that wraps the native code safely, or run the native tool as a separate, sandboxed process with fixed arguments.',
  // the FFI class, spelled as the check tests it
  requires: { words: ['FFI'] },
  match: { rule: STATIC_CALL },
  check(node, ctx) {
    const name = nameOf(ctx, node)
    return /^FFI::(?:cdef|load|scope)$/.test(name) ? { data: { CALL: name } } : false
  },
})

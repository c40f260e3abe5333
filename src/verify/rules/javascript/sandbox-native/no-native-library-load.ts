import { defineRule } from '../../../engine/rule.js'
import { callee } from '../_utils/js.js'

const LOADS = /^(?:process\.dlopen|Deno\.dlopen|bun:ffi\.dlopen|(?:ffi-napi|ffi|node-ffi|@makeomatic\/ffi-napi|ffi-cross)\.(?:Library|DynamicLibrary|ForeignFunction)|koffi\.(?:load|open)|ffi-rs\.open|module\.constructor\._load|os\.dlopen)$/

export default defineRule({
  id: 'javascript/no-native-library-load',
  languages: ['javascript', 'typescript'],
  title: 'Native library loaded at run time',
  property: 'sandbox.native',
  cwe: ['CWE-111', 'CWE-114'],
  severity: 'high',
  confidence: 'high',
  message: '{{CALL}} loads a native library into the process',
  rationale:
    'process.dlopen, ffi.Library, koffi.load and Deno/Bun dlopen map a shared library into the process and call it without type or memory safety; a wrong signature corrupts memory and a library found by name can be swapped for a malicious one (CWE-114).',
  safeAlternative: 'Avoid run-time native loading; use a pure-JavaScript or WebAssembly library, or a reviewed prebuilt addon installed from a pinned package.',
  match: {
    rule: {
      any: [
        { kind: 'call_expression', has: { field: 'function', regex: '^(?s:.*?\\.)?(?:dlopen|Library|DynamicLibrary|ForeignFunction|load|open|_load)$' } },
        { kind: 'new_expression', has: { field: 'constructor', regex: '^(?s:.*?\\.)?(?:Library|DynamicLibrary|ForeignFunction)$' } },
      ],
    },
  },
  // LOADS: dlopen, the ffi modules (koffi too), module.constructor._load.
  requires: { words: ['dlopen', 'ffi', '_load'] },
  check(node, ctx) {
    const name = callee(ctx, node)
    return LOADS.test(name) ? { data: { CALL: name } } : false
  },
})

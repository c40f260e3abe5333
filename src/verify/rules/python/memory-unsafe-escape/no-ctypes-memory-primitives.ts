import { defineRule } from '../../../engine/rule.js'
import { calleeText } from '../_utils/common.js'
import { callee, importedFrom } from '../_utils/py.js'

const QUALIFIED = /^ctypes\.(?:memmove|memset|string_at|wstring_at|cast|addressof|pointer|byref)$/
const RAW = /^(?:memmove|memset|string_at|wstring_at|cast)$/

export default defineRule({
  id: 'python/no-ctypes-memory-primitives',
  languages: ['python'],
  title: 'Raw memory access through ctypes',
  property: 'memory.unsafe-escape',
  cwe: ['CWE-242', 'CWE-676'],
  severity: 'high',
  confidence: 'high',
  message: '{{CALL}} reads or writes raw memory outside Python\'s safety checks',
  rationale:
    'ctypes.memmove, memset, string_at, cast and from_address work on raw addresses with no bounds or type checks: a wrong length or address corrupts the interpreter\'s heap or leaks memory contents, the same bugs as in C (CWE-676).',
  safeAlternative: 'Use bytes, bytearray, memoryview and struct for binary data; if C interop is needed, let ctypes marshal typed arguments instead of copying raw memory.',
  match: {
    rule: {
      kind: 'call',
      has: { field: 'function', regex: '^(?s:.*?\\.)?(?:memmove|memset|string_at|wstring_at|cast|from_address)$' },
    },
  },
  check(node, ctx) {
    const text = calleeText(ctx, node)
    if (/\.from_address$/.test(text)) return { data: { CALL: text } }
    const name = callee(ctx, node)
    if (QUALIFIED.test(name) && /^ctypes\.(?:memmove|memset|string_at|wstring_at|cast)$/.test(name)) return { data: { CALL: name } }
    if (RAW.test(text) && importedFrom(ctx, text, /^ctypes$/)) return { data: { CALL: `ctypes.${text}` } }
    return false
  },
})

import { defineRule } from '../../../engine/rule.js'
import { callName, receiver } from '../../java/_utils/managed.js'

export default defineRule({
  id: 'csharp/no-native-library-load',
  languages: ['csharp'],
  title: 'Native library loaded at run time',
  property: 'sandbox.native',
  cwe: ['CWE-111', 'CWE-114'],
  severity: 'medium',
  confidence: 'high',
  message: '{{CALL}} loads or calls native code',
  rationale:
    'NativeLibrary.Load and function pointers obtained from native exports run unmanaged code outside the CLR\'s checks; a library path an attacker can influence, or a writable search directory, loads their code into the process (CWE-111, CWE-114).',
  safeAlternative: 'Avoid run-time native loading; if required, load one library by a constant absolute path from a read-only, signed location and never from a user-supplied name.',
  match: {
    rule: {
      kind: 'invocation_expression',
      has: { field: 'function', regex: '\\.(Load|TryLoad|GetExport|TryGetExport|SetDllImportResolver|GetDelegateForFunctionPointer)(<.*>)?$' },
    },
  },
  check(node) {
    const name = callName(node)
    const recv = receiver(node)?.text().replace(/\s+/g, '') ?? ''
    if (name === 'GetDelegateForFunctionPointer') {
      if (!/(?:^|\.)Marshal$/.test(recv)) return false
    } else if (!/(?:^|\.)NativeLibrary$/.test(recv)) return false
    return { data: { CALL: `${recv.replace(/^.*\./, '')}.${name}` } }
  },
})

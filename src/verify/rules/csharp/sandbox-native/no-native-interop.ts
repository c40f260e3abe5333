import { defineRule } from '../../../engine/rule.js'

export default defineRule({
  id: 'csharp/no-native-interop',
  languages: ['csharp'],
  title: 'P/Invoke declaration ([DllImport] / [LibraryImport])',
  property: 'sandbox.native',
  cwe: ['CWE-111', 'CWE-114'],
  severity: 'medium',
  confidence: 'high',
  message: '[{{NAME}}] binds a native library function into managed code',
  rationale:
    'P/Invoke calls native code with no CLR memory safety: a wrong signature or buffer size corrupts memory, and a library resolved by name from the search path (the application directory, PATH) can be replaced by an attacker\'s DLL (DLL planting) (CWE-111, CWE-114).',
  safeAlternative: 'Use a managed API where one exists; otherwise declare the import with a fully qualified, signed library path, DefaultDllImportSearchPaths(DllImportSearchPath.System32), and validate every buffer length passed across.',
  match: { rule: { kind: 'attribute', has: { field: 'name', regex: '^(System\\.Runtime\\.InteropServices\\.)?(DllImport|LibraryImport)(Attribute)?$' } } },
  check(node) {
    return { data: { NAME: (node.field('name')?.text() ?? 'DllImport').replace(/^.*\./, '') } }
  },
})

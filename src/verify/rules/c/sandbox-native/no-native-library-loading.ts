import { defineRule } from '../../../engine/rule.js'

export default defineRule({
  id: 'c/no-native-library-loading',
  languages: ['c', 'cpp'],
  title: 'Native library loaded at run time',
  property: 'sandbox.native',
  cwe: ['CWE-114', 'CWE-111'],
  severity: 'medium',
  confidence: 'high',
  message: '{{FN}} loads a shared library into the process at run time',
  rationale:
    'dlopen and LoadLibrary map a shared object into the process and run its constructors with full privileges; whoever controls the file name or the search path (LD_LIBRARY_PATH, the current directory on Windows, a writable plugin folder) controls code that escapes every sandbox policy (CWE-114, CWE-427).',
  safeAlternative: 'Link the code statically or at build time; if plugins are required, load only absolute paths from a root-owned directory and verify a signature first.',
  match: {
    rule: {
      kind: 'call_expression',
      has: {
        field: 'function',
        regex: '^(?:::)?(?:dlopen|dlmopen|LoadLibraryA?W?|LoadLibraryExA?W?|LoadPackagedLibrary|g_module_open|SDL_LoadObject|uv_dlopen|lt_dlopen|lt_dlopenext|PR_LoadLibrary|apr_dso_load|NSAddImage)$',
      },
    },
  },
  check(node) {
    return { data: { FN: node.field('function')?.text() ?? 'dlopen' } }
  },
})

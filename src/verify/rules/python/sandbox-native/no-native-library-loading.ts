import { defineRule } from '../../../engine/rule.js'
import { callee, importedFrom, imports, PY, values } from '../_utils/py.js'
import { qualify } from '../_utils/common.js'

const LOADERS =
  /^(?:ctypes\.(?:CDLL|WinDLL|OleDLL|PyDLL|LibraryLoader|cdll\.LoadLibrary|windll\.LoadLibrary|oledll\.LoadLibrary|pydll\.LoadLibrary|cdll\.__getattr__)|_ctypes\.dlopen|_ctypes\.LoadLibrary|ctypes\.util\.dlopen|cffi\.FFI\(\)\.dlopen|imp\.load_dynamic|importlib\.machinery\.ExtensionFileLoader|os\.add_dll_directory|numpy\.ctypeslib\.load_library|np\.ctypeslib\.load_library|win32api\.LoadLibrary(?:Ex)?|llvmlite\.binding\.load_library_permanently)$/
const BARE = /^(?:CDLL|WinDLL|OleDLL|PyDLL|LibraryLoader|cdll\.LoadLibrary|windll\.LoadLibrary|oledll\.LoadLibrary|pydll\.LoadLibrary)$/

export default defineRule({
  id: 'python/no-native-library-loading',
  languages: ['python'],
  title: 'Native library loaded through ctypes, cffi or an extension loader',
  property: 'sandbox.native',
  cwe: ['CWE-111', 'CWE-114'],
  severity: 'high',
  confidence: 'high',
  message: '{{CALL}} loads native code into the process',
  rationale:
    'A native library runs machine code with the full rights of the process and outside every guarantee of Python: memory corruption, arbitrary system calls and no sandbox. Loading one by a searched name also lets a planted library of the same name run (CWE-114).',
  safeAlternative: 'Use a pure-Python or vetted, packaged extension module instead of loading libraries at run time; if native code is required, load it by an absolute, constant path from a read-only location and review it.',
  match: {
    rule: {
      any: [
        { kind: 'call', has: { field: 'function', regex: '^(?s:.*?\\.)?(?:CDLL|WinDLL|OleDLL|PyDLL|LibraryLoader|LoadLibrary|LoadLibraryEx|dlopen|load_dynamic|ExtensionFileLoader|add_dll_directory|load_library|load_library_permanently|verify)$' } },
        // ctypes.windll.kernel32, cdll.msvcrt: attribute access loads the library.
        {
          kind: 'attribute',
          regex: '^(?:ctypes\\.)?(?:cdll|windll|oledll|pydll)\\.[A-Za-z_]\\w*$',
          not: { regex: '\\.LoadLibrary$' },
        },
      ],
    },
  },
  check(node, ctx) {
    if (node.kind() === 'attribute') {
      const q = qualify(ctx, node.text(), PY)
      if (!/^ctypes\.(?:cdll|windll|oledll|pydll)\.\w+$/.test(q) && !importedFrom(ctx, node.text().split('.')[0]!, /^ctypes$/)) return false
      return { data: { CALL: node.text() } }
    }
    const name = callee(ctx, node)
    if (LOADERS.test(name)) return { data: { CALL: name } }
    if (BARE.test(name) && importedFrom(ctx, name.split('.')[0]!, /^ctypes$/)) return { data: { CALL: name } }
    // ffi.dlopen(...) on a cffi FFI object.
    if (/\.dlopen$/.test(name) && /\b(?:cffi|FFI)\b/.test(ctx.source)) return { data: { CALL: name } }
    // ffi.verify("…C source…") compiles and loads a C extension on the fly (cffi).
    if (/\.verify$/.test(name) && imports(ctx).names.get('FFI') === 'cffi.FFI') {
      const recv = node.field('function')?.field('object')
      if (recv && values(ctx, recv).some((v) => v.kind() === 'call' && /^(?:cffi\.)?FFI$/.test(callee(ctx, v)))) return { data: { CALL: name } }
    }
    return false
  },
})

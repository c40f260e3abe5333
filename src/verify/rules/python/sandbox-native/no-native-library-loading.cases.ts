import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import ctypes\nbuf = ctypes.create_string_buffer(16)',
    '# ctypes.CDLL("libc.so.6") would load native code\nprint("ctypes.CDLL")',
    'import ctypes.util\npath = ctypes.util.find_library("c")',
    'class Loader:\n    def LoadLibrary(self, name):\n        return name\nLoader().LoadLibrary("x")',
    'import json\ndata = json.loads("{}")',
    'import ctypes\nclass Point(ctypes.Structure):\n    _fields_ = [("x", ctypes.c_int)]',
  ],
  invalid: [
    { code: 'import ctypes\nlibc = ctypes.CDLL("libc.so.6")', line: 2 },
    { code: 'from ctypes import cdll\nlib = cdll.LoadLibrary("./libfast.so")', line: 2 },
    { code: 'import ctypes\nctypes.windll.user32.MessageBoxW(0, "hi", "t", 0)', line: 2 },
    { code: 'from cffi import FFI\nffi = FFI()\nffi.cdef("int add(int, int);")\nlib = ffi.dlopen("./libadd.so")', line: 4 },
    { code: 'import ctypes as C\ndef load(path):\n    return C.WinDLL(path)', line: 3 },
    { code: 'from cffi import FFI\nffi = FFI()\nlib = ffi.verify("int add(int a, int b) { return a + b; }")', line: 3 },
    { code: 'import imp\nmod = imp.load_dynamic("fast", "/opt/fast.so")', line: 2 },
  ],
})

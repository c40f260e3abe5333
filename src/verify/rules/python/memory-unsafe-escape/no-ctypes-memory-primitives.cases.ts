import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'from typing import cast\ndef f(x: object) -> int:\n    return cast(int, x)',
    'import typing\ny = typing.cast(str, 1)',
    '# ctypes.memmove(dst, src, n) copies raw memory\nprint("ctypes.string_at(addr)")',
    'import ctypes\nbuf = ctypes.create_string_buffer(b"abc")\nview = bytes(buf)',
    'class Mem:\n    def memset(self, a, b, c):\n        pass\nMem().memset(0, 0, 0)',
    'import numpy as np\nx = np.zeros(4).astype(np.int32)',
  ],
  invalid: [
    { code: 'import ctypes\ndef copy(dst, src, n):\n    ctypes.memmove(dst, src, n)', line: 3 },
    { code: 'import ctypes\ndata = ctypes.string_at(0x7fff0000, 64)', line: 2 },
    { code: 'from ctypes import cast, POINTER, c_int\np = cast(addr, POINTER(c_int))', line: 2 },
    { code: 'import ctypes\nval = ctypes.c_int.from_address(0x1000)', line: 2 },
    { code: 'import ctypes as ct\nct.memset(buf, 0, 128)', line: 2 },
  ],
})

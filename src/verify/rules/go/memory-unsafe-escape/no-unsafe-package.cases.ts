import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'package main\n\nfunc toBytes(s string) []byte {\n\treturn []byte(s)\n}',
    'package main\n\n// unsafe.Pointer(&x) would avoid the copy, but we do not use it\nfunc f() string {\n\treturn "unsafe.Pointer"\n}',
    'package main\n\ntype cfg struct{ unsafe bool }\n\nfunc f(c cfg) bool {\n\treturn c.unsafe\n}',
    'package main\n\nimport "math"\n\nfunc bits(f float64) uint64 {\n\treturn math.Float64bits(f)\n}',
    'package main\n\nimport _ "unsafe"\n\nfunc f() int {\n\treturn 1\n}',
  ],
  invalid: [
    { code: 'package main\n\nimport "unsafe"\n\nfunc bits(f float64) uint64 {\n\treturn *(*uint64)(unsafe.Pointer(&f))\n}', line: 6 },
    { code: 'package main\n\nimport "unsafe"\n\nfunc str(b []byte) string {\n\treturn unsafe.String(unsafe.SliceData(b), len(b))\n}', line: 6 },
    { code: 'package main\n\nimport (\n\t"fmt"\n\t"unsafe"\n)\n\nfunc main() {\n\tvar x int64\n\tfmt.Println(unsafe.Sizeof(x))\n}', line: 10 },
    { code: 'package main\n\nimport "unsafe"\n\ntype hdr struct {\n\tdata unsafe.Pointer\n}', line: 6 },
  ],
})

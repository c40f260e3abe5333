import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'package main\n\nimport "os"\n\nfunc f() {\n\tf, _ := os.Open("plugin.so")\n\tf.Close()\n}',
    'package main\n\n// import "C" is not used here; plugin.Open(path) neither\nfunc f() string {\n\treturn "plugin.Open"\n}',
    'package main\n\ntype store struct{}\n\nfunc (store) Open(p string) {}\n\nfunc f(plugin store) {\n\tplugin.Open("x.so")\n}',
    'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("C")\n}',
  ],
  invalid: [
    { code: 'package main\n\n// #include <stdlib.h>\nimport "C"\n\nfunc main() {\n\tC.free(nil)\n}', line: 4 },
    { code: 'package main\n\nimport "plugin"\n\nfunc load(path string) {\n\tp, err := plugin.Open(path)\n\t_, _ = p, err\n}', line: 6 },
    { code: 'package main\n\nimport "syscall"\n\nvar user32 = syscall.NewLazyDLL("user32.dll")\n\nfunc main() {}', line: 5 },
    { code: 'package main\n\nimport (\n\t"fmt"\n\t"unsafe"\n)\n\n/*\n#include <stdio.h>\n*/\nimport "C"\n\nfunc main() {\n\tfmt.Println(unsafe.Sizeof(0))\n}', line: 11 },
  ],
})

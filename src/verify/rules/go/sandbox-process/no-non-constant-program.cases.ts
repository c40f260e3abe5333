import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'package main\n\nimport "os/exec"\n\nfunc status() error {\n\treturn exec.Command("git", "status").Run()\n}',
    'package main\n\nimport "os/exec"\n\nfunc grep(pattern string) error {\n\treturn exec.Command("grep", "-n", pattern, "log.txt").Run()\n}',
    'package main\n\nimport (\n\t"context"\n\t"os/exec"\n)\n\nconst tool = "/usr/bin/convert"\n\nfunc f(ctx context.Context, in string) error {\n\treturn exec.CommandContext(ctx, tool, in).Run()\n}',
    'package main\n\n// exec.Command(userProgram) is never allowed here\nfunc f() string {\n\treturn "exec.Command(prog)"\n}',
    'package main\n\ntype runner struct{}\n\nfunc (runner) Command(name string) {}\n\nfunc f(r runner, name string) {\n\tr.Command(name)\n}',
  ],
  invalid: [
    { code: 'package main\n\nimport "os/exec"\n\nfunc openEditor(editor, file string) error {\n\treturn exec.Command(editor, file).Run()\n}', line: 6 },
    { code: 'package main\n\nimport (\n\t"net/http"\n\t"os/exec"\n)\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\ttool := r.URL.Query().Get("tool")\n\tout, _ := exec.Command(tool, "--version").Output()\n\tw.Write(out)\n}', line: 10 },
    { code: 'package main\n\nimport (\n\t"context"\n\t"os"\n\t"os/exec"\n)\n\nfunc main() {\n\tcmd := exec.CommandContext(context.Background(),\n\t\tos.Args[1], "-v")\n\t_ = cmd.Run()\n}', line: 10 },
    { code: 'package main\n\nimport "syscall"\n\nfunc run(path string, argv []string) error {\n\treturn syscall.Exec(path, argv, nil)\n}', line: 6 },
  ],
})

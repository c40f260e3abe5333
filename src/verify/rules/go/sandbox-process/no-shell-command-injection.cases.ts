import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'package main\n\nimport "os/exec"\n\nfunc f() error {\n\treturn exec.Command("sh", "-c", "ls -l /tmp | wc -l").Run()\n}',
    'package main\n\nimport "os/exec"\n\nfunc f(host string) error {\n\treturn exec.Command("ping", "-c", "1", host).Run()\n}',
    'package main\n\nimport "os/exec"\n\nfunc f(script string) error {\n\treturn exec.Command("bash", script).Run()\n}',
    'package main\n\n// exec.Command("sh", "-c", userInput) is forbidden\nfunc f() {}',
    'package main\n\ntype fake struct{}\n\nfunc (fake) Command(a ...string) {}\n\nfunc f(exec fake, x string) {\n\texec.Command("sh", "-c", x)\n}',
  ],
  invalid: [
    { code: 'package main\n\nimport "os/exec"\n\nfunc ping(host string) ([]byte, error) {\n\treturn exec.Command("sh", "-c", "ping -c 1 "+host).Output()\n}', line: 6 },
    { code: 'package main\n\nimport (\n\t"fmt"\n\t"net/http"\n\t"os/exec"\n)\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tcmd := fmt.Sprintf("tar czf /tmp/out.tgz %s", r.FormValue("dir"))\n\texec.Command("/bin/bash", "-c", cmd).Run()\n}', line: 11 },
    { code: 'package main\n\nimport (\n\t"context"\n\t"os/exec"\n)\n\nfunc run(ctx context.Context, line string) error {\n\treturn exec.CommandContext(ctx, "cmd", "/C", line).Run()\n}', line: 9 },
  ],
})

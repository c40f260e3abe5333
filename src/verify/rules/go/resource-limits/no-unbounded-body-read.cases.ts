import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'package main\n\nimport (\n\t"io"\n\t"net/http"\n)\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tr.Body = http.MaxBytesReader(w, r.Body, 1<<20)\n\tbody, _ := io.ReadAll(r.Body)\n\tw.Write(body)\n}',
    'package main\n\nimport (\n\t"io"\n\t"net/http"\n)\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tbody, _ := io.ReadAll(io.LimitReader(r.Body, 1<<20))\n\t_ = body\n}',
    'package main\n\nimport (\n\t"io"\n\t"net/http"\n)\n\nfunc fetch() ([]byte, error) {\n\tresp, err := http.Get("https://api.example.com/data")\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tdefer resp.Body.Close()\n\treturn io.ReadAll(resp.Body)\n}',
    'package main\n\n// io.ReadAll(r.Body) without a limit is a DoS\nfunc f() {}',
  ],
  invalid: [
    { code: 'package main\n\nimport (\n\t"io"\n\t"net/http"\n)\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tbody, err := io.ReadAll(r.Body)\n\tif err != nil {\n\t\treturn\n\t}\n\tw.Write(body)\n}', line: 9 },
    { code: 'package main\n\nimport (\n\t"io/ioutil"\n\n\t"github.com/gin-gonic/gin"\n)\n\nfunc h(c *gin.Context) {\n\tdata, _ := ioutil.ReadAll(c.Request.Body)\n\tc.String(200, string(data))\n}', line: 10 },
    { code: 'package main\n\nimport (\n\t"io"\n\t"net"\n)\n\nfunc serve(ln net.Listener) {\n\tconn, _ := ln.Accept()\n\tmsg, _ := io.ReadAll(conn)\n\t_ = msg\n}', line: 10 },
  ],
})

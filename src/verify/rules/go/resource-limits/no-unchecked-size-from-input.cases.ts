import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'package main\n\nfunc buf() []byte {\n\treturn make([]byte, 4096)\n}',
    'package main\n\nimport (\n\t"net/http"\n\t"strconv"\n)\n\nconst maxItems = 1000\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tn, _ := strconv.Atoi(r.FormValue("n"))\n\tif n < 0 || n > maxItems {\n\t\thttp.Error(w, "too many", http.StatusBadRequest)\n\t\treturn\n\t}\n\titems := make([]int, n)\n\t_ = items\n}',
    'package main\n\nimport (\n\t"net/http"\n\t"strconv"\n)\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tn, _ := strconv.Atoi(r.FormValue("n"))\n\tn = min(n, 100)\n\tfor i := 0; i < n; i++ {\n\t\tw.Write([]byte("x"))\n\t}\n}',
    'package main\n\nfunc pad(width int) string {\n\tb := make([]byte, width)\n\treturn string(b)\n}',
    'package main\n\n// make([]byte, r.ContentLength) is a DoS\nfunc f() {}',
    'package main\n\nimport (\n\t"io"\n\t"net/http"\n)\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tbody, _ := io.ReadAll(io.LimitReader(r.Body, 1<<20))\n\tout := make([]byte, len(body))\n\tfor i := 0; i < len(body); i++ {\n\t\tout[i] = body[i] ^ 0x20\n\t}\n\tw.Write(out)\n}',
  ],
  invalid: [
    { code: 'package main\n\nimport (\n\t"net/http"\n\t"strconv"\n)\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tsize, _ := strconv.Atoi(r.URL.Query().Get("size"))\n\tbuf := make([]byte, size)\n\tw.Write(buf)\n}', line: 10 },
    { code: 'package main\n\nimport (\n\t"os"\n\t"strconv"\n\t"strings"\n)\n\nfunc main() {\n\tn, _ := strconv.Atoi(os.Args[1])\n\tprintln(strings.Repeat("=", n))\n}', line: 11 },
    { code: 'package main\n\nimport (\n\t"net/http"\n\t"strconv"\n)\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tcount, _ := strconv.Atoi(r.FormValue("count"))\n\tfor i := 0; i < count; i++ {\n\t\tw.Write([]byte("row\\n"))\n\t}\n}', line: 10 },
    { code: 'package main\n\nimport (\n\t"strconv"\n\n\t"github.com/gin-gonic/gin"\n)\n\nfunc h(c *gin.Context) {\n\tn, _ := strconv.Atoi(c.Query("n"))\n\tids := make([]int64, 0, n)\n\tc.JSON(200, ids)\n}', line: 11 },
  ],
})

import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'package main\n\nimport "regexp"\n\nvar email = regexp.MustCompile(`^[^@\\s]+@[^@\\s]+$`)\n',
    'package main\n\nimport (\n\t"net/http"\n\t"regexp"\n)\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tre := regexp.MustCompile(regexp.QuoteMeta(r.FormValue("q")))\n\t_ = re\n}',
    'package main\n\nimport "regexp"\n\nfunc compile(p string) (*regexp.Regexp, error) {\n\treturn regexp.Compile(p)\n}',
    'package main\n\n// regexp.Compile(r.FormValue("re")) allows ReDoS\nfunc f() {}',
  ],
  invalid: [
    { code: 'package main\n\nimport (\n\t"net/http"\n\t"regexp"\n)\n\nfunc grep(w http.ResponseWriter, r *http.Request) {\n\tre, err := regexp.Compile(r.URL.Query().Get("pattern"))\n\tif err != nil {\n\t\treturn\n\t}\n\t_ = re\n}', line: 9 },
    { code: 'package main\n\nimport (\n\t"os"\n\t"regexp"\n)\n\nfunc main() {\n\tre := regexp.MustCompile("^" + os.Args[1] + "$")\n\t_ = re\n}', line: 9 },
    { code: 'package main\n\nimport (\n\t"regexp"\n\n\t"github.com/gin-gonic/gin"\n)\n\nfunc h(c *gin.Context) {\n\tok, _ := regexp.MatchString(c.Query("re"), "text")\n\tc.JSON(200, ok)\n}', line: 10 },
  ],
})

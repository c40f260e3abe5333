import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'package main\n\nimport (\n\t"html/template"\n\t"net/http"\n)\n\nvar t = template.Must(template.ParseFiles("page.html"))\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tt.Execute(w, r.FormValue("q"))\n}',
    'package main\n\nimport (\n\t"os"\n\t"text/template"\n)\n\nvar t = template.Must(template.ParseFiles("config.tmpl"))\n\nfunc main() {\n\tt.Execute(os.Stdout, nil)\n}',
    'package main\n\n// text/template with t.Execute(w, data) is XSS\nfunc f() {}',
  ],
  invalid: [
    { code: 'package main\n\nimport (\n\t"net/http"\n\t"text/template"\n)\n\nvar t = template.Must(template.ParseFiles("page.html"))\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tt.Execute(w, r.FormValue("q"))\n}', line: 11 },
    { code: 'package main\n\nimport (\n\t"net/http"\n\t"text/template"\n)\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\ttmpl, _ := template.ParseGlob("views/*.html")\n\ttmpl.ExecuteTemplate(w, "index.html", r.URL.Query())\n}', line: 10 },
    { code: 'package main\n\nimport (\n\t"text/template"\n\n\t"github.com/gin-gonic/gin"\n)\n\nvar page = template.Must(template.New("p").Parse("<p>{{.}}</p>"))\n\nfunc h(c *gin.Context) {\n\tpage.Execute(c.Writer, c.Query("q"))\n}', line: 12 },
  ],
})

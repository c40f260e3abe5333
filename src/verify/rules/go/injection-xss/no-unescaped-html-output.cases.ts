import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'package main\n\nimport (\n\t"fmt"\n\t"html"\n\t"net/http"\n)\n\nfunc hello(w http.ResponseWriter, r *http.Request) {\n\tfmt.Fprintf(w, "<h1>Hello %s</h1>", html.EscapeString(r.FormValue("name")))\n}',
    'package main\n\nimport (\n\t"html/template"\n\t"net/http"\n)\n\nvar page = template.Must(template.New("p").Parse("<h1>{{.}}</h1>"))\n\nfunc hello(w http.ResponseWriter, r *http.Request) {\n\tpage.Execute(w, r.FormValue("name"))\n}',
    'package main\n\nimport (\n\t"fmt"\n\t"net/http"\n)\n\nfunc hello(w http.ResponseWriter, r *http.Request) {\n\tw.Header().Set("Content-Type", "text/plain; charset=utf-8")\n\tfmt.Fprintf(w, "Hello %s", r.FormValue("name"))\n}',
    'package main\n\nimport "html/template"\n\nvar banner = template.HTML("<b>Welcome</b>")\n',
    'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n\tfmt.Fprintf(os.Stdout, "<p>%s</p>", os.Args[1])\n}',
    'package main\n\n// fmt.Fprintf(w, r.FormValue("x")) is XSS\nfunc f() string {\n\treturn "template.HTML(x)"\n}',
  ],
  invalid: [
    { code: 'package main\n\nimport (\n\t"fmt"\n\t"net/http"\n)\n\nfunc hello(w http.ResponseWriter, r *http.Request) {\n\tname := r.URL.Query().Get("name")\n\tfmt.Fprintf(w, "<h1>Hello %s</h1>", name)\n}', line: 10 },
    { code: 'package main\n\nimport "html/template"\n\nfunc render(comment string) template.HTML {\n\treturn template.HTML("<p>" + comment + "</p>")\n}', line: 6 },
    { code: 'package main\n\nimport "net/http"\n\nfunc echo(w http.ResponseWriter, r *http.Request) {\n\tw.Write([]byte(r.FormValue("msg")))\n}', line: 6 },
    { code: 'package main\n\nimport (\n\t"net/http"\n\n\t"github.com/labstack/echo/v4"\n)\n\nfunc greet(c echo.Context) error {\n\treturn c.HTML(http.StatusOK, "<b>"+c.QueryParam("name")+"</b>")\n}', line: 10 },
  ],
})

import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'package main\n\nimport (\n\t"html/template"\n\t"net/http"\n)\n\nvar page = template.Must(template.New("p").Parse("<h1>Hello {{.}}</h1>"))\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tpage.Execute(w, r.FormValue("name"))\n}',
    'package main\n\nimport (\n\t"net/http"\n\t"net/url"\n)\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tu, _ := url.Parse(r.FormValue("next"))\n\t_ = u\n}',
    'package main\n\nimport "text/template"\n\nconst src = `Hello {{.Name}}`\n\nfunc build() *template.Template {\n\treturn template.Must(template.New("mail").Parse(src))\n}',
    'package main\n\n// template.New("x").Parse(r.FormValue("t")) is SSTI\nfunc f() {}',
    'package main\n\nimport "time"\n\nfunc f(s string) {\n\ttime.Parse(time.RFC3339, s)\n}',
  ],
  invalid: [
    { code: 'package main\n\nimport (\n\t"html/template"\n\t"net/http"\n)\n\nfunc preview(w http.ResponseWriter, r *http.Request) {\n\tt, err := template.New("preview").Parse(r.FormValue("tpl"))\n\tif err != nil {\n\t\treturn\n\t}\n\tt.Execute(w, nil)\n}', line: 9 },
    { code: 'package main\n\nimport "text/template"\n\nfunc greet(name string) *template.Template {\n\treturn template.Must(template.New("g").Parse("Hello " + name + "!"))\n}', line: 6 },
    { code: 'package main\n\nimport "text/template"\n\nfunc load(body string) {\n\tt := template.New("custom")\n\tt.Parse(body)\n}', line: 7 },
    { code: 'package main\n\nimport "github.com/flosch/pongo2/v6"\n\nfunc render(src string) {\n\ttpl, _ := pongo2.FromString(src)\n\t_ = tpl\n}', line: 6 },
  ],
})

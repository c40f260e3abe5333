import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'package main\n\nimport "os"\n\nfunc load() ([]byte, error) {\n\treturn os.ReadFile("config/app.yaml")\n}',
    'package main\n\nimport "os"\n\nfunc open(path string) (*os.File, error) {\n\treturn os.Open(path)\n}',
    'package main\n\nimport (\n\t"net/http"\n\t"os"\n\t"path/filepath"\n)\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tname := filepath.Base(r.URL.Query().Get("f"))\n\tdata, _ := os.ReadFile(filepath.Join("/srv/files", name))\n\tw.Write(data)\n}',
    'package main\n\nimport (\n\t"errors"\n\t"os"\n\t"path/filepath"\n)\n\nfunc read(name string) ([]byte, error) {\n\tif !filepath.IsLocal(name) {\n\t\treturn nil, errors.New("bad path")\n\t}\n\treturn os.ReadFile(filepath.Join("/srv/files", name))\n}',
    'package main\n\nimport "os"\n\nfunc load() ([]byte, error) {\n\treturn os.ReadFile(os.Getenv("APP_CONFIG"))\n}',
    'package main\n\n// os.Open(r.FormValue("path")) must never happen\nfunc f() string {\n\treturn "os.Remove(p)"\n}',
    'package main\n\ntype store struct{}\n\nfunc (store) Open(name string) {}\n\nfunc f(s store, name string) {\n\ts.Open(name)\n}',
  ],
  invalid: [
    { code: 'package main\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tdata, err := os.ReadFile(r.URL.Query().Get("file"))\n\tif err != nil {\n\t\treturn\n\t}\n\tw.Write(data)\n}', line: 9 },
    { code: 'package main\n\nimport (\n\t"os"\n\t"path/filepath"\n)\n\nconst uploadDir = "/var/uploads"\n\nfunc remove(name string) error {\n\tp := filepath.Join(uploadDir, name)\n\treturn os.Remove(p)\n}', line: 12 },
    { code: 'package main\n\nimport (\n\t"net/http"\n)\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tname := r.URL.Path[len("/static/"):]\n\thttp.ServeFile(w, r, "./static/"+name)\n}', line: 9 },
    { code: 'package main\n\nimport "github.com/gin-gonic/gin"\n\nfunc download(c *gin.Context) {\n\tc.File("./files/" + c.Param("name"))\n}', line: 6 },
  ],
})

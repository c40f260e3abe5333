import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'package main\n\nimport "net/http"\n\nfunc weather() (*http.Response, error) {\n\treturn http.Get("https://api.weather.example/v1/today")\n}',
    'package main\n\nimport "net/http"\n\nfunc user(w http.ResponseWriter, r *http.Request) {\n\tid := r.URL.Query().Get("id")\n\tresp, _ := http.Get("https://api.example.com/users/" + id)\n\tdefer resp.Body.Close()\n}',
    'package main\n\nimport "net/http"\n\nfunc fetch(url string) (*http.Response, error) {\n\treturn http.Get(url)\n}',
    'package main\n\nimport (\n\t"net/http"\n\t"net/url"\n)\n\nvar allowedHosts = map[string]bool{"api.example.com": true}\n\nfunc proxy(w http.ResponseWriter, r *http.Request) {\n\tu, _ := url.Parse(r.FormValue("url"))\n\tif !allowedHosts[u.Hostname()] {\n\t\treturn\n\t}\n\thttp.Get(u.String())\n}',
    'package main\n\nimport "github.com/gin-gonic/gin"\n\nfunc h(c *gin.Context) {\n\tv, _ := c.Get(c.Query("key"))\n\t_ = v\n}',
    'package main\n\n// http.Get(r.FormValue("url")) is SSRF\nfunc f() string {\n\treturn "http.Get(u)"\n}',
  ],
  invalid: [
    { code: 'package main\n\nimport (\n\t"io"\n\t"net/http"\n)\n\nfunc preview(w http.ResponseWriter, r *http.Request) {\n\tresp, err := http.Get(r.URL.Query().Get("url"))\n\tif err != nil {\n\t\treturn\n\t}\n\tio.Copy(w, resp.Body)\n}', line: 9 },
    { code: 'package main\n\nimport (\n\t"fmt"\n\t"net/http"\n)\n\nfunc status(w http.ResponseWriter, r *http.Request) {\n\thost := r.FormValue("host")\n\treq, _ := http.NewRequest("GET", fmt.Sprintf("http://%s/health", host), nil)\n\thttp.DefaultClient.Do(req)\n}', line: 10 },
    { code: 'package main\n\nimport (\n\t"net"\n\t"os"\n)\n\nfunc main() {\n\tconn, err := net.Dial("tcp", os.Args[1]+":6379")\n\tif err == nil {\n\t\tconn.Close()\n\t}\n}', line: 9 },
    { code: 'package main\n\nimport (\n\t"net/http"\n\n\t"github.com/gin-gonic/gin"\n)\n\nfunc hook(c *gin.Context) {\n\tclient := &http.Client{}\n\tclient.Post(c.PostForm("callback"), "application/json", nil)\n}', line: 11 },
  ],
})

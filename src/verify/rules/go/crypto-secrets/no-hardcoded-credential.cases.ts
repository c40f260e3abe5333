import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'package main\n\nimport "os"\n\nfunc key() string {\n\treturn os.Getenv("API_KEY")\n}',
    'package main\n\nconst passwordField = "user_password"\nconst tokenURL = "https://auth.example.com/oauth/token"\n',
    'package main\n\nfunc f() {\n\tapiKey := "<your-api-key>"\n\tpassword := "changeme"\n\t_, _ = apiKey, password\n}',
    'package main\n\n// password := "hunter2hunter2"\nfunc f() string {\n\treturn "password: hunter2hunter2"\n}',
    'package main\n\ntype cfg struct{ Username string }\n\nvar c = cfg{Username: "administrator"}\n',
  ],
  invalid: [
    { code: 'package main\n\nconst apiKey = "9f8e7d6c5b4a39281706f5e4d3c2b1a0"\n', line: 3 },
    { code: 'package main\n\nimport "github.com/go-sql-driver/mysql"\n\nvar cfg = mysql.Config{\n\tUser:   "app",\n\tPasswd: "S3cure!Passw0rd",\n}\n', line: 7 },
    { code: 'package main\n\nimport "github.com/golang-jwt/jwt/v5"\n\nfunc sign(t *jwt.Token) (string, error) {\n\treturn t.SignedString([]byte("my-jwt-signing-secret"))\n}', line: 6 },
    { code: 'package main\n\nimport "net/http"\n\nfunc call(req *http.Request) {\n\treq.Header.Set("Authorization", "Bearer tok_51HxQ2a9f8e7d6c5b4a3")\n}', line: 6 },
    { code: 'package main\n\nimport "net/http"\n\nfunc login(w http.ResponseWriter, r *http.Request) {\n\tif r.FormValue("password") == "Adm1n!2024#prod" {\n\t\tw.WriteHeader(200)\n\t}\n}', line: 6 },
  ],
})

import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "const dbPassword = process.env.DB_PASSWORD;",
    "const API_KEY = '';",
    "const apiKey = '<your-api-key>';",
    "const TOKEN_URL = 'https://auth.example.com/oauth/token';",
    "const passwordField = 'password-input';",
    "// const password = 'hunter2hunter2'\nconst s = 'password: hunter2hunter2';",
    "const jwt = require('jsonwebtoken');\nconst t = jwt.sign({ id: 1 }, process.env.JWT_SECRET);",
    "const headers = { 'X-Auth-Token': token };",
    "for (const key of Object.keys(obj)) {\n  console.log(key);\n}",
    "const secret = 'changeme';",
  ],
  invalid: [
    { code: "const DB_PASSWORD = 'Sup3rS3cret!2024';", line: 1 },
    { code: "const pool = new Pool({\n  host: 'db',\n  password: 'pr0d-db-pa55w0rd',\n});", line: 3 },
    { code: "const jwt = require('jsonwebtoken');\nfunction issue(user) {\n  return jwt.sign({ id: user.id }, 'my-jwt-signing-key-123');\n}", line: 3 },
    { code: "app.use(session({ secret: 'keyboard-cat-9f8e7d6c' }));", line: 1 },
    { code: "const config = {};\nconfig['apiKey'] = 'a8f5f167f44f4964e6c998dee827110c';", line: 2 },
    { code: "class Client {\n  clientSecret = '9f8e7d6c5b4a3210';\n}", line: 2 },
    { code: "process.env.ADMIN_TOKEN = 'f00dbabe1234deadbeef';", line: 1 },
  ],
})

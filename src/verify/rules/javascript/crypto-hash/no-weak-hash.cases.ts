import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "const crypto = require('crypto');\nconst h = crypto.createHash('sha256').update('x').digest('hex');",
    "const crypto = require('crypto');\nconst mac = crypto.createHmac('sha512', key).update(body).digest('hex');",
    "// crypto.createHash('md5') is broken\nconst s = \"createHash('sha1')\";",
    "function md5(x) {\n  return x;\n}\nmd5('a');",
    "const algo = { name: 'HMAC', hash: 'SHA-256' };",
    "const crypto = require('crypto');\nfunction f(alg) {\n  return crypto.createHash(alg);\n}",
  ],
  invalid: [
    { code: "const crypto = require('crypto');\nfunction etag(body) {\n  return crypto.createHash('md5').update(body).digest('hex');\n}", line: 3 },
    { code: "import { createHash } from 'node:crypto';\nconst fp = createHash('sha1').update(cert).digest('hex');", line: 2 },
    { code: "const CryptoJS = require('crypto-js');\nconst h = CryptoJS.MD5(password).toString();", line: 2 },
    { code: "async function f(data) {\n  return crypto.subtle.digest('SHA-1', data);\n}", line: 2 },
    { code: "const md5 = require('md5');\nconst key = md5(email);", line: 2 },
    { code: "const crypto = require('crypto');\nconst dk = crypto.pbkdf2Sync(pw, salt, 1000, 32, 'sha1');", line: 2 },
    { code: "const alg = { name: 'HMAC', hash: 'SHA-1' };", line: 1 },
  ],
})

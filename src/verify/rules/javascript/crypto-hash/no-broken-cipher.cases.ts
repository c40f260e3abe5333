import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "const crypto = require('crypto');\nconst c = crypto.createCipheriv('aes-256-gcm', key, iv);",
    "const crypto = require('crypto');\nconst c = crypto.createCipheriv('chacha20-poly1305', key, iv, { authTagLength: 16 });",
    "// createCipheriv('des-ecb') is broken\nconst s = \"CryptoJS.mode.ECB\";",
    "function f(svc, data) {\n  return svc.encrypt(data);\n}",
    "const CryptoJS = require('crypto-js');\nconst ct = CryptoJS.AES.encrypt(msg, key).toString();",
  ],
  invalid: [
    { code: "const crypto = require('crypto');\nconst c = crypto.createCipheriv('des-ede3-cbc', key, iv);", line: 2 },
    { code: "const crypto = require('crypto');\nconst c = crypto.createCipheriv('aes-128-ecb', key, null);", line: 2 },
    { code: "import { createDecipheriv } from 'crypto';\nconst d = createDecipheriv('rc4', key, '');", line: 2 },
    { code: "const CryptoJS = require('crypto-js');\nconst ct = CryptoJS.TripleDES.encrypt(msg, key).toString();", line: 2 },
    { code: "const CryptoJS = require('crypto-js');\nconst ct = CryptoJS.AES.encrypt(msg, key, { mode: CryptoJS.mode.ECB });", line: 2 },
  ],
})

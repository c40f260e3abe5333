import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "const crypto = require('crypto');\nconst token = crypto.randomBytes(32).toString('hex');",
    "function rollDice() {\n  return Math.floor(Math.random() * 6) + 1;\n}",
    "function retryAuth(fn) {\n  setTimeout(fn, Math.random() * 1000);\n}",
    "// const token = Math.random() is predictable\nconst s = 'Math.random() token';",
    "function createSession() {\n  const jitter = Math.random() * 100;\n  return jitter;\n}",
    "const color = '#' + Math.floor(Math.random() * 0xffffff).toString(16);",
  ],
  invalid: [
    { code: "function newUser() {\n  const token = Math.random().toString(36).slice(2);\n  return token;\n}", line: 2 },
    { code: "function generateOtp() {\n  return String(Math.floor(100000 + Math.random() * 900000));\n}", line: 2 },
    { code: "function f(user) {\n  user.resetCode = Math.floor(Math.random() * 1e6);\n}", line: 2 },
    { code: "const session = {\n  sessionId: Math.random().toString(16).slice(2),\n};", line: 2 },
    { code: "const makePassword = () => Array.from({ length: 12 }, () => chars[Math.floor(Math.random() * chars.length)]).join('');", line: 1 },
  ],
})

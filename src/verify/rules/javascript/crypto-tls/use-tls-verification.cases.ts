import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "const https = require('https');\nconst agent = new https.Agent({ rejectUnauthorized: true });",
    "const tls = require('tls');\nconst s = tls.connect({ host: 'db', port: 5433, ca: caPem });",
    "// rejectUnauthorized: false disables checks\nconst s = 'rejectUnauthorized: false';",
    "const opts = { rejectUnauthorized: process.env.NODE_ENV === 'production' ? true : true };",
  ],
  invalid: [
    { code: "const https = require('https');\nconst agent = new https.Agent({ rejectUnauthorized: false });", line: 2, output: "const https = require('https');\nconst agent = new https.Agent({ rejectUnauthorized: true });" },
    { code: "const tls = require('tls');\nconst s = tls.connect({\n  host: 'db.internal',\n  port: 5433,\n  rejectUnauthorized: false,\n});", line: 5, output: "const tls = require('tls');\nconst s = tls.connect({\n  host: 'db.internal',\n  port: 5433,\n  rejectUnauthorized: true,\n});" },
    { code: "const client = new Pool({ ssl: { rejectUnauthorized: false } });", line: 1 },
  ],
})

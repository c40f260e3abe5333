import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "const tls = require('tls');\nconst s = tls.connect({ host: 'x', minVersion: 'TLSv1.2' });",
    "const opts = { secureProtocol: 'TLS_method' };",
    "// minVersion: 'TLSv1' is obsolete\nconst s = \"secureProtocol: 'TLSv1_method'\";",
    "const v = { version: 'TLSv1' };",
  ],
  invalid: [
    { code: "const tls = require('tls');\nconst s = tls.connect({ host: 'x', minVersion: 'TLSv1' });", line: 2 },
    { code: "const https = require('https');\nconst agent = new https.Agent({\n  secureProtocol: 'TLSv1_method',\n});", line: 3 },
    { code: "const tls = require('tls');\ntls.DEFAULT_MIN_VERSION = 'TLSv1.1';", line: 2 },
  ],
})

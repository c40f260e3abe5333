import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';",
    "const opts = { strictSSL: true };",
    "const tls = require('tls');\nconst s = tls.connect({ host: 'x', checkServerIdentity: (host, cert) => tls.checkServerIdentity(host, cert) });",
    "// NODE_TLS_REJECT_UNAUTHORIZED = '0' disables TLS\nconst s = 'strictSSL: false';",
    "const env = { NODE_ENV: 'production' };",
  ],
  invalid: [
    { code: "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';\nfetch('https://x');", line: 1 },
    { code: "const request = require('request');\nrequest({ url: 'https://x', strictSSL: false }, () => {});", line: 2 },
    { code: "const tls = require('tls');\nconst s = tls.connect({\n  host: 'x',\n  checkServerIdentity: () => undefined,\n});", line: 4 },
    { code: "process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = 0;", line: 1 },
    { code: "const agent = new https.Agent();\nagent.options.rejectUnauthorized = false;", line: 2 },
  ],
})

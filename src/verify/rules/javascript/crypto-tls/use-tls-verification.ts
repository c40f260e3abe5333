import { defineRule } from '../../../engine/rule.js'

export default defineRule({
  id: 'javascript/use-tls-verification',
  languages: ['javascript', 'typescript'],
  title: 'TLS option rejectUnauthorized: false',
  property: 'crypto.tls',
  cwe: ['CWE-295'],
  severity: 'high',
  confidence: 'high',
  message: 'rejectUnauthorized: false accepts any certificate for this TLS connection',
  rationale:
    'With rejectUnauthorized set to false Node accepts self-signed, expired and wrong-host certificates, so anyone on the network path can impersonate the server and read or alter the traffic, tokens and passwords included (CWE-295).',
  safeAlternative: 'Keep rejectUnauthorized: true (the default); for a private CA pass its certificate with the ca option (ca: fs.readFileSync("ca.pem")).',
  match: {
    rule: { kind: 'pair', regex: '^["\']?rejectUnauthorized["\']?\\s*:\\s*false$' },
  },
  fix: { template: 'rejectUnauthorized: true', kind: 'unsafe', description: 'Verify certificates; servers with self-signed certificates need their CA passed with the ca option.' },
})

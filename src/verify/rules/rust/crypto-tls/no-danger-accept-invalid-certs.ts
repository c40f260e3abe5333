import { defineRule } from '../../../engine/rule.js'

export default defineRule({
  id: 'rust/no-danger-accept-invalid-certs',
  languages: ['rust'],
  title: 'TLS client accepts invalid certificates or hostnames',
  property: 'crypto.tls',
  cwe: ['CWE-295'],
  severity: 'high',
  confidence: 'high',
  message: '{{M}}(true) turns off TLS certificate or hostname verification',
  rationale:
    'With `danger_accept_invalid_certs(true)` (or `..._hostnames`) the client accepts any certificate, so any machine on the network path can impersonate the server and read or alter the traffic, including credentials and tokens (CWE-295).',
  safeAlternative: 'Remove the call (verification is on by default); to trust a private CA add it with `.add_root_certificate(reqwest::Certificate::from_pem(&pem)?)`.',
  match: {
    rule: {
      kind: 'boolean_literal',
      regex: '^true$',
      inside: {
        kind: 'arguments',
        inside: {
          kind: 'call_expression',
          has: { field: 'function', kind: 'field_expression', has: { field: 'field', regex: '^(?:danger_accept_invalid_certs|danger_accept_invalid_hostnames|dangerous_accept_invalid_certs|dangerous_accept_invalid_hostnames|accept_invalid_certs|accept_invalid_hostnames)$' } },
        },
      },
    },
  },
  check(node) {
    const call = node.parent()!.parent()!
    if (node.parent()!.namedChildren().length !== 1) return false
    return { data: { M: call.field('function')?.field('field')?.text() ?? 'danger_accept_invalid_certs' } }
  },
  fix: { template: 'false', kind: 'unsafe', description: 'Turn certificate verification back on (connections to servers with untrusted certificates will then fail).' },
})

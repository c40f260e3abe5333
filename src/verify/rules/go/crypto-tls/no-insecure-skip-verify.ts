import { defineRule } from '../../../engine/rule.js'

export default defineRule({
  id: 'go/no-insecure-skip-verify',
  languages: ['go'],
  title: 'TLS certificate verification disabled (InsecureSkipVerify)',
  property: 'crypto.tls',
  cwe: ['CWE-295'],
  severity: 'high',
  confidence: 'high',
  message: 'InsecureSkipVerify: true turns off TLS certificate and hostname verification',
  rationale:
    'With InsecureSkipVerify the client accepts any certificate chain and any host name, so any machine on the network path can impersonate the server and read or alter the traffic, including credentials and tokens (CWE-295).',
  safeAlternative: 'Leave InsecureSkipVerify false; to trust a private CA load it into an x509.CertPool and set `RootCAs` in the tls.Config.',
  requires: { words: ['InsecureSkipVerify'] },
  match: {
    rule: {
      any: [
        { kind: 'keyed_element', regex: '^InsecureSkipVerify[ \\t\\r\\n]*:[ \\t\\r\\n]*true$' },
        { pattern: { context: 'func f() { $X.InsecureSkipVerify = true }', selector: 'assignment_statement' } },
      ],
    },
  },
  check(node) {
    const value = node.find({ rule: { kind: 'true' } })
    return value ? { node: value } : false
  },
  fix: { template: 'false', kind: 'unsafe', description: 'Turn certificate verification back on (servers with untrusted certificates will then be rejected).' },
})

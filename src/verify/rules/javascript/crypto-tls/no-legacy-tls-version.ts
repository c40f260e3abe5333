import { defineRule } from '../../../engine/rule.js'

export default defineRule({
  id: 'javascript/no-legacy-tls-version',
  languages: ['javascript', 'typescript'],
  title: 'SSL or TLS protocol version below TLS 1.2',
  property: 'crypto.tls',
  cwe: ['CWE-327', 'CWE-295'],
  severity: 'medium',
  confidence: 'high',
  message: '{{SETTING}} allows a protocol version below TLS 1.2',
  rationale:
    'SSLv3, TLS 1.0 and TLS 1.1 are deprecated (RFC 8996) and open to downgrade and padding-oracle attacks such as POODLE and BEAST; allowing them lets an active attacker weaken the connection (CWE-327).',
  safeAlternative: 'Use Node\'s defaults or set minVersion: "TLSv1.2" (or "TLSv1.3"); drop secureProtocol pins such as "TLSv1_method".',
  match: {
    rule: {
      any: [
        { kind: 'pair', regex: '^["\']?(?:minVersion|maxVersion)["\']?\\s*:\\s*["\'](?:TLSv1|TLSv1\\.1|SSLv3)["\']$' },
        { kind: 'pair', regex: '^["\']?secureProtocol["\']?\\s*:\\s*["\'](?:SSLv2|SSLv3|TLSv1|TLSv1_1)_(?:client_|server_)?method["\']$' },
        { kind: 'assignment_expression', regex: '^tls\\.DEFAULT_MIN_VERSION\\s*=\\s*["\'](?:TLSv1|TLSv1\\.1|SSLv3)["\']$' },
      ],
    },
  },
  check(node) {
    return { data: { SETTING: node.text().replace(/\s+/g, ' ') } }
  },
})

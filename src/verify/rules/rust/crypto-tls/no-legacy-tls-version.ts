import { defineRule } from '../../../engine/rule.js'

export default defineRule({
  id: 'rust/no-legacy-tls-version',
  languages: ['rust'],
  title: 'TLS protocol version below 1.2 allowed',
  property: 'crypto.tls',
  cwe: ['CWE-327', 'CWE-295'],
  severity: 'medium',
  confidence: 'high',
  message: '{{V}} allows SSL 3 / TLS 1.0 / TLS 1.1',
  rationale:
    'SSL 3.0, TLS 1.0 and TLS 1.1 are deprecated (RFC 8996): they rely on broken primitives (MD5/SHA-1, CBC padding oracles such as POODLE and BEAST), so a downgraded connection can be decrypted or tampered with (CWE-327).',
  safeAlternative: 'Require TLS 1.2 or newer: `min_protocol_version(Some(Protocol::Tlsv12))`, `set_min_proto_version(Some(SslVersion::TLS1_2))`, `min_tls_version(tls::Version::TLS_1_2)`.',
  match: {
    rule: {
      kind: 'scoped_identifier',
      regex: '(?:Protocol::(?:Sslv3|Tlsv10|Tlsv11)|SslVersion::(?:SSL3|TLS1|TLS1_1)|Version::(?:TLS_1_0|TLS_1_1)|SslMethod::(?:tlsv1|sslv3|sslv23)[A-Za-z0-9_]*)$',
      not: { inside: { kind: 'use_declaration' } },
    },
  },
  check(node) {
    return { data: { V: node.text() } }
  },
})

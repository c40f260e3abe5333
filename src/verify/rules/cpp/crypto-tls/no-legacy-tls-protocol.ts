import { defineRule } from '../../../engine/rule.js'

export default defineRule({
  id: 'cpp/no-legacy-tls-protocol',
  languages: ['cpp'],
  title: 'Boost.Asio, Qt or Poco TLS context limited to SSL 3.0, TLS 1.0 or TLS 1.1',
  property: 'crypto.tls',
  cwe: ['CWE-326', 'CWE-327'],
  severity: 'medium',
  confidence: 'high',
  message: '{{WHAT}} selects a protocol version below TLS 1.2',
  rationale:
    'SSL 3.0, TLS 1.0 and TLS 1.1 are deprecated (RFC 8996) and open to downgrade and padding-oracle attacks such as POODLE and BEAST, so traffic protected with them can be decrypted or altered (CWE-327).',
  safeAlternative: 'Use boost::asio::ssl::context::tls_client (or tlsv12/tlsv13), QSsl::TlsV1_2OrLater / QSsl::SecureProtocols, and Poco TLS contexts restricted to TLS 1.2+.',
  match: {
    rule: {
      kind: 'qualified_identifier',
      regex: '(?:^|::)(?:context::)?(?:sslv2|sslv3|tlsv1|tlsv11|sslv2_client|sslv2_server|sslv3_client|sslv3_server|tlsv1_client|tlsv1_server|tlsv11_client|tlsv11_server)$|^QSsl::(?:SslV2|SslV3|TlsV1|TlsV1_0|TlsV1_1|TlsV1SslV3|TlsV1_0OrLater|TlsV1_1OrLater)$|(?:^|::)Context::(?:TLSV1_CLIENT_USE|TLSV1_SERVER_USE|TLSV1_1_CLIENT_USE|TLSV1_1_SERVER_USE|SSLV3_CLIENT_USE|SSLV3_SERVER_USE)$',
      not: { inside: { kind: 'qualified_identifier', stopBy: 'neighbor' } },
    },
  },
  check(node) {
    const p = node.parent()
    if (p?.kind() === 'binary_expression' || p?.kind() === 'case_statement') return false
    return { data: { WHAT: node.text().replace(/\s+/g, '') } }
  },
})

import { defineRule } from '../../../engine/rule.js'
import { packageOf } from '../_utils/go.js'

export default defineRule({
  id: 'go/no-legacy-tls-version',
  languages: ['go'],
  title: 'TLS protocol version below 1.2 allowed',
  property: 'crypto.tls',
  cwe: ['CWE-327', 'CWE-295'],
  severity: 'medium',
  confidence: 'high',
  message: '{{V}} allows SSL 3 / TLS 1.0 / TLS 1.1',
  rationale:
    'SSL 3.0, TLS 1.0 and TLS 1.1 are deprecated (RFC 8996): they rely on broken primitives (SHA-1, CBC padding oracles such as POODLE and BEAST), so a downgraded connection can be decrypted or tampered with (CWE-327).',
  safeAlternative: 'Set `MinVersion: tls.VersionTLS12` (or `tls.VersionTLS13`) and never cap MaxVersion below TLS 1.2.',
  fix: { template: 'tls.VersionTLS12', kind: 'unsafe', description: 'Require TLS 1.2 (clients that only speak older versions will fail to connect).' },
  match: { rule: { kind: 'selector_expression', has: { field: 'field', regex: '^(?:VersionSSL30|VersionTLS10|VersionTLS11)$' } } },
  check(node, ctx) {
    if (packageOf(node, ctx) !== 'crypto/tls') return false
    // only where a version is configured: MinVersion/MaxVersion fields or assignments
    const parent = node.parent()
    const holder = parent?.kind() === 'literal_element' ? parent.parent() : parent?.kind() === 'expression_list' ? parent.parent() : parent
    if (!holder || !/(?:Min|Max)Version/.test(holder.text().slice(0, 80))) return false
    if (node.field('operand')?.text() !== 'tls') return false
    return { data: { V: node.text() } }
  },
})

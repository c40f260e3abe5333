import { defineRule } from '../../../engine/rule.js'
import { stringValue } from '../_utils/managed.js'

export const LEGACY_PROTOCOL = /^(?:SSL|SSLv2|SSLv3|SSLv2Hello|TLSv1|TLSv1\.0|TLSv1\.1|TLS_1_0|TLS_1_1|SSL_3_0)$/i

export default defineRule({
  id: 'java/no-legacy-ssl-context',
  languages: ['java'],
  title: 'SSLContext for a protocol below TLS 1.2',
  property: 'crypto.tls',
  cwe: ['CWE-327', 'CWE-295'],
  severity: 'high',
  confidence: 'high',
  message: 'SSLContext.getInstance("{{PROTO}}") negotiates a broken protocol version',
  rationale:
    'SSLv3, TLS 1.0 and TLS 1.1 are deprecated (RFC 8996) and vulnerable to POODLE, BEAST and downgrade attacks that let a network attacker decrypt traffic (CWE-327).',
  safeAlternative: 'Use SSLContext.getInstance("TLSv1.3") or "TLS" with the JDK defaults (TLS 1.2+), and restrict enabled protocols to TLSv1.2/TLSv1.3.',
  match: {
    rule: { any: [{ pattern: '$CLS.getInstance($P)' }, { pattern: '$CLS.getInstance($P, $$$REST)' }] },
    constraints: { CLS: { regex: '^(javax\\.net\\.ssl\\.)?SSLContext$' } },
  },
  check(node, ctx) {
    const p = node.getMatch('P')
    const value = p ? stringValue(p, ctx) : undefined
    if (!value || !LEGACY_PROTOCOL.test(value)) return false
    return { data: { PROTO: value } }
  },
  fix: { template: '$CLS.getInstance("TLSv1.3")', kind: 'unsafe', description: 'Use TLS 1.3 (peers that only speak old versions will fail to connect)' },
})

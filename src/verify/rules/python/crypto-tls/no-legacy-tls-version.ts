import { defineRule } from '../../../engine/rule.js'

export default defineRule({
  id: 'python/no-legacy-tls-version',
  languages: ['python'],
  title: 'SSL or TLS protocol version below TLS 1.2',
  property: 'crypto.tls',
  cwe: ['CWE-327', 'CWE-295'],
  severity: 'medium',
  confidence: 'high',
  message: '{{VERSION}} selects a protocol version below TLS 1.2',
  rationale:
    'SSLv2, SSLv3, TLS 1.0 and TLS 1.1 have known attacks (POODLE, BEAST, weak MAC and cipher suites) and are disabled by modern peers; pinning them lets a network attacker downgrade and decrypt the connection (CWE-327).',
  safeAlternative: 'Use ssl.create_default_context() (or ssl.PROTOCOL_TLS_CLIENT) and set context.minimum_version = ssl.TLSVersion.TLSv1_2.',
  match: {
    rule: {
      kind: 'attribute',
      regex: '^(?s:.*?\\.)?(?:PROTOCOL_SSLv2|PROTOCOL_SSLv3|PROTOCOL_TLSv1|PROTOCOL_TLSv1_1|SSLv2_METHOD|SSLv3_METHOD|TLSv1_METHOD|TLSv1_1_METHOD|OP_NO_TLSv1_2|TLSVersion\\.(?:SSLv3|TLSv1|TLSv1_1))$',
    },
  },
  check(node) {
    if (node.parent()?.kind() === 'attribute') return false
    const version = node.text().split('.').at(-1)!
    // options &= ~ssl.OP_NO_TLSv1_2 re-enables 1.2; options |= OP_NO_TLSv1_2 disables it.
    if (version === 'OP_NO_TLSv1_2' && /~\s*$/.test(node.parent()?.text().slice(0, node.range().start.index - (node.parent()?.range().start.index ?? 0)) ?? '')) return false
    // minimum_version = TLSv1_2 is fine; only maximum_version = TLSv1/1.1 or minimum_version = TLSv1/1.1 are reported.
    return { data: { VERSION: node.text() } }
  },
})

import { defineRule } from '../../../engine/rule.js'

export default defineRule({
  id: 'csharp/no-legacy-tls-protocol',
  languages: ['csharp'],
  title: 'SSL 3 / TLS 1.0 / TLS 1.1 enabled',
  property: 'crypto.tls',
  cwe: ['CWE-327'],
  severity: 'high',
  confidence: 'high',
  message: '{{E}}.{{V}} enables a protocol version below TLS 1.2',
  rationale:
    'SSL 2/3, TLS 1.0 and TLS 1.1 are deprecated (RFC 8996) and open to downgrade and decryption attacks such as POODLE and BEAST; enabling them lets a network attacker weaken the connection (CWE-327).',
  safeAlternative: 'Leave SslProtocols.None / SecurityProtocolType.SystemDefault so the OS picks TLS 1.2+, or name SslProtocols.Tls12 | SslProtocols.Tls13 explicitly.',
  match: {
    rule: { kind: 'member_access_expression', pattern: '$E.$V' },
    constraints: {
      E: { regex: '^(System\\.Security\\.Authentication\\.)?SslProtocols$|^(System\\.Net\\.)?SecurityProtocolType$' },
      V: { regex: '^(Ssl2|Ssl3|Tls|Tls11)$' },
    },
  },
  fix: { template: '$E.Tls12', kind: 'unsafe', description: 'Use TLS 1.2 (peers limited to older versions will fail to connect)' },
})

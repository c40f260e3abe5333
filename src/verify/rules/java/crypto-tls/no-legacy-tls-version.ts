import { defineRule } from '../../../engine/rule.js'
import { args, callName, literalText } from '../_utils/managed.js'
import { argvElements } from '../_utils/java.js'
import { LEGACY_PROTOCOL } from './no-legacy-ssl-context.js'

export default defineRule({
  id: 'java/no-legacy-tls-version',
  languages: ['java'],
  title: 'TLS protocol version below 1.2 enabled',
  property: 'crypto.tls',
  cwe: ['CWE-327'],
  severity: 'high',
  confidence: 'high',
  message: '{{WHAT}} enables {{PROTO}}, a protocol version below TLS 1.2',
  rationale:
    'Enabling SSLv3, TLS 1.0 or TLS 1.1 lets a network attacker force the connection down to a protocol with known breaks (POODLE, BEAST, weak MAC constructions) and decrypt or tamper with it (CWE-327).',
  safeAlternative: 'Enable only "TLSv1.3" and "TLSv1.2" (OkHttp: TlsVersion.TLS_1_3, TlsVersion.TLS_1_2).',
  match: {
    rule: {
      any: [
        { kind: 'method_invocation', has: { field: 'name', regex: '^(setEnabledProtocols|setProtocols|tlsVersions|protocols|setSupportedProtocols)$' } },
        { kind: 'field_access', regex: '^(okhttp3\\.)?TlsVersion\\.(TLS_1_0|TLS_1_1|SSL_3_0)$' },
      ],
    },
  },
  check(node, ctx) {
    if (node.kind() === 'field_access') return { data: { WHAT: 'TlsVersion', PROTO: node.text().replace(/^.*\./, '') } }
    const a = args(node)
    const elements = a.length === 1 ? (argvElements(a[0]!, ctx) ?? a) : a
    const old = elements.map((e) => literalText(e)).find((v) => v !== undefined && LEGACY_PROTOCOL.test(v))
    if (!old) return false
    return { data: { WHAT: callName(node), PROTO: old } }
  },
})

import { defineRule } from '../../../engine/rule.js'
import { args, callName, literalText } from '../_utils/managed.js'
import { acceptsAll, implementingType } from './no-trust-all-certificates.js'

export default defineRule({
  id: 'java/no-disabled-hostname-verification',
  languages: ['java'],
  title: 'TLS hostname verification disabled',
  property: 'crypto.tls',
  cwe: ['CWE-295', 'CWE-297'],
  severity: 'critical',
  confidence: 'high',
  message: '{{WHAT}} accepts a certificate for any host name',
  rationale:
    'Without hostname verification any valid certificate, for any domain the attacker owns, is accepted for your server: a man-in-the-middle with a free certificate reads and changes the traffic (CWE-295, CWE-297).',
  safeAlternative: 'Keep the default HostnameVerifier (HttpsURLConnection.getDefaultHostnameVerifier(), DefaultHostnameVerifier in Apache HttpClient) and fix the certificate\'s subjectAltName instead.',
  match: {
    rule: {
      any: [
        { kind: 'method_declaration', has: { field: 'name', regex: '^verify$' } },
        { kind: 'method_invocation', has: { field: 'name', regex: '^(setHostnameVerifier|setDefaultHostnameVerifier|hostnameVerifier|setSSLHostnameVerifier|setEndpointIdentificationAlgorithm)$' } },
        { kind: 'field_access', has: { field: 'field', regex: '^(INSTANCE|ALLOW_ALL_HOSTNAME_VERIFIER)$' }, regex: '^(org\\.apache\\.http\\.conn\\.ssl\\.)?(NoopHostnameVerifier|SSLConnectionSocketFactory|SSLSocketFactory)\\.' },
        { kind: 'object_creation_expression', has: { field: 'type', regex: '^(NoopHostnameVerifier|AllowAllHostnameVerifier)$' } },
      ],
    },
  },
  check(node) {
    const k = node.kind()
    if (k === 'method_declaration') {
      const params = node.field('parameters')?.text() ?? ''
      if (!/SSLSession/.test(params)) return false
      return acceptsAll(node.field('body')) && /return\s+true/.test(node.field('body')?.text() ?? '') ? { node: implementingType(node), data: { WHAT: 'HostnameVerifier.verify' } } : false
    }
    if (k === 'field_access') return { data: { WHAT: node.text().replace(/^.*\.(\w+\.\w+)$/, '$1') } }
    if (k === 'object_creation_expression') return { data: { WHAT: callName(node) } }
    const name = callName(node)
    const a = args(node)
    if (name === 'setEndpointIdentificationAlgorithm') {
      const arg = a[0]
      if (!arg || (arg.kind() !== 'null_literal' && literalText(arg) !== '')) return false
      return { data: { WHAT: 'setEndpointIdentificationAlgorithm(null)' } }
    }
    const v = a[0]
    if (!v || v.kind() !== 'lambda_expression' || !acceptsAll(v.field('body'))) return false
    return { data: { WHAT: `${name}((host, session) -> true)` } }
  },
})

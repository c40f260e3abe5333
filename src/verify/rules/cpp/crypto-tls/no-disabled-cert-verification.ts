import { defineRule } from '../../../engine/rule.js'
import { methodName } from '../../c/_utils/c.js'

export default defineRule({
  id: 'cpp/no-disabled-cert-verification',
  languages: ['cpp'],
  title: 'C++ TLS client with certificate verification turned off',
  property: 'crypto.tls',
  cwe: ['CWE-295'],
  severity: 'high',
  confidence: 'high',
  message: '{{WHAT}} disables verification of the peer certificate',
  rationale:
    'Boost.Asio verify_none, cpr::VerifySsl{false}, httplib\'s enable_server_certificate_verification(false), Qt\'s VerifyNone or ignoreSslErrors() and Poco VERIFY_NONE accept any certificate, so an attacker on the network path can impersonate the server and read or alter the traffic (CWE-295).',
  safeAlternative: 'Verify peers (ssl::verify_peer with set_default_verify_paths and host_name_verification, cpr::VerifySsl{true}, QSslSocket::VerifyPeer); for a private CA, load that CA instead of disabling checks.',
  match: {
    rule: {
      any: [
        { kind: 'qualified_identifier', regex: '(?:^|::)(?:verify_none|VerifyNone|QueryPeer|VERIFY_NONE)$', not: { inside: { kind: 'qualified_identifier', stopBy: 'neighbor' } } },
        { kind: 'call_expression', has: { field: 'function', regex: '^(?:cpr::)?VerifySsl$' } },
        { kind: 'compound_literal_expression', has: { field: 'type', regex: '^(?:cpr::)?VerifySsl$' } },
        { kind: 'call_expression', has: { field: 'function', kind: 'field_expression', has: { field: 'field', regex: '^(?:enable_server_certificate_verification|enable_server_hostname_verification|ignoreSslErrors|set_verify_callback|setVerifyPeer|setPeerVerifyMode)$' } } },
      ],
    },
  },
  check(node, ctx) {
    if (node.kind() === 'qualified_identifier') {
      // `ssl::verify_none` in a comparison or a case label is not a setting
      const p = node.parent()
      if (p?.kind() === 'binary_expression' || p?.kind() === 'case_statement') return false
      return { data: { WHAT: node.text().replace(/\s+/g, '') } }
    }
    const args = node.kind() === 'compound_literal_expression' ? (node.field('value')?.namedChildren() ?? []) : ctx.flow.callArguments(node)
    const first = args[0]?.text().trim()
    if (node.kind() === 'compound_literal_expression' || /VerifySsl$/.test(node.field('function')?.text() ?? '')) {
      return first === 'false' || first === '0' ? { data: { WHAT: node.text() } } : false
    }
    const m = methodName(node)
    if (m === 'ignoreSslErrors') return args.length === 0 ? { data: { WHAT: 'ignoreSslErrors()' } } : false
    if (m === 'set_verify_callback') {
      const cb = args[0]
      if (cb?.kind() !== 'lambda_expression') return false
      const rets = cb.findAll({ rule: { kind: 'return_statement' } })
      return rets.length > 0 && rets.every((r) => /^(?:true|1)$/.test(r.namedChildren()[0]?.text().trim() ?? '')) ? { data: { WHAT: 'a verify callback that returns true' } } : false
    }
    return first === 'false' || first === '0' ? { data: { WHAT: `${m}(${first})` } } : false
  },
})

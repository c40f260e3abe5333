import { defineRule } from '../../../engine/rule.js'
import { callee } from '../_utils/py.js'

export default defineRule({
  id: 'python/use-tls-verification',
  languages: ['python'],
  title: 'HTTP client called with verify=False',
  property: 'crypto.tls',
  cwe: ['CWE-295'],
  severity: 'high',
  confidence: 'high',
  message: 'verify=False turns off certificate verification for this HTTPS connection',
  rationale:
    'requests, httpx and similar clients skip certificate and hostname checks with verify=False, so anyone on the network path can impersonate the server and read or change the traffic, credentials included (CWE-295).',
  safeAlternative: 'Leave verification on (verify=True, the default) or point it at the private CA bundle: verify="/path/ca.pem".',
  match: {
    rule: { kind: 'keyword_argument', regex: '^verify\\s*=\\s*False$', inside: { kind: 'argument_list', stopBy: 'neighbor' } },
  },
  check(node, ctx) {
    const call = node.parent()?.parent()
    const fn = call?.kind() === 'call' ? callee(ctx, call) : ''
    // PyJWT's verify= is about signatures, not TLS.
    if (/(?:^|\.)(?:jwt\.decode|decode|verify_signature|verify|check|validate)$/.test(fn) && !/requests|httpx|session|client/i.test(fn)) return false
    return true
  },
  fix: { template: 'verify=True', kind: 'unsafe', description: 'Verify certificates; connections to hosts with self-signed certificates fail until their CA bundle is passed as verify="/path/ca.pem".' },
})

import { defineRule } from '../../../engine/rule.js'
import { callee, imports, kwarg, values } from '../_utils/py.js'

export default defineRule({
  id: 'python/no-disabled-cert-verification',
  languages: ['python'],
  title: 'TLS certificate or hostname verification disabled',
  property: 'crypto.tls',
  cwe: ['CWE-295'],
  severity: 'high',
  confidence: 'high',
  message: '{{WHAT}} turns off TLS certificate verification',
  rationale:
    'Without certificate and hostname checks any machine on the path (public Wi-Fi, a compromised router, a proxy) can present its own certificate and read or change the traffic, including credentials and tokens (man in the middle, CWE-295).',
  safeAlternative: 'Keep verification on (the default): use ssl.create_default_context(); for a private CA pass its bundle: verify="/path/ca.pem" or context.load_verify_locations(cafile).',
  match: {
    rule: {
      any: [
        { kind: 'keyword_argument', regex: '^(?:verify_ssl|ssl|check_hostname|assert_hostname|verify_certs|ssl_verify|validate_certs|verify_cert|insecure_skip_verify|tls_verify)\\s*=\\s*(?:False|0)$' },
        { kind: 'keyword_argument', regex: '^(?:cert_reqs|ssl_cert_reqs|verify_mode)\\s*=\\s*["\'](?:CERT_NONE|none)["\']$' },
        { kind: 'attribute', regex: '^(?s:.*?\\.)?(?:CERT_NONE|_create_unverified_context|VERIFY_NONE)$' },
        { kind: 'assignment', regex: '^[\\w.\\[\\]"\']+\\.(?:check_hostname|verify)\\s*=\\s*False$' },
        // ssl.wrap_socket defaults to cert_reqs=CERT_NONE.
        { kind: 'call', has: { field: 'function', regex: '^(?s:.*?\\.)?wrap_socket$' } },
      ],
    },
  },
  check(node, ctx) {
    if (node.kind() === 'keyword_argument') {
      const name = node.field('name')?.text() ?? ''
      if (name === 'ssl') {
        // ssl=False means "no verification" in aiohttp, "plain text" elsewhere.
        if (![...imports(ctx).names.values()].some((m) => /^aiohttp\b/.test(m))) return false
      }
      return { data: { WHAT: node.text().replace(/\s+/g, '') } }
    }
    if (node.kind() === 'call') {
      if (callee(ctx, node) !== 'ssl.wrap_socket') return false
      const reqs = kwarg(node, 'cert_reqs')
      // cert_reqs=ssl.CERT_NONE is reported at the attribute itself.
      if (reqs) return false
      return { data: { WHAT: 'ssl.wrap_socket without cert_reqs=ssl.CERT_REQUIRED' } }
    }
    if (node.kind() === 'attribute') {
      if (node.parent()?.kind() === 'attribute') return false
      const last = node.field('attribute')?.text() ?? ''
      if (last === 'VERIFY_NONE' && !/OpenSSL|SSL\./.test(node.text())) return false
      // ctx.verify_mode = ssl.CERT_NONE and cert_reqs=ssl.CERT_NONE are both reported here.
      return { data: { WHAT: node.text() } }
    }
    const left = node.field('left')?.text() ?? ''
    if (/\.verify$/.test(left) && !/session|client|http|requests/i.test(left)) {
      const recv = node.field('left')?.field('object')
      const isClient = recv ? values(ctx, recv).some((v) => v.kind() === 'call' && /^(?:requests\.Session|requests\.session|httpx\.Client|httpx\.AsyncClient|Session)$/.test(callee(ctx, v))) : false
      if (!isClient) return false
    }
    return { data: { WHAT: node.text().replace(/\s+/g, ' ') } }
  },
})

import { defineRule } from '../../../engine/rule.js'

const DANGEROUS_VERIFIER = /NoVerif\w*|NoCertificateVerification|AcceptAll\w*|Insecure\w*|SkipServerVerification|Danger\w*Verifier|TrustAll\w*|NoopVerifier/

export default defineRule({
  id: 'rust/no-disabled-certificate-verification',
  languages: ['rust'],
  title: 'TLS certificate or hostname verification disabled',
  property: 'crypto.tls',
  cwe: ['CWE-295'],
  severity: 'high',
  confidence: 'high',
  message: '{{WHAT}} disables TLS certificate or hostname verification',
  rationale:
    'Without certificate and hostname checks any machine on the network path can present its own certificate and read or alter the traffic (credentials, tokens, responses) while the client believes the connection is secure (CWE-295).',
  safeAlternative:
    'Keep verification on: use `SslVerifyMode::PEER` (openssl) and the default rustls `WebPkiServerVerifier`; to trust a private CA add it to the root store instead of replacing the verifier.',
  match: {
    rule: {
      kind: 'call_expression',
      has: { field: 'function', kind: 'field_expression', has: { field: 'field', regex: '^(?:set_verify|set_verify_callback|verify_hostname|set_verify_hostname|set_certificate_verifier|with_custom_certificate_verifier|use_server_name_indication)$' } },
    },
  },
  check(node, ctx) {
    const method = node.field('function')!.field('field')?.text() ?? ''
    const arg = ctx.flow.callArguments(node)[0]
    if (!arg) return false
    const text = arg.text()
    let insecure: boolean
    if (method === 'set_verify' || method === 'set_verify_callback') insecure = /SslVerifyMode::NONE\b/.test(text)
    else if (method === 'verify_hostname' || method === 'set_verify_hostname') insecure = text === 'false'
    else if (method === 'use_server_name_indication') insecure = false
    else insecure = DANGEROUS_VERIFIER.test(text) || trustsEverything(text, ctx.source)
    return insecure ? { data: { WHAT: `${method}(${text.length > 40 ? '…' : text})` } } : false
  },
})

/** A custom rustls verifier whose `verify_server_cert` returns success without looking at the certificate. */
function trustsEverything(arg: string, source: string): boolean {
  const type = /(?:Arc::new\(\s*)?([A-Z]\w*)/.exec(arg)?.[1]
  if (!type) return false
  const impl = new RegExp(`impl\\s+(?:[\\w:]+::)?ServerCertVerifier\\s+for\\s+${type}\\b[\\s\\S]*?fn\\s+verify_server_cert\\s*\\([^)]*\\)[^{]*\\{\\s*Ok\\(\\s*(?:[\\w:]+::)?ServerCertVerified::assertion\\(\\)\\s*\\)\\s*\\}`)
  return impl.test(source)
}

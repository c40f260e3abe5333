import type { SgNode } from '@ast-grep/napi'
import { defineRule } from '../../../engine/rule.js'
import { strValue } from '../_utils/js.js'

/** checkServerIdentity: () => undefined — a verifier that accepts every host. */
function acceptsAll(fn: SgNode | null): boolean {
  if (!fn || (fn.kind() !== 'arrow_function' && fn.kind() !== 'function_expression' && fn.kind() !== 'function')) return false
  const body = fn.field('body')
  if (!body) return false
  if (body.kind() !== 'statement_block') return /^(?:undefined|null|true|void 0)$/.test(body.text())
  const stmts = body.namedChildren().filter((c) => c.kind() !== 'comment')
  return stmts.length === 0 || (stmts.length === 1 && /^return\s*(?:undefined|null|true|void 0)?\s*;?$/.test(stmts[0]!.text()))
}

export default defineRule({
  id: 'javascript/no-disabled-cert-verification',
  languages: ['javascript', 'typescript'],
  title: 'TLS certificate or hostname verification disabled',
  property: 'crypto.tls',
  cwe: ['CWE-295'],
  severity: 'high',
  confidence: 'high',
  message: '{{WHAT}} turns off TLS certificate verification',
  rationale:
    'NODE_TLS_REJECT_UNAUTHORIZED=0 disables certificate checks for every connection of the process; strictSSL: false and a checkServerIdentity that accepts everything do the same per request. A network attacker can then impersonate any server (CWE-295).',
  safeAlternative: 'Leave verification on; trust a private CA with the ca option or NODE_EXTRA_CA_CERTS instead of turning checks off.',
  match: {
    rule: {
      any: [
        { kind: 'assignment_expression', regex: 'NODE_TLS_REJECT_UNAUTHORIZED' },
        { kind: 'pair', regex: '^["\']?NODE_TLS_REJECT_UNAUTHORIZED["\']?\\s*:' },
        { kind: 'pair', regex: '^["\']?(?:strictSSL|verifySSL|verify_ssl|sslVerify|checkCertificate|validateCertificate)["\']?\\s*:\\s*false$' },
        { kind: 'pair', regex: '^["\']?(?:insecure|allowInsecure|ignoreCertificateErrors|ignoreHTTPSErrors|acceptInsecureCerts)["\']?\\s*:\\s*true$' },
        { kind: 'pair', regex: '^["\']?checkServerIdentity["\']?\\s*:' },
        { kind: 'assignment_expression', regex: '\\.rejectUnauthorized\\s*=\\s*false$' },
      ],
    },
  },
  check(node) {
    if (/NODE_TLS_REJECT_UNAUTHORIZED/.test(node.kind() === 'pair' ? (node.field('key')?.text() ?? '') : (node.field('left')?.text() ?? ''))) {
      const v = node.kind() === 'pair' ? node.field('value') : node.field('right')
      const s = strValue(v) ?? v?.text()
      return s === '0' || s === 'false' ? { data: { WHAT: 'NODE_TLS_REJECT_UNAUTHORIZED = "0"' } } : false
    }
    if (node.kind() === 'pair' && /checkServerIdentity/.test(node.field('key')?.text() ?? '')) {
      return acceptsAll(node.field('value')) ? { data: { WHAT: 'A checkServerIdentity that accepts every host' } } : false
    }
    if (node.kind() === 'pair' && /ignoreHTTPSErrors|acceptInsecureCerts/.test(node.text())) {
      // Browser automation flags: only TLS in the sense of the pages loaded.
      return { data: { WHAT: node.text() } }
    }
    return { data: { WHAT: node.text().replace(/\s+/g, ' ') } }
  },
})

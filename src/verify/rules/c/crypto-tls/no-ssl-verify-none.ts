import { defineRule } from '../../../engine/rule.js'

export default defineRule({
  id: 'c/no-ssl-verify-none',
  languages: ['c', 'cpp'],
  title: 'OpenSSL/wolfSSL peer verification set to SSL_VERIFY_NONE',
  property: 'crypto.tls',
  cwe: ['CWE-295'],
  severity: 'high',
  confidence: 'high',
  message: '{{FN}} is given {{MODE}}: the peer certificate is not verified',
  rationale:
    'SSL_VERIFY_NONE on a client accepts any certificate the server presents, so anyone on the network path can impersonate the server and read or alter the traffic (CWE-295).',
  safeAlternative: 'Use SSL_VERIFY_PEER, load trusted CAs (SSL_CTX_set_default_verify_paths or SSL_CTX_load_verify_locations) and set the expected host name with SSL_set1_host.',
  match: {
    rule: { pattern: { context: 'void f() { $FN($CTX, $MODE, $$$REST); }', selector: 'call_expression' }, has: { field: 'function', regex: '^(?:SSL_CTX_set_verify|SSL_set_verify|wolfSSL_CTX_set_verify|wolfSSL_set_verify)$' } },
    constraints: {
      FN: { regex: '^(?:SSL_CTX_set_verify|SSL_set_verify|wolfSSL_CTX_set_verify|wolfSSL_set_verify)$' },
      MODE: { regex: '^(?:SSL_VERIFY_NONE|WOLFSSL_VERIFY_NONE|0)$' },
    },
  },
  check(node) {
    const mode = node.getMatch('MODE')
    return mode ? { node: mode } : false
  },
  fix: {
    template: 'SSL_VERIFY_PEER',
    kind: 'unsafe',
    description: 'Verify the peer; trusted CAs must be loaded or every handshake fails.',
  },
})

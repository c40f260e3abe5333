import { defineRule } from '../../../engine/rule.js'
import { calleeName } from '../_utils/c.js'

const LEGACY_METHODS = '(?:SSLv2|SSLv3|TLSv1|TLSv1_1|DTLSv1)_(?:client_|server_)?method|wolfSSLv3_(?:client_|server_)?method|wolfTLSv1_(?:1_)?(?:client_|server_)?method'
const LEGACY_CONSTANTS = 'SSL2_VERSION|SSL3_VERSION|TLS1_VERSION|TLS1_1_VERSION|DTLS1_VERSION|CURL_SSLVERSION_TLSv1|CURL_SSLVERSION_TLSv1_0|CURL_SSLVERSION_TLSv1_1|CURL_SSLVERSION_SSLv2|CURL_SSLVERSION_SSLv3|MBEDTLS_SSL_MINOR_VERSION_0|MBEDTLS_SSL_MINOR_VERSION_1|MBEDTLS_SSL_MINOR_VERSION_2|WOLFSSL_TLSV1|WOLFSSL_TLSV1_1|WOLFSSL_SSLV3'
const SETTERS = 'SSL_CTX_set_min_proto_version|SSL_set_min_proto_version|SSL_CTX_set_max_proto_version|SSL_set_max_proto_version|curl_easy_setopt|mbedtls_ssl_conf_min_version|mbedtls_ssl_conf_max_version|wolfSSL_CTX_SetMinVersion|wolfSSL_SetMinVersion|gnutls_priority_set_direct|gnutls_priority_init|SSL_CTX_set_ssl_version'

export default defineRule({
  id: 'c/no-legacy-tls-version',
  languages: ['c', 'cpp'],
  title: 'SSL 3.0, TLS 1.0 or TLS 1.1 allowed',
  property: 'crypto.tls',
  cwe: ['CWE-326', 'CWE-327'],
  severity: 'medium',
  confidence: 'high',
  message: '{{WHAT}} allows a protocol version below TLS 1.2',
  rationale:
    'SSL 3.0, TLS 1.0 and TLS 1.1 are deprecated (RFC 8996): POODLE, BEAST and weak MAC/cipher suites let an attacker who can force a downgrade decrypt or tamper with the session (CWE-327).',
  safeAlternative: 'Use TLS_client_method()/TLS_server_method() with SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION) (or TLS1_3_VERSION), CURL_SSLVERSION_TLSv1_2, MBEDTLS_SSL_MINOR_VERSION_3.',
  match: {
    rule: {
      any: [
        { kind: 'call_expression', has: { field: 'function', regex: `^(?:${LEGACY_METHODS})$` } },
        {
          kind: 'identifier',
          regex: `^(?:${LEGACY_CONSTANTS})$`,
          inside: { kind: 'argument_list', stopBy: 'neighbor', inside: { kind: 'call_expression', has: { field: 'function', regex: `^(?:${SETTERS})$` } } },
        },
        { kind: 'call_expression', has: { field: 'function', regex: '^(?:gnutls_priority_set_direct|gnutls_priority_init)$' } },
      ],
    },
  },
  check(node) {
    if (node.kind() === 'identifier') {
      const call = node.parent()!.parent()!
      const fn = calleeName(call)
      // a lower maximum is fine only if it is not below TLS 1.2; mbedTLS minor 2 is TLS 1.1
      return { node: call, data: { WHAT: `${fn}(${node.text()})` } }
    }
    const fn = calleeName(node)
    if (/^gnutls_priority/.test(fn)) {
      return /[+:](?:VERS-SSL3\.0|VERS-TLS1\.0|VERS-TLS1\.1)\b/.test(node.text()) ? { data: { WHAT: `${fn} with an old VERS-` } } : false
    }
    return { data: { WHAT: `${fn}()` } }
  },
})

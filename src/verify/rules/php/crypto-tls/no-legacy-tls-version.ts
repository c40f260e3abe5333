import { defineRule } from '../../../engine/rule.js'
import { arg, callName, FUNCTION_CALL, nameOf } from '../_utils/php.js'

const LEGACY_CONSTANTS =
  /^(?:CURL_SSLVERSION_(?:SSLv2|SSLv3|TLSv1|TLSv1_0|TLSv1_1|MAX_TLSv1_0|MAX_TLSv1_1)|STREAM_CRYPTO_METHOD_(?:SSLv2|SSLv3|SSLv23|TLSv1_0|TLSv1_1)_(?:CLIENT|SERVER)|STREAM_CRYPTO_PROTO_(?:SSLv3|TLSv1_0|TLSv1_1))$/

export default defineRule({
  id: 'php/no-legacy-tls-version',
  languages: ['php'],
  title: 'SSL or TLS version below 1.2 selected',
  property: 'crypto.tls',
  cwe: ['CWE-326'],
  severity: 'medium',
  confidence: 'high',
  message: '{{C}} selects a protocol version below TLS 1.2',
  rationale:
    'SSLv2, SSLv3, TLS 1.0 and TLS 1.1 have known attacks (POODLE, BEAST) and weak cipher suites; forcing them lets a network attacker downgrade and break the connection (CWE-326).',
  safeAlternative: 'Leave the version to the library default, or require CURL_SSLVERSION_TLSv1_2 / STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT or newer.',
  // LEGACY_CONSTANTS, CURLOPT_SSLVERSION and the sslv2:// … tlsv1.1:// stream prefixes
  requires: { words: ['sslv', 'tlsv1'], ignoreCase: true },
  match: {
    rule: {
      any: [
        { kind: 'name', regex: '^(?:CURL_SSLVERSION_|STREAM_CRYPTO_)', not: { inside: { kind: 'const_element' } } },
        FUNCTION_CALL,
        { kind: 'array_element_initializer', has: { kind: 'name', regex: '^CURLOPT_SSLVERSION$' } },
        { kind: 'string', regex: "^'(?:sslv|tlsv1\\.[01])" },
        { kind: 'encapsed_string', regex: '^"(?:sslv|tlsv1\\.[01])' },
      ],
    },
  },
  check(node, ctx) {
    const kind = node.kind()
    if (kind === 'name') return LEGACY_CONSTANTS.test(node.text()) ? { data: { C: node.text() } } : false
    if (kind === 'function_call_expression' && nameOf(ctx, node) !== 'curl_setopt') return false
    if (kind === 'string' || kind === 'encapsed_string') return /^.(?:sslv2|sslv3|tlsv1\.0|tlsv1\.1):\/\//i.test(node.text()) && { data: { C: node.text().slice(1, node.text().indexOf('://') + 3) } }
    // CURLOPT_SSLVERSION => 1 (TLSv1), 2 (SSLv2), 3 (SSLv3), 4 (TLSv1_0), 5 (TLSv1_1)
    const value = kind === 'array_element_initializer' ? node.namedChildren()[1] : callName(node) === 'curl_setopt' && arg(node, 1)?.text() === 'CURLOPT_SSLVERSION' ? arg(node, 2) : null
    if (value?.kind() === 'integer' && /^[1-5]$/.test(value.text())) return { data: { C: `CURLOPT_SSLVERSION ${value.text()}` } }
    return false
  },
})

import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { arg, boolValue, FUNCTION_CALL, literalText, METHOD_CALL, nameOf, STATIC_CALL } from '../_utils/php.js'

/** Option names whose value `false` (or 0) turns certificate or host verification off. */
const VERIFY_KEYS = /^(?:verify|verify_peer|verify_peer_name|verify_host|verifyPeer|verify_ssl|ssl_verify|sslverify|SSL_VERIFY_PEER)$/
const CURL_KEYS = /^(?:CURLOPT_SSL_VERIFYPEER|CURLOPT_SSL_VERIFYHOST|CURLOPT_PROXY_SSL_VERIFYPEER|CURLOPT_PROXY_SSL_VERIFYHOST)$/
/** A word of every option name it checks: VERIFY_KEYS, CURL_KEYS and allow_self_signed. */
const OPTION_WORD = /verif|SSL|self_signed/i

/** The option name of `key` (a constant name or a string literal), or ''. */
function keyName(key: SgNode): string {
  if (key.kind() === 'name') return key.text()
  return literalText(key) ?? ''
}

function disables(ctx: RuleContext, key: string, value: SgNode): boolean {
  if (CURL_KEYS.test(key)) return boolValue(ctx, value) === false
  if (key === 'allow_self_signed') return boolValue(ctx, value) === true
  if (VERIFY_KEYS.test(key)) return boolValue(ctx, value) === false && !(value.kind() === 'string' || value.kind() === 'encapsed_string') || literalText(value) === '0'
  return false
}

export default defineRule({
  id: 'php/no-disabled-certificate-verification',
  languages: ['php'],
  title: 'TLS certificate or host name verification disabled',
  property: 'crypto.tls',
  cwe: ['CWE-295'],
  severity: 'high',
  confidence: 'high',
  message: '{{OPTION}} turns off TLS certificate verification',
  rationale:
    'Without certificate and host name checks any machine on the network path can present its own certificate and read or modify the traffic, including credentials and API keys (CWE-295).',
  safeAlternative: "Keep verification on (CURLOPT_SSL_VERIFYPEER => true, CURLOPT_SSL_VERIFYHOST => 2, 'verify_peer' => true); for a private CA pass its bundle ('verify' => '/path/ca.pem', 'cafile' => …).",
  // every key of VERIFY_KEYS and CURL_KEYS and every method it reports contains `verif`; the
  // one other option is allow_self_signed
  requires: { words: ['verif', 'self_signed'], ignoreCase: true },
  match: { rule: { any: [{ kind: 'array_element_initializer' }, FUNCTION_CALL, METHOD_CALL, STATIC_CALL] } },
  check(node, ctx) {
    const kind = node.kind()
    if (kind === 'array_element_initializer') {
      // The key is part of the element's text (escapes never make letters): one native call
      // passes over the elements of every other array, before the key is read.
      if (!OPTION_WORD.test(node.text())) return false
      const [k, v] = node.namedChildren()
      if (!k || !v) return false
      const key = keyName(k)
      if (!key || !OPTION_WORD.test(key)) return false
      return disables(ctx, key, v) ? { data: { OPTION: `${key} => ${v.text()}` } } : false
    }
    const name = nameOf(ctx, node)
    if (!/^(?:curl_setopt|stream_context_set_option|->(?:withoutVerifying|disableSslVerification|setVerifyPeer|setSslVerification|verifyPeer)|\w+::withoutVerifying)$/.test(name)) return false
    if (name === 'curl_setopt') {
      const opt = arg(node, 1)
      const value = arg(node, 2)
      if (!opt || !value) return false
      return disables(ctx, opt.text(), value) ? { data: { OPTION: `${opt.text()} = ${value.text()}` } } : false
    }
    if (name === 'stream_context_set_option') {
      const opt = literalText(arg(node, 2))
      const value = arg(node, 3)
      return opt && value && disables(ctx, opt, value) ? { data: { OPTION: `${opt} = ${value.text()}` } } : false
    }
    if (/withoutVerifying$/.test(name)) return { data: { OPTION: 'withoutVerifying()' } }
    const a = arg(node, 0)
    if (/^->(?:setVerifyPeer|setSslVerification|verifyPeer)$/.test(name)) return a && boolValue(ctx, a) === false ? { data: { OPTION: `${name.slice(2)}(false)` } } : false
    return { data: { OPTION: `${name.slice(2)}()` } }
  },
})

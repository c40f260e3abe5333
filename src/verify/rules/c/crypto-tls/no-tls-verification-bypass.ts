import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { calleeName, unwrap } from '../_utils/c.js'
import { functionNamed } from '../_utils/file-index.js'

/** Callback argument index of each verification hook, and the return value that means "accept". */
const HOOKS: Record<string, { cb: number; accept: RegExp }> = {
  SSL_CTX_set_verify: { cb: 2, accept: /^(?:1|true|TRUE)$/ },
  SSL_set_verify: { cb: 2, accept: /^(?:1|true|TRUE)$/ },
  wolfSSL_CTX_set_verify: { cb: 2, accept: /^(?:1|true|TRUE)$/ },
  SSL_CTX_set_cert_verify_callback: { cb: 1, accept: /^(?:1|true|TRUE)$/ },
  X509_STORE_set_verify_cb: { cb: 1, accept: /^(?:1|true|TRUE)$/ },
  X509_STORE_CTX_set_verify_cb: { cb: 1, accept: /^(?:1|true|TRUE)$/ },
  mbedtls_ssl_conf_verify: { cb: 1, accept: /^0$/ },
  gnutls_certificate_set_verify_function: { cb: 1, accept: /^0$/ },
}

/** A callback defined in this file whose every `return` returns the accepting value (and, for mbedTLS, clears the flags). */
function acceptsEverything(name: string, accept: RegExp, ctx: RuleContext): boolean {
  const fn = functionNamed(name, ctx.root)
  if (!fn) return false
  const returns = fn.findAll({ rule: { kind: 'return_statement' } })
  if (!returns.length) return false
  const allAccept = returns.every((r) => {
    const v = r.namedChildren().find((c) => c.kind() !== 'comment')
    return v !== undefined && accept.test(unwrap(v).text().trim())
  })
  if (!allAccept) return false
  // mbedTLS and GnuTLS report the verdict through flags/status: accepting means clearing them or ignoring them
  if (accept.source === '^0$') return !/\bflags\b[^;]*[|&]=|\bstatus\b[^;]*[|&]=/.test(fn.text()) || /\*\s*flags\s*=\s*0\s*;/.test(fn.text())
  return true
}

function lambdaAcceptsEverything(node: SgNode, accept: RegExp): boolean {
  if (node.kind() !== 'lambda_expression') return false
  const returns = node.findAll({ rule: { kind: 'return_statement' } })
  return returns.length > 0 && returns.every((r) => accept.test(r.namedChildren()[0]?.text().trim() ?? ''))
}

export default defineRule({
  id: 'c/no-tls-verification-bypass',
  languages: ['c', 'cpp'],
  title: 'TLS verification callback that accepts every certificate',
  property: 'crypto.tls',
  cwe: ['CWE-295'],
  severity: 'high',
  confidence: 'high',
  message: '{{WHAT}} turns certificate verification off: every certificate is accepted',
  rationale:
    'A verification callback that always reports success, or an authentication mode of NONE, overrides the library\'s chain and host name checks; a man-in-the-middle presenting any certificate is then trusted and reads or changes the traffic (CWE-295).',
  safeAlternative: 'Drop the callback (or return preverify_ok from it) and let the library verify the chain against trusted CAs; with mbedTLS use MBEDTLS_SSL_VERIFY_REQUIRED.',
  match: {
    rule: {
      any: [
        { kind: 'call_expression', has: { field: 'function', regex: `^(?:${Object.keys(HOOKS).join('|')})$` } },
        { kind: 'identifier', regex: '^(?:MBEDTLS_SSL_VERIFY_NONE|GNUTLS_VERIFY_DISABLE_\\w+|SSL_VERIFY_NONE)$', inside: { kind: 'argument_list', stopBy: 'neighbor', inside: { kind: 'call_expression', has: { field: 'function', regex: '^(?:mbedtls_ssl_conf_authmode|mbedtls_ssl_set_hs_authmode|gnutls_certificate_set_verify_flags|gnutls_session_set_verify_cert|SSL_CTX_set_custom_verify|SSL_set_custom_verify)$' } } } },
      ],
    },
  },
  check(node, ctx) {
    if (node.kind() === 'identifier') {
      const call = node.parent()!.parent()!
      return { node: call, data: { WHAT: `${calleeName(call)}(${node.text()})` } }
    }
    const name = calleeName(node)
    const hook = HOOKS[name]
    if (!hook) return false
    const cb = ctx.flow.callArguments(node)[hook.cb]
    if (!cb) return false
    const target = unwrap(cb)
    if (target.kind() === 'identifier' ? acceptsEverything(target.text(), hook.accept, ctx) : lambdaAcceptsEverything(target, hook.accept)) {
      return { data: { WHAT: `${name} with ${target.kind() === 'identifier' ? target.text() : 'a lambda'}` } }
    }
    return false
  },
})

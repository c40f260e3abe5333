import type { SgNode } from '@ast-grep/napi'
import { defineRule } from '../../../engine/rule.js'
import { args, callName } from '../_utils/managed.js'

/** A method or lambda body that accepts everything: no throw, no call that could reject. */
export function acceptsAll(body: SgNode | null): boolean {
  if (!body) return true
  if (body.kind() === 'true') return true
  if (body.kind() !== 'block') return false
  const stmts = body.namedChildren().filter((c) => !/comment/.test(String(c.kind())))
  if (stmts.length === 0) return true
  return stmts.every((s) => (s.kind() === 'return_statement' && (s.namedChildren().length === 0 || s.namedChildren()[0]!.kind() === 'true')) || (s.kind() === 'expression_statement' && /^(?:System\.out|log|logger|LOG|LOGGER)\b/.test(s.text())))
}

/**
 * Where a trust-all implementation is reported: the anonymous `new X509TrustManager() {…}` or the
 * class that declares the method, so the finding covers the whole definition.
 */
export function implementingType(method: SgNode): SgNode {
  const body = method.parent()
  const owner = body?.parent()
  if (owner && (owner.kind() === 'object_creation_expression' || owner.kind() === 'class_declaration' || owner.kind() === 'enum_declaration')) return owner
  return method
}

export default defineRule({
  id: 'java/no-trust-all-certificates',
  languages: ['java'],
  title: 'TLS certificate validation disabled (trust-all TrustManager)',
  property: 'crypto.tls',
  cwe: ['CWE-295'],
  severity: 'critical',
  confidence: 'high',
  message: '{{WHAT}} accepts every server certificate',
  rationale:
    'A TrustManager whose checkServerTrusted returns without throwing (or a trust-all strategy/factory) accepts any certificate, so anyone on the network path can present a self-made certificate and read or alter the "TLS" traffic: credentials, tokens, data (CWE-295).',
  safeAlternative: 'Use the default TrustManagerFactory (SSLContext.getDefault()); to trust a private CA, load it into a KeyStore and init a TrustManagerFactory with it instead of disabling checks.',
  match: {
    rule: {
      any: [
        { kind: 'method_declaration', has: { field: 'name', regex: '^checkServerTrusted$' } },
        { kind: 'field_access', has: { field: 'field', regex: '^INSTANCE$' }, regex: '^(InsecureTrustManagerFactory|TrustAllStrategy|io\\.netty\\.handler\\.ssl\\.util\\.InsecureTrustManagerFactory)\\.' },
        { kind: 'object_creation_expression', has: { field: 'type', regex: '^(TrustAllStrategy|TrustSelfSignedStrategy|TrustAllManager|TrustAllX509TrustManager)$' } },
        { kind: 'method_invocation', has: { field: 'name', regex: '^loadTrustMaterial$' } },
      ],
    },
  },
  check(node) {
    const k = node.kind()
    if (k === 'method_declaration') return acceptsAll(node.field('body')) ? { node: implementingType(node), data: { WHAT: 'checkServerTrusted' } } : false
    if (k === 'field_access') return { data: { WHAT: node.text().replace(/\.INSTANCE$/, '').replace(/^.*\./, '') } }
    if (k === 'object_creation_expression') return { data: { WHAT: callName(node) } }
    const strategy = args(node).find((a) => a.kind() === 'lambda_expression')
    if (!strategy || !acceptsAll(strategy.field('body'))) return false
    return { data: { WHAT: 'a loadTrustMaterial strategy that returns true' } }
  },
})

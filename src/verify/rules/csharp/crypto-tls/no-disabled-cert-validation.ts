import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { args, callName, enclosingType } from '../../java/_utils/managed.js'

/** A callback body that accepts every certificate: `=> true`, `{ return true; }` (logging allowed). */
function acceptsAll(fn: SgNode | null): boolean {
  if (!fn) return false
  const body = fn.kind() === 'anonymous_method_expression' ? fn.namedChildren().find((c) => c.kind() === 'block') : (fn.field('body') ?? fn.namedChildren().at(-1))
  if (!body) return false
  if (body.kind() === 'boolean_literal') return body.text() === 'true'
  if (body.kind() === 'arrow_expression_clause') return body.namedChildren()[0]?.text() === 'true'
  if (body.kind() !== 'block') return false
  const stmts = body.namedChildren().filter((c) => c.kind() !== 'comment')
  const last = stmts.at(-1)
  if (!last || last.kind() !== 'return_statement' || last.namedChildren()[0]?.text() !== 'true') return false
  return stmts.slice(0, -1).every((s) => s.kind() === 'expression_statement' && !/\breturn\b|throw/.test(s.text()) && /Log|Console|Debug|Trace|_logger|logger/.test(s.text()))
}

/** The callback value: a lambda, anonymous method, or a method group defined in the same type. */
function callbackAcceptsAll(value: SgNode, ctx: RuleContext): boolean {
  const k = value.kind()
  if (k === 'lambda_expression' || k === 'anonymous_method_expression') return acceptsAll(value)
  if (k === 'object_creation_expression' && /ValidationCallback$/.test(callName(value))) {
    const inner = args(value)[0]
    return inner ? callbackAcceptsAll(inner, ctx) : false
  }
  if (k === 'identifier' || k === 'member_access_expression') {
    const name = value.text().replace(/^.*\./, '')
    const owner = enclosingType(value, ctx)
    const method = owner.findAll({ rule: { kind: 'method_declaration', has: { field: 'name', regex: `^${name}$` } } })[0]
    return method ? acceptsAll(method) : false
  }
  return false
}

export default defineRule({
  id: 'csharp/no-disabled-cert-validation',
  languages: ['csharp'],
  title: 'TLS certificate validation disabled',
  property: 'crypto.tls',
  cwe: ['CWE-295'],
  severity: 'critical',
  confidence: 'high',
  message: '{{WHAT}} accepts every server certificate',
  rationale:
    'A certificate validation callback that returns true (or DangerousAcceptAnyServerCertificateValidator) accepts self-signed, expired and wrong-host certificates, so anyone on the network path can impersonate the server and read or alter the traffic (CWE-295).',
  safeAlternative: 'Remove the callback so the platform validates the chain and host name; to trust a private CA, check chain.ChainPolicy with CustomTrustStore and return errors == SslPolicyErrors.None otherwise.',
  match: {
    rule: {
      any: [
        { kind: 'assignment_expression', has: { field: 'left', regex: '(ServerCertificateCustomValidationCallback|ServerCertificateValidationCallback|RemoteCertificateValidationCallback|CertificateValidationCallback|ServerCertificateValidation)$' } },
        { kind: 'member_access_expression', regex: '\\.DangerousAcceptAnyServerCertificateValidator$' },
        { kind: 'object_creation_expression', has: { field: 'type', regex: '^(System\\.Net\\.Security\\.)?SslStream$' } },
        { kind: 'member_access_expression', regex: '^(System\\.ServiceModel\\.Security\\.)?X509CertificateValidationMode\\.None$' },
      ],
    },
  },
  check(node, ctx) {
    const k = node.kind()
    if (k === 'member_access_expression') {
      return { data: { WHAT: node.text().replace(/^.*\.(\w+\.\w+)$/, '$1') } }
    }
    if (k === 'object_creation_expression') {
      const cb = args(node).find((a) => a.kind() === 'lambda_expression' || a.kind() === 'anonymous_method_expression' || a.kind() === 'object_creation_expression')
      return cb && callbackAcceptsAll(cb, ctx) ? { data: { WHAT: 'the SslStream validation callback' } } : false
    }
    const right = node.field('right')
    if (!right) return false
    if (/DangerousAcceptAnyServerCertificateValidator$/.test(right.text())) return false // reported at the member access
    if (!callbackAcceptsAll(right, ctx)) return false
    return { data: { WHAT: node.field('left')?.text().replace(/^.*\./, '') ?? 'the validation callback' } }
  },
})

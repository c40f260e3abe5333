import { defineRule } from '../../../engine/rule.js'

export default defineRule({
  id: 'csharp/no-disabled-request-limits',
  languages: ['csharp'],
  title: 'Request size limit removed',
  property: 'resource.limits',
  cwe: ['CWE-770', 'CWE-400'],
  severity: 'medium',
  confidence: 'high',
  message: '{{WHAT}} removes the request size limit',
  rationale:
    'Kestrel and IIS cap request bodies (about 30 MB) so that one client cannot exhaust memory or disk; [DisableRequestSizeLimit], MaxRequestBodySize = null or a limit of long.MaxValue let a single upload consume the server (CWE-770, CWE-400).',
  safeAlternative: 'Keep a limit sized for the endpoint: [RequestSizeLimit(10_000_000)], [RequestFormLimits(MultipartBodyLengthLimit = 10_000_000)], or MaxRequestBodySize = 10 * 1024 * 1024.',
  match: {
    rule: {
      any: [
        { kind: 'attribute', has: { field: 'name', regex: '^(Microsoft\\.AspNetCore\\.Mvc\\.)?DisableRequestSizeLimit(Attribute)?$' } },
        { kind: 'assignment_expression', has: { field: 'left', regex: '(^|\\.)(MaxRequestBodySize|MultipartBodyLengthLimit|ValueLengthLimit|MaxReceivedMessageSize|MaxRequestBufferSize|MaxBufferSize|MaxRequestLength|MultipartHeadersLengthLimit|ValueCountLimit)$' } },
        { kind: 'attribute', has: { field: 'name', regex: '^(RequestSizeLimit|RequestFormLimits)(Attribute)?$' }, regex: '(long|int)\\.MaxValue|Int(32|64)\\.MaxValue' },
      ],
    },
  },
  check(node) {
    if (node.kind() === 'attribute') return { data: { WHAT: `[${node.field('name')?.text() ?? ''}]` } }
    const right = node.field('right')?.text().replace(/\s+/g, '') ?? ''
    if (!/^(?:null|(?:long|int|Int32|Int64)\.MaxValue)$/.test(right)) return false
    return { data: { WHAT: `${node.field('left')?.text().replace(/^.*\./, '')} = ${right}` } }
  },
})

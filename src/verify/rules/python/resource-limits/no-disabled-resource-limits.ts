import { defineRule } from '../../../engine/rule.js'
import { callee, kwarg, positional } from '../_utils/py.js'

export default defineRule({
  id: 'python/no-disabled-resource-limits',
  languages: ['python'],
  title: 'Built-in resource limit removed',
  property: 'resource.limits',
  cwe: ['CWE-400', 'CWE-770'],
  severity: 'medium',
  confidence: 'high',
  message: '{{WHAT}} removes a limit that protects against oversized input',
  rationale:
    'Libraries cap image pixels (decompression bombs), integer string length (quadratic int parsing), CSV field size and XML tree depth because crafted input otherwise exhausts memory or CPU; removing the cap reopens those denial-of-service attacks (CWE-400).',
  safeAlternative: 'Keep the default limit, or raise it to a specific, reasoned value that fits the expected input.',
  match: {
    rule: {
      any: [
        { kind: 'assignment', regex: '^(?s:.*?\\.)?(?:MAX_IMAGE_PIXELS|MAX_CONTENT_LENGTH|DATA_UPLOAD_MAX_MEMORY_SIZE|DATA_UPLOAD_MAX_NUMBER_FIELDS|FILE_UPLOAD_MAX_MEMORY_SIZE)\\s*=\\s*None$' },
        { kind: 'assignment', regex: '^app\\.config\\[["\']MAX_CONTENT_LENGTH["\']\\]\\s*=\\s*None$' },
        { kind: 'call', has: { field: 'function', regex: '^(?s:.*?\\.)?(?:set_int_max_str_digits|field_size_limit|setrlimit|XMLParser)$' } },
      ],
    },
  },
  check(node, ctx) {
    if (node.kind() === 'assignment') return { data: { WHAT: node.text() } }
    const name = callee(ctx, node)
    const args = positional(node)
    if (name === 'sys.set_int_max_str_digits') return args[0]?.text() === '0' || kwarg(node, 'maxdigits')?.text() === '0' ? { data: { WHAT: node.text() } } : false
    if (name === 'csv.field_size_limit') return args[0] && /maxsize|\*\*|inf/.test(args[0].text()) ? { data: { WHAT: node.text() } } : false
    if (name === 'resource.setrlimit') return /RLIM_INFINITY/.test(node.text()) ? { data: { WHAT: node.text() } } : false
    if (/(?:^|\.)XMLParser$/.test(name) && /lxml/.test(name + ctx.source.slice(0, 2000))) return kwarg(node, 'huge_tree')?.kind() === 'true' ? { data: { WHAT: 'XMLParser(huge_tree=True)' } } : false
    return false
  },
})

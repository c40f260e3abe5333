import { defineRule } from '../../../engine/rule.js'
import { positional } from '../_utils/py.js'

export default defineRule({
  id: 'python/no-unbounded-request-read',
  languages: ['python'],
  title: 'Whole request stream read without a size limit',
  property: 'resource.limits',
  cwe: ['CWE-400', 'CWE-770'],
  severity: 'medium',
  confidence: 'high',
  message: '{{STREAM}}.read() reads the whole request body with no limit',
  rationale:
    'Reading an input stream to its end buffers whatever the client sends: a multi-gigabyte body (or a slow endless one) exhausts memory and ties up a worker (CWE-400, CWE-770).',
  safeAlternative: 'Read at most a fixed number of bytes (stream.read(MAX_BODY + 1) and reject longer bodies), or set the framework limit (Flask MAX_CONTENT_LENGTH, Django DATA_UPLOAD_MAX_MEMORY_SIZE) and use its parsed accessors.',
  match: {
    rule: {
      kind: 'call',
      has: { field: 'function', regex: '^(?:(?:flask\\.)?request\\.stream|self\\.request\\.stream|environ\\[["\']wsgi\\.input["\']\\]|self\\.rfile|request\\.environ\\[["\']wsgi\\.input["\']\\]|request\\.body_file|request\\.stream\\.raw)\\.read(?:lines)?$' },
    },
  },
  check(node) {
    const args = positional(node)
    const size = args[0]
    if (size && !(size.kind() === 'unary_operator' && size.text() === '-1') && size.text() !== 'None') return false
    return { data: { STREAM: node.field('function')?.field('object')?.text() ?? 'stream' } }
  },
})

import { defineRule } from '../../../engine/rule.js'
import { untrusted } from '../_utils/php.js'

export default defineRule({
  id: 'php/no-dynamic-include',
  languages: ['php'],
  title: 'include/require of a non-constant path',
  property: 'sandbox.dynamic-code',
  cwe: ['CWE-98'],
  severity: 'high',
  confidence: 'high',
  message: '{{KIND}} loads PHP code from a path that is not constant',
  rationale:
    'include and require execute the file they load. When the path comes from data, an attacker can run an uploaded file, a log file they wrote into, or (with allow_url_include) a remote script (CWE-98).',
  safeAlternative: 'Include only constant paths (__DIR__ . \'/views/page.php\'), or map user choices to files through a fixed array.',
  // the include/require keywords (case-insensitive in PHP) that start every matched expression
  requires: { words: ['include', 'require'], ignoreCase: true },
  match: {
    rule: { any: [{ kind: 'include_expression' }, { kind: 'include_once_expression' }, { kind: 'require_expression' }, { kind: 'require_once_expression' }] },
  },
  check(node, ctx) {
    const path = node.namedChildren().find((c) => c.kind() !== 'comment')
    if (!path || !untrusted(ctx, path)) return false
    return { data: { KIND: String(node.kind()).replace(/_expression$/, '') } }
  },
})

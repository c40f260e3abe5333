import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { arg, callName, FUNCTION_CALL, nameOf, reachingDefinitions, stringValue, unwrap } from '../_utils/php.js'

const INPUT_STREAM = /^php:\/\/(?:input|stdin)$/i

function isInputStream(ctx: RuleContext, node: SgNode | null): boolean {
  if (!node) return false
  const n = unwrap(node)
  if (n.kind() === 'name' && n.text() === 'STDIN') return true
  const s = stringValue(ctx, n)
  if (s !== undefined) return INPUT_STREAM.test(s)
  if (n.kind() === 'function_call_expression' && callName(n) === 'fopen') return INPUT_STREAM.test(stringValue(ctx, arg(n, 0)) ?? '')
  // A network peer: it decides how much it sends.
  if (n.kind() === 'function_call_expression' && /^(?:fsockopen|pfsockopen|stream_socket_client|stream_socket_accept|socket_accept)$/.test(callName(n))) return true
  if (n.kind() === 'variable_name') {
    const d = reachingDefinitions(ctx, n)
    return d.dominated && d.defs.length === 1 && isInputStream(ctx, d.defs[0]!.value ?? null)
  }
  return false
}

export default defineRule({
  id: 'php/no-unbounded-body-read',
  languages: ['php'],
  title: 'Whole request body or input stream read without a limit',
  property: 'resource.limits',
  cwe: ['CWE-400'],
  severity: 'medium',
  confidence: 'high',
  message: '{{CALL}} reads the whole input stream into memory without a length limit',
  rationale:
    'Reading php://input (or STDIN) in one call buffers whatever the client sends; a large or endless body exhausts memory_limit or memory itself before any validation runs (CWE-400).',
  safeAlternative: "Pass a maximum length (file_get_contents('php://input', false, null, 0, 1 << 20)) or read in bounded chunks and stop at a limit.",
  // the readers it checks (`file` also covers file_get_contents); the stream's own name is no word:
  // stringValue may assemble 'php://input' from pieces
  requires: { words: ['file', 'stream_get_contents'], ignoreCase: true },
  match: { rule: FUNCTION_CALL },
  check(node, ctx) {
    const name = nameOf(ctx, node)
    if (name !== 'file_get_contents' && name !== 'stream_get_contents' && name !== 'file') return false
    if (name === 'file_get_contents') {
      if (!isInputStream(ctx, arg(node, 0)) || arg(node, 4, 'length')) return false
    } else if (name === 'stream_get_contents') {
      if (!isInputStream(ctx, arg(node, 0)) || arg(node, 1, 'length')) return false
    } else if (!isInputStream(ctx, arg(node, 0))) return false
    return { data: { CALL: name } }
  },
})

import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { callee, external, kwarg, positional } from '../_utils/py.js'

/** Caps: min(n, MAX) and friends make the size bounded. */
export const CAPS = /^(?:min|max|clamp|numpy\.clip|np\.clip|\w+\.clip)$/
const SIZED = /^(?:bytearray|bytes|range|numpy\.(?:zeros|ones|empty|full|arange)|np\.(?:zeros|ones|empty|full|arange)|os\.urandom|secrets\.token_bytes|secrets\.token_hex|itertools\.repeat|array\.array)$/

function externalSize(ctx: RuleContext, node: SgNode, size: SgNode): boolean {
  if (!external(ctx, size, { sanitizers: CAPS, numericSanitizes: false })) return false
  const names = ctx.flow.identifiers(size)
  return !ctx.flow.isGuarded(node, names)
}

/** `"-" * n`, `[0] * n`, `b"\0" * n`: a sequence literal repeated. */
function repeatCount(node: SgNode): SgNode | null {
  const left = node.field('left')
  const right = node.field('right')
  if (!left || !right) return null
  const seq = (n: SgNode): boolean => ['string', 'list', 'tuple', 'concatenated_string', 'bytes'].includes(n.kind() as string)
  if (seq(left) && !seq(right)) return right
  if (seq(right) && !seq(left)) return left
  return null
}

export default defineRule({
  id: 'python/no-unbounded-allocation',
  languages: ['python'],
  title: 'Allocation or loop sized by external input without a cap',
  property: 'resource.limits',
  cwe: ['CWE-400', 'CWE-770'],
  severity: 'medium',
  confidence: 'high',
  message: '{{WHAT}} is sized by external input with no upper bound',
  rationale:
    'A size, count or repetition taken from a request lets one client ask for gigabytes of memory or billions of iterations: a single request exhausts memory or CPU and takes the service down for everyone (CWE-400, CWE-770).',
  safeAlternative: 'Reject or clamp sizes first: n = min(int(request.args["n"]), MAX_ITEMS), or if n > MAX_ITEMS: abort(400), before allocating or looping.',
  match: {
    rule: {
      any: [
        { kind: 'call', has: { field: 'function', regex: '^(?s:.*?\\.)?(?:bytearray|bytes|range|zeros|ones|empty|full|arange|urandom|token_bytes|token_hex|repeat|array|read|recv)$' } },
        { kind: 'binary_operator', regex: '^(?:[rbuRBU]*["\'\\[(][\\s\\S]*\\*|[\\s\\S]*\\*\\s*[rbuRBU]*["\'\\[(])' },
      ],
    },
  },
  // The sizing callees of the matcher, and `*` for a repeated sequence literal.
  requires: { words: ['byte', 'range', 'zeros', 'ones', 'empty', 'full', 'urandom', 'token_', 'repeat', 'array', 'read', 'recv', '*'] },
  check(node, ctx) {
    if (node.kind() === 'binary_operator') {
      if (node.field('operator')?.text() !== '*') return false
      const count = repeatCount(node)
      if (!count || !externalSize(ctx, node, count)) return false
      return { data: { WHAT: 'Repeating a sequence' } }
    }
    const name = callee(ctx, node)
    if (SIZED.test(name)) {
      const args = positional(node)
      const size = name === 'range' || /arange$/.test(name) ? args[args.length === 1 ? 0 : 1] : name === 'itertools.repeat' || name === 'array.array' ? args[1] : (args[0] ?? kwarg(node, 'shape'))
      if (!size) return false
      // bytes(data)/bytearray(data) copy a value; only a number allocates.
      if ((name === 'bytes' || name === 'bytearray') && !/^(?:int|float|abs|round)\(|^[\w.]*(?:size|len|length|count|num|n)$|[-+*]/i.test(size.text())) return false
      if (!externalSize(ctx, node, size)) return false
      return { data: { WHAT: `${name}(${size.text()})` } }
    }
    // stream.read(n) / sock.recv(n) with n from the request (Content-Length).
    if (/\.(?:read|recv)$/.test(name)) {
      const size = positional(node)[0]
      if (!size || size.kind() === 'integer') return false
      if (!externalSize(ctx, node, size)) return false
      return { data: { WHAT: `${name}(${size.text()})` } }
    }
    return false
  },
})

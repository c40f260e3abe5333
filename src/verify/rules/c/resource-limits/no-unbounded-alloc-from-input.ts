import type { SgNode } from '@ast-grep/napi'
import { defineRule } from '../../../engine/rule.js'
import { calleeName, callArgs, enclosingFunctionNode, EXTERNAL_INPUT_WORDS } from '../_utils/c.js'
import { uncappedExternal } from '../_utils/limits.js'

const SIZE_AT: Record<string, number[]> = { malloc: [0], calloc: [0, 1], realloc: [1], reallocarray: [1, 2], alloca: [0], _alloca: [0], xmalloc: [0], g_malloc: [0], g_malloc0: [0], aligned_alloc: [1], posix_memalign: [2], mmap: [1], OPENSSL_malloc: [0] }

export default defineRule({
  id: 'c/no-unbounded-alloc-from-input',
  languages: ['c', 'cpp'],
  title: 'Allocation sized by external input with no upper bound',
  property: 'resource.limits',
  cwe: ['CWE-770', 'CWE-400', 'CWE-789'],
  severity: 'medium',
  confidence: 'medium',
  message: '{{WHAT}} allocates a size from external input ({{SOURCE}}) that nothing caps',
  rationale:
    'A length field, command-line number or header value that sizes an allocation lets a client ask for gigabytes: the process exhausts memory or the stack (alloca, VLAs) and crashes, or the system starts swapping, a cheap denial of service (CWE-770, CWE-789).',
  safeAlternative: 'Reject sizes above a fixed maximum before allocating (if (n > MAX_MSG) return -1;), and prefer heap allocation with a checked size over alloca or VLAs.',
  match: {
    rule: {
      any: [
        { kind: 'call_expression', has: { field: 'function', regex: `^(?:::)?(?:std::)?(?:${Object.keys(SIZE_AT).join('|')})$` } },
        { kind: 'array_declarator', has: { field: 'size', any: [{ kind: 'identifier' }, { kind: 'binary_expression' }, { kind: 'call_expression' }, { kind: 'field_expression' }] } },
      ],
    },
  },
  // reports only sizes from external input
  requires: { words: EXTERNAL_INPUT_WORDS },
  check(node, ctx) {
    let sizes: SgNode[]
    let what: string
    if (node.kind() === 'array_declarator') {
      if (!enclosingFunctionNode(node)) return false
      const size = node.field('size')
      sizes = size ? [size] : []
      what = `the variable-length array ${node.field('declarator')?.text() ?? ''}`
    } else {
      const args = callArgs(node, ctx)
      sizes = (SIZE_AT[calleeName(node)] ?? []).map((i) => args[i]).filter((a): a is SgNode => !!a)
      what = calleeName(node)
    }
    for (const size of sizes) {
      const origin = uncappedExternal(size, node, ctx)
      if (origin) return { data: { WHAT: what, SOURCE: (origin.source ?? size.text()).replace(/\s+/g, ' ').slice(0, 40) } }
    }
    return false
  },
})

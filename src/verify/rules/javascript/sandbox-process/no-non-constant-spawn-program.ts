import type { SgNode } from '@ast-grep/napi'
import { defineRule } from '../../../engine/rule.js'
import { args, callee, prop, untrusted, values } from '../_utils/js.js'
import { shellDashC, usesShell } from './no-shell-command-injection.js'

const SPAWNS = /^(?:child_process\.(?:spawn|spawnSync|execFile|execFileSync|fork)|execa|execa\.(?:sync|execa|execaSync|node)|cross-spawn|cross-spawn\.sync)$/
const ARRAY_SPAWNS = /^(?:Bun\.spawn|Bun\.spawnSync)$/

export default defineRule({
  id: 'javascript/no-non-constant-spawn-program',
  languages: ['javascript', 'typescript'],
  title: 'Process started with a non-constant program',
  property: 'sandbox.process',
  cwe: ['CWE-78', 'CWE-88'],
  severity: 'high',
  confidence: 'high',
  message: '{{CALL}} starts a program chosen by non-constant data ({{PROG}})',
  rationale:
    'An argument array protects the arguments, not the program: whoever chooses the executable (or the module passed to fork) runs any binary or script on the machine with the server\'s rights (CWE-78).',
  safeAlternative: 'Start a constant program and pass data only in the argument array: execFile("convert", [src, dst]); map user choices to programs through a constant object.',
  match: {
    rule: {
      any: [
        { kind: 'call_expression', has: { field: 'function', regex: '^(?s:.*?\\.)?(?:spawn|spawnSync|execFile|execFileSync|fork|execa|execaSync|sync|node)$|^(?:execa|crossSpawn)$' } },
        { kind: 'new_expression', has: { field: 'constructor', regex: '^Deno\\.Command$' } },
      ],
    },
  },
  // The modules of SPAWNS, Deno.Command and ARRAY_SPAWNS.
  requires: { words: ['child_process', 'execa', 'cross-spawn', 'Deno', 'Bun'] },
  check(node, ctx) {
    const name = node.kind() === 'new_expression' ? 'Deno.Command' : callee(ctx, node)
    const a = args(ctx, node)
    let prog: SgNode | null = null
    if (SPAWNS.test(name) || name === 'Deno.Command') {
      const opts = a.find((x, i) => i > 0 && x.kind() === 'object')
      if (usesShell(opts) || shellDashC(ctx, a[0], a[1])) return false // javascript/no-shell-command-injection
      if (a[0] && untrusted(ctx, a[0])) prog = a[0]
    } else if (ARRAY_SPAWNS.test(name)) {
      const first = a[0]?.kind() === 'object' ? prop(a[0], 'cmd') : a[0]
      for (const v of first ? values(ctx, first) : []) {
        const p = v.kind() === 'array' ? v.namedChildren()[0] : v
        if (p && untrusted(ctx, p)) prog = p
      }
    } else return false
    if (!prog) return false
    return { data: { CALL: name, PROG: prog.text() } }
  },
})

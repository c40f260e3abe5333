import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { args, callee, fnOf, untrusted, values } from '../_utils/js.js'

const EVALS = /^(?:eval|window\.eval|globalThis\.eval|global\.eval|self\.eval|execScript|window\.execScript|safe-eval|notevil|eval5\.\w+|expr-eval\.Parser\.evaluate_never)$/
const VM = /^(?:vm\.(?:runInNewContext|runInThisContext|runInContext|compileFunction|Script|SourceTextModule)|vm2\.VM\(.*\)\.run|vm2\.NodeVM\(.*\)\.run|VM\(.*\)\.run|NodeVM\(.*\)\.run|isolated-vm\.\w+)$/
const TIMERS = /^(?:setTimeout|setInterval|setImmediate|window\.setTimeout|window\.setInterval|globalThis\.setTimeout)$/

/** setTimeout("code" + x): the first argument is a string, not a function. */
function isStringCode(ctx: RuleContext, n: SgNode): boolean {
  return values(ctx, n).some((v) => v.kind() === 'string' || v.kind() === 'template_string' || (v.kind() === 'binary_expression' && /["'`]/.test(v.text())))
}

export default defineRule({
  id: 'javascript/no-eval-of-untrusted-code',
  languages: ['javascript', 'typescript'],
  title: 'eval, Function or vm of non-constant code',
  property: 'sandbox.dynamic-code',
  cwe: ['CWE-94', 'CWE-95'],
  severity: 'critical',
  confidence: 'high',
  message: '{{CALL}} evaluates code built from non-constant data',
  rationale:
    'eval, new Function, string timers and the vm module compile their argument as JavaScript with the rights of the page or the Node process; data that reaches them can read cookies, call require("child_process") or exfiltrate secrets (CWE-94, CWE-95). The vm module is not a security boundary.',
  safeAlternative: 'Parse data instead of running it (JSON.parse), pass functions rather than strings to setTimeout, and dispatch on a constant map of allowed operations instead of evaluating expressions.',
  match: {
    rule: {
      any: [
        { kind: 'call_expression', has: { field: 'function', regex: '^(?s:.*?\\.)?(?:eval|execScript|Function|setTimeout|setInterval|setImmediate|runInNewContext|runInThisContext|runInContext|compileFunction|run)$|^(?:safeEval|safe_eval|notevil)$' } },
        { kind: 'new_expression', has: { field: 'constructor', regex: '^(?s:.*?\\.)?(?:Function|Script|SourceTextModule)$' } },
      ],
    },
  },
  // EVALS names contain eval, execScript or notevil; VM names vm (vm2, isolated-vm) or VM, as do the
  // VM/NodeVM instances whose .run is reported (`run` alone is in every file). Then Function and the timers.
  requires: { words: ['eval', 'execScript', 'notevil', 'vm', 'VM', 'Function', 'setTimeout', 'setInterval', 'setImmediate'] },
  check(node, ctx) {
    const name = callee(ctx, node)
    const a = args(ctx, node)
    let code: SgNode | undefined
    if (EVALS.test(name) || VM.test(name)) code = a[0]
    else if (/^(?:Function|window\.Function|globalThis\.Function)$/.test(name)) {
      // new Function("a", "b", body): any non-constant part is code.
      code = a.find((x) => untrusted(ctx, x))
    } else if (TIMERS.test(name)) {
      if (a[0] && isStringCode(ctx, a[0])) code = a[0]
    } else if (/\.run$/.test(name)) {
      const recv = fnOf(node)?.field('object')
      if (!recv || !values(ctx, recv).some((v) => v.kind() === 'new_expression' && /^(?:vm2\.)?(?:VM|NodeVM)$/.test(callee(ctx, v)))) return false
      code = a[0]
    } else return false
    if (!code || !untrusted(ctx, code)) return false
    return { data: { CALL: name } }
  },
})

import { defineRule } from '../../../engine/rule.js'
import { allowListed, dataNames } from '../../python/_utils/common.js'
import { args, callee, JS } from '../_utils/js.js'

export default defineRule({
  id: 'javascript/no-dynamic-require',
  languages: ['javascript', 'typescript'],
  title: 'Module loaded by a non-constant name',
  property: 'sandbox.dynamic-code',
  cwe: ['CWE-94', 'CWE-470'],
  severity: 'high',
  confidence: 'high',
  message: '{{CALL}} loads a module whose name or path is non-constant',
  rationale:
    'require() and import() run the top-level code of the module they load. When data picks the module, an attacker runs any installed package or a file they managed to write (an upload, a temp file) inside the server (CWE-94, CWE-470).',
  safeAlternative: 'Map allowed names to modules with a constant object ({ csv: require("./exporters/csv") }) or check the name against a constant allow-list before loading it.',
  match: {
    rule: {
      kind: 'call_expression',
      any: [{ has: { field: 'function', regex: '^(?:require|module\\.require|import|createRequire\\(.*\\))$' } }, { has: { field: 'function', kind: 'import' } }],
      // A string literal as the first argument is constant: leave out the common require('x') natively.
      not: { has: { field: 'arguments', has: { kind: 'string', nthChild: 1 } } },
    },
  },
  // createRequire(…)(name) with createRequire taken from `module.constructor` names neither.
  requires: { words: ['require', 'import', 'createRequire'] },
  check(node, ctx) {
    const target = args(ctx, node)[0]
    // Strictly constant names only: __dirname and other globals are not constants (semantics.md).
    if (!target || !ctx.flow.isUntrusted(target)) return false
    if (allowListed(ctx, node, dataNames(ctx, target, JS))) return false
    const fn = node.field('function')
    const name = fn?.kind() === 'import' ? 'import' : callee(ctx, node)
    return { data: { CALL: `${name}()` } }
  },
})

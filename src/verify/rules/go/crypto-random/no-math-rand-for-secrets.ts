import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { securityUse } from '../../rust/_utils/random.js'
import { definitionsOf } from '../../rust/_utils/shared.js'
import { goImports, packageOf } from '../_utils/go.js'

const MATH_RAND = /^math\/rand(?:\/v2)?$|^golang\.org\/x\/exp\/rand$/
const VALUE_FUNCS = /^(?:Int|Intn|IntN|Int31|Int31n|Int32|Int32N|Int63|Int63n|Int64|Int64N|Uint32|Uint32N|Uint64|Uint64N|Uint|UintN|Float32|Float64|ExpFloat64|NormFloat64|Read|N)$/

function mathRandNames(ctx: RuleContext): string[] {
  return [...goImports(ctx)].filter(([, p]) => MATH_RAND.test(p)).map(([l]) => l)
}

/** A generator made by math/rand: `rand.New(rand.NewSource(…))`, `rand.New(rand.NewPCG(…))`. */
function isMathRandGenerator(recv: SgNode, ctx: RuleContext, pkgs: string[]): boolean {
  if (recv.kind() !== 'identifier') return false
  const re = new RegExp(`^(?:${pkgs.join('|')})\\.(?:New|NewSource|NewPCG|NewZipf)\\(`)
  if (definitionsOf(recv.text(), recv, ctx).some((d) => re.test(d.value.text()))) return true
  // a field or parameter of type *rand.Rand
  return new RegExp(`\\b${recv.text()}\\s+\\*?(?:${pkgs.join('|')})\\.(?:Rand|Source)\\b`).test(ctx.source)
}

export default defineRule({
  id: 'go/no-math-rand-for-secrets',
  languages: ['go'],
  title: 'math/rand used for a security value',
  property: 'crypto.random',
  cwe: ['CWE-330', 'CWE-338'],
  severity: 'high',
  confidence: 'high',
  message: '{{GEN}} (math/rand) is not cryptographically secure but produces {{USE}}',
  rationale:
    'math/rand is a deterministic generator with a small state, commonly seeded from the clock; an attacker who sees a few outputs or guesses the seed predicts the next tokens, session ids, reset codes or keys (CWE-338).',
  safeAlternative: 'Use crypto/rand: `rand.Read(buf)` then encode it, `rand.Int(rand.Reader, max)` for numbers, or `rand.Text()` (Go 1.24) for tokens.',
  // the import paths of MATH_RAND: without one, mathRandNames is empty
  requires: { words: ['math/rand', 'x/exp/rand'] },
  match: { rule: { kind: 'call_expression', has: { field: 'function', kind: 'selector_expression', has: { field: 'field', regex: VALUE_FUNCS.source } } } },
  check(node, ctx) {
    const pkgs = mathRandNames(ctx)
    if (pkgs.length === 0) return false
    const fn = node.field('function')!
    const path = packageOf(fn, ctx)
    if (path !== undefined) {
      if (!MATH_RAND.test(path)) return false
    } else {
      const recv = fn.field('operand')
      if (!recv || !isMathRandGenerator(recv, ctx, pkgs)) return false
    }
    const use = securityUse(node, ctx)
    return use ? { data: { GEN: fn.text(), USE: use } } : false
  },
})

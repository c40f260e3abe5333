import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { securityUse } from '../_utils/random.js'
import { definitionsOf } from '../_utils/shared.js'

/** Creating a non-cryptographic or fixed-seed generator. */
const WEAK_CREATE =
  /(?:^|::)(?:SmallRng|XorShiftRng|Pcg32|Pcg64|Pcg64Mcg|Lcg64Xsh32|Lcg128Xsl64|Mcg128Xsl64|Xoshiro\w+|Xoroshiro\w+|SplitMix64|WyRand|Wyrand|Rand32|Rand64|StepRng|Isaac64Rng|IsaacRng)::\w+$|^(?:fastrand::Rng::\w+|oorandom::\w+::new)$|(?:^|::)(?:StdRng|ChaCha\d*Rng|Hc128Rng)::seed_from_u64$/
/** Direct values from a non-cryptographic generator. */
const WEAK_VALUE = /^fastrand::\w+$|^(?:nanorand::)?(?:WyRand|tls_rng)\b/
const RNG_METHODS = /^(?:gen|gen_range|gen_bool|random|random_range|sample|sample_iter|next_u32|next_u64|fill|fill_bytes|try_fill_bytes|u8|u16|u32|u64|u128|usize|i32|i64|alphanumeric|char|digit|lowercase|uppercase|generate|generate_range|rand_u32|rand_u64|rand_range|choose|choose_multiple)$/

function weakReceiver(recv: SgNode, ctx: RuleContext, depth = 0): boolean {
  let cur = recv
  while (cur.kind() === 'reference_expression' || cur.kind() === 'parenthesized_expression') cur = cur.namedChildren().at(-1) ?? cur
  if (cur.kind() === 'call_expression') {
    const callee = ctx.flow.calleeText(cur)
    if (WEAK_CREATE.test(callee)) return true
    const fn = cur.field('function')
    // rng.clone(), SmallRng::from_entropy().unwrap()
    if (fn?.kind() === 'field_expression' && depth < 3) return weakReceiver(fn.field('value')!, ctx, depth + 1)
    return false
  }
  if (cur.kind() !== 'identifier' && cur.kind() !== 'field_expression') return false
  if (cur.kind() === 'identifier' && depth < 3) {
    if (definitionsOf(cur.text(), cur, ctx).some((d) => weakReceiver(d.value, ctx, depth + 1))) return true
  }
  // a parameter or field typed as a weak generator
  const name = cur.text().split('.').at(-1)!
  return new RegExp(`\\b${name}\\s*:\\s*(?:&(?:mut\\s+)?)?(?:\\w+::)*(?:SmallRng|XorShiftRng|Pcg32|Pcg64|Xoshiro\\w+|WyRand|Rand32|Rand64|fastrand::Rng)\\b`).test(ctx.source)
}

export default defineRule({
  id: 'rust/no-insecure-random-for-secrets',
  languages: ['rust'],
  title: 'Non-cryptographic random generator used for a security value',
  property: 'crypto.random',
  cwe: ['CWE-330', 'CWE-338'],
  severity: 'high',
  confidence: 'high',
  message: '{{GEN}} is not cryptographically secure but produces {{USE}}',
  rationale:
    'Fast generators such as SmallRng, fastrand, PCG or xorshift (and any generator seeded with a fixed or time-based `seed_from_u64`) have small, recoverable state: after seeing a few outputs an attacker predicts the next tokens, session ids, reset codes or keys (CWE-338).',
  safeAlternative: 'Use the OS-seeded CSPRNG: `rand::rngs::OsRng`, `rand::thread_rng()` / `rand::rng()`, or `getrandom::getrandom(&mut buf)`.',
  // the generators of WEAK_VALUE, WEAK_CREATE and the weak field/parameter types in weakReceiver
  requires: {
    words: [
      'fastrand', 'nanorand', 'oorandom', 'tls_rng', 'WyRand', 'Wyrand', 'SmallRng', 'XorShiftRng', 'Pcg32', 'Pcg64', 'Lcg64Xsh32', 'Lcg128Xsl64',
      'Mcg128Xsl64', 'Xoshiro', 'Xoroshiro', 'SplitMix64', 'Rand32', 'Rand64', 'StepRng', 'IsaacRng', 'Isaac64Rng', 'seed_from_u64',
    ],
  },
  match: {
    rule: {
      kind: 'call_expression',
      any: [
        { has: { field: 'function', kind: 'scoped_identifier', regex: '^(?:fastrand|nanorand)::' } },
        { has: { field: 'function', kind: 'field_expression', has: { field: 'field', regex: RNG_METHODS.source } } },
      ],
    },
  },
  check(node, ctx) {
    const fn = node.field('function')!
    let gen: string
    if (fn.kind() === 'scoped_identifier') {
      const callee = fn.text()
      if (!WEAK_VALUE.test(callee)) return false
      if (/^fastrand::(?:shuffle|seed|Rng::\w+)$/.test(callee)) return false
      gen = callee
    } else {
      const recv = fn.field('value')
      if (!recv || !weakReceiver(recv, ctx)) return false
      gen = `${recv.text().length > 30 ? 'rng' : recv.text()}.${fn.field('field')?.text()}`
      // a generator creation chained straight into a value is reported once, at the outer call
      if (node.parent()?.kind() === 'field_expression' && RNG_METHODS.test(node.parent()!.field('field')?.text() ?? '')) return false
    }
    const use = securityUse(node, ctx)
    return use ? { data: { GEN: gen, USE: use } } : false
  },
})

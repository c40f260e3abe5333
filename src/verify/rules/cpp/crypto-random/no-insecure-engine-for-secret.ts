import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { contains, enclosingFunctionNode } from '../../c/_utils/c.js'
import { securityDestination } from '../../c/_utils/secrets.js'
import escapeStringRegexp from 'escape-string-regexp'

const ENGINES = '(?:std::)?(?:mt19937|mt19937_64|minstd_rand0?|default_random_engine|ranlux24|ranlux48|ranlux24_base|ranlux48_base|knuth_b|linear_congruential_engine<[^>]*>|mersenne_twister_engine<[^>]*>|subtract_with_carry_engine<[^>]*>)|(?:boost::(?:random::)?)(?:mt19937|mt11213b|minstd_rand|rand48|lagged_fibonacci\\d+)'

const CACHE = new WeakMap<SgNode, Map<string, string>>()

/** Variables of this file declared with a non-cryptographic engine type, with that type. */
function engineVariables(ctx: RuleContext): Map<string, string> {
  let vars = CACHE.get(ctx.root)
  if (!vars) {
    vars = new Map()
    for (const m of ctx.source.matchAll(new RegExp(`(${ENGINES})\\s+([A-Za-z_]\\w*)\\s*[;({]`, 'g'))) vars.set(m[2]!, m[1]!)
    CACHE.set(ctx.root, vars)
  }
  return vars
}

/** The declaration of engine variable `name` visible at `use`: in its function, else at file level. */
function engineDeclaration(name: string, use: SgNode, ctx: RuleContext): SgNode | null {
  const decls = ctx.root.findAll({ rule: { kind: 'declaration', has: { any: [{ kind: 'identifier', regex: `^${escapeStringRegexp(name)}$` }, { has: { field: 'declarator', kind: 'identifier', regex: `^${escapeStringRegexp(name)}$` } }] } } })
  const fn = enclosingFunctionNode(use)
  const local = decls.filter((d) => fn && contains(fn, d) && d.range().start.index < use.range().start.index).at(-1)
  return local ?? decls.find((d) => !enclosingFunctionNode(d)) ?? null
}

export default defineRule({
  id: 'cpp/no-insecure-engine-for-secret',
  languages: ['cpp'],
  title: 'std::mt19937 or another <random> engine used for a security value',
  property: 'crypto.random',
  cwe: ['CWE-338', 'CWE-330'],
  severity: 'high',
  confidence: 'medium',
  message: 'the {{ENGINE}} engine is predictable, but its output is used for {{NAME}}',
  rationale:
    'The engines of <random> (mt19937, minstd_rand, default_random_engine, ranlux) are statistical generators: 624 outputs reveal the whole Mersenne Twister state, and seeds from time or a single random_device call are guessable, so tokens, passwords and keys drawn from them can be predicted (CWE-338).',
  safeAlternative: 'Use a CSPRNG for security values: RAND_bytes (OpenSSL), randombytes_buf (libsodium), getrandom/arc4random_buf, or BCryptGenRandom; std::random_device alone is not guaranteed to be cryptographic either.',
  match: { rule: { kind: 'call_expression' } },
  // the engine types of ENGINES
  requires: { words: ['mt19937', 'mt11213b', 'minstd_rand', '_engine', 'ranlux', 'knuth_b', 'rand48', 'lagged_fibonacci'] },
  check(node, ctx) {
    const engines = engineVariables(ctx)
    if (engines.size === 0) return false
    const args = ctx.flow.callArguments(node)
    const fn = node.field('function')
    const candidates = [...args, ...(fn && fn.kind() === 'identifier' && args.length === 0 ? [fn] : [])].filter((a) => a.kind() === 'identifier')
    for (const gen of candidates) {
      const engine = engines.get(gen.text())
      if (!engine) continue
      const name = securityDestination(node)
      if (!name) continue
      // the generator is the finding: report where the engine is declared (once, however often it is drawn)
      const decl = engineDeclaration(gen.text(), node, ctx)
      return { ...(decl ? { node: decl } : {}), data: { ENGINE: engine, NAME: name } }
    }
    return false
  },
})

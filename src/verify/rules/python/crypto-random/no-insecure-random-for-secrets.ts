import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { calleeText, isSecurityName } from '../_utils/common.js'
import { callee, functionName, strValue, values } from '../_utils/py.js'

const GENERATORS =
  /^(?:random\.(?:random|randint|randrange|choice|choices|sample|getrandbits|uniform|randbytes|triangular|gauss)|(?:numpy|np)\.random\.(?:rand|randint|random|choice|bytes|random_sample|ranf|sample|integers|default_rng\(.*\)\.\w+)|random\.Random\(.*\)\.\w+)$/
const NOT_SECURITY = /jitter|delay|backoff|sleep|wait|timeout|retry|retries|interval|shuffle|sample_rate|sampling|color|colour|position|offset|noise|weight|latency|temperature/i
const SLEEPS = /^(?:time\.sleep|asyncio\.sleep|sleep|\w+\.sleep|gevent\.sleep|trio\.sleep)$/

/** The name that the value of `call` is stored under or returned as, walking up the expression. */
function securityContext(ctx: RuleContext, call: SgNode): string | null {
  let child = call
  let cur = call.parent()
  while (cur) {
    const kind = cur.kind()
    if (kind === 'call') {
      if (SLEEPS.test(callee(ctx, cur))) return null
    } else if (kind === 'keyword_argument') {
      const name = cur.field('name')?.text() ?? ''
      if (NOT_SECURITY.test(name)) return null
      if (isSecurityName(name)) return name
    } else if (kind === 'pair') {
      const key = cur.field('key')
      const name = strValue(key) ?? key?.text() ?? ''
      if (key?.id() !== child.id() && isSecurityName(name) && !NOT_SECURITY.test(name)) return name
    } else if (kind === 'assignment' || kind === 'augmented_assignment' || kind === 'named_expression') {
      const left = cur.field('left') ?? cur.field('name')
      if (left && left.id() !== child.id()) {
        let name = left.text()
        if (left.kind() === 'attribute') name = left.field('attribute')?.text() ?? name
        if (left.kind() === 'subscript') name = strValue(left.field('subscript')) ?? left.text()
        if (NOT_SECURITY.test(name)) return null
        if (isSecurityName(name)) return name
      }
      break
    } else if (kind === 'return_statement' || kind === 'expression_statement' || kind === 'block' || kind === 'function_definition' || kind === 'lambda') {
      break
    }
    child = cur
    cur = cur.parent()
  }
  const fn = functionName(ctx, call)
  if (fn && isSecurityName(fn) && !NOT_SECURITY.test(fn)) return `${fn}()`
  return null
}

export default defineRule({
  id: 'python/no-insecure-random-for-secrets',
  languages: ['python'],
  title: 'Non-cryptographic random generator used for a security value',
  property: 'crypto.random',
  cwe: ['CWE-330', 'CWE-338'],
  severity: 'high',
  confidence: 'high',
  message: '{{CALL}} is predictable but produces the security value {{NAME}}',
  rationale:
    'The random module is a Mersenne Twister: 624 observed outputs reveal its whole state, and its seed is guessable, so tokens, passwords, session ids or reset codes drawn from it can be predicted by an attacker (CWE-338).',
  safeAlternative: 'Use the secrets module: secrets.token_urlsafe(32), secrets.token_hex(16), secrets.choice(alphabet), secrets.randbelow(10**6); or random.SystemRandom().',
  match: {
    rule: {
      kind: 'call',
      has: { field: 'function', regex: '^(?s:.*?\\.)?(?:random|randint|randrange|choice|choices|sample|getrandbits|uniform|randbytes|triangular|gauss|rand|bytes|random_sample|ranf|integers)$' },
    },
  },
  // GENERATORS and the generator constructors are all in the random module (random, numpy.random).
  requires: { words: ['random'] },
  check(node, ctx) {
    let name = callee(ctx, node)
    if (!GENERATORS.test(name)) {
      // rng = random.Random(); rng.randint(...)
      const recv = node.field('function')?.field('object')
      if (!recv || !values(ctx, recv).some((v) => v.kind() === 'call' && /^(?:random\.Random|(?:numpy|np)\.random\.(?:default_rng|RandomState))$/.test(callee(ctx, v)))) return false
      name = calleeText(ctx, node)
    }
    const where = securityContext(ctx, node)
    if (!where) return false
    return { data: { CALL: name, NAME: where } }
  },
})

import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { args, callName, receiver, receiverType, securityUse, statementOf } from '../_utils/managed.js'

const INSECURE_TYPE = /^(?:java\.util\.)?(?:Random|ThreadLocalRandom|SplittableRandom)$|^(?:java\.util\.random\.)?RandomGenerator$/

function insecureGenerator(node: SgNode, ctx: RuleContext): string | undefined {
  const name = callName(node)
  const recv = receiver(node)
  const recvText = recv?.text().replace(/\s+/g, '') ?? ''
  if (name === 'random' && /^(?:java\.lang\.)?(?:Math|StrictMath)$/.test(recvText)) return 'Math.random()'
  if (/^(?:org\.apache\.commons\.lang3?\.)?RandomStringUtils$/.test(recvText) && /^random\w*$/.test(name)) return `RandomStringUtils.${name}`
  if (/RandomStringUtils\.insecure\(\)$/.test(recvText)) return `RandomStringUtils.insecure().${name}`
  if (/^(?:org\.apache\.commons\.lang3?\.)?RandomUtils$/.test(recvText) && /^next\w*$/.test(name)) return `RandomUtils.${name}`
  if (!/^(?:next\w*|ints|longs|doubles)$/.test(name) || !recv) return undefined
  if (/^(?:java\.util\.concurrent\.)?ThreadLocalRandom\.current\(\)$/.test(recvText)) return 'ThreadLocalRandom'
  if (/^new(?:java\.util\.)?Random\(/.test(recvText)) return 'java.util.Random'
  const type = receiverType(recv, ctx)
  if (type && INSECURE_TYPE.test(type)) return type.replace(/^.*\./, '')
  return undefined
}

export default defineRule({
  id: 'java/no-insecure-random',
  languages: ['java'],
  title: 'Predictable random generator used for a security value',
  property: 'crypto.random',
  cwe: ['CWE-330', 'CWE-338'],
  severity: 'high',
  confidence: 'high',
  message: '{{GEN}} produces the security value {{USE}}, but it is predictable',
  rationale:
    'java.util.Random, Math.random, ThreadLocalRandom and commons-lang RandomStringUtils are linear congruential or splittable generators: a few observed outputs reveal the seed, so tokens, passwords, OTPs, salts and session ids made from them can be predicted and forged (CWE-330, CWE-338).',
  safeAlternative: 'Use java.security.SecureRandom (new SecureRandom().nextBytes(buf), then Base64/hex), UUID.randomUUID() for identifiers, or RandomStringUtils.secure() in commons-lang 3.16+.',
  match: { rule: { kind: 'method_invocation', has: { field: 'name', regex: '^(random\\w*|next\\w*|ints|longs|doubles)$' } } },
  // every generator insecureGenerator names: Math.random, Random…/…Random types; the derived
  // `next` is everywhere
  requires: { words: ['Random', 'random'] },
  check(node, ctx) {
    const gen = insecureGenerator(node, ctx)
    if (!gen) return false
    // `rnd.nextBytes(salt)`: the buffer it fills names the use.
    let use = securityUse(node, ctx)
    if (!use && callName(node) === 'nextBytes') {
      const buf = args(node)[0]?.text()
      if (buf && /salt|key|token|nonce|iv|secret|seed/i.test(buf)) use = buf
    }
    if (!use) return false
    return { node: statementOf(node), data: { GEN: gen, USE: use } }
  },
})

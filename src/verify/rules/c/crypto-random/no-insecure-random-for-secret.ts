import { defineRule } from '../../../engine/rule.js'
import { securityDestination } from '../_utils/secrets.js'

export default defineRule({
  id: 'c/no-insecure-random-for-secret',
  languages: ['c', 'cpp'],
  title: 'rand()/random() used for a security value',
  property: 'crypto.random',
  cwe: ['CWE-338', 'CWE-330'],
  severity: 'high',
  confidence: 'medium',
  message: '{{FN}}() is not a cryptographic generator, but its value is used for {{NAME}}',
  rationale:
    'rand, random and the *rand48 family are linear generators with small state, usually seeded with time(NULL); an attacker who sees a few outputs or guesses the seed predicts every token, session id, password or key derived from them (CWE-338).',
  safeAlternative: 'Draw security values from the OS CSPRNG: getrandom(buf, n, 0), arc4random_buf, RAND_bytes (OpenSSL), randombytes_buf (libsodium), BCryptGenRandom on Windows.',
  match: {
    rule: {
      kind: 'call_expression',
      has: { field: 'function', regex: '^(?:::)?(?:std::)?(?:rand|random|rand_r|drand48|erand48|lrand48|nrand48|mrand48|jrand48|g_random_int|g_random_int_range|g_rand_int)$' },
    },
  },
  check(node) {
    const name = securityDestination(node)
    return name ? { data: { FN: node.field('function')!.text(), NAME: name } } : false
  },
})

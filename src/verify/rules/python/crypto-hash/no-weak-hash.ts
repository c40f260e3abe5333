import { defineRule } from '../../../engine/rule.js'
import { qualify } from '../_utils/common.js'
import { callee, kwarg, positional, PY, strValue, tokenFollowedBy } from '../_utils/py.js'

const WEAK_NAMES = /^(?:md5|md4|md2|sha1|sha-1|sha|ripemd|md5-sha1)$/i
const WEAK_CTORS =
  /^(?:hashlib\.(?:md5|sha1)|(?:Crypto|Cryptodome)\.Hash\.(?:MD5|MD4|MD2|SHA1|SHA)\.new|(?:MD5|MD4|MD2|SHA1|SHA)\.new|cryptography\.hazmat\.primitives\.hashes\.(?:MD5|SHA1)|hashes\.(?:MD5|SHA1)|(?:Crypto|Cryptodome)\.Hash\.(?:MD5|MD4|MD2|SHA1|SHA)|md5|sha1|_md5\.md5|_sha1\.sha1)$/
/** Functions that take an algorithm name: function → index of the name argument. */
const SELECTORS: Record<string, number> = { 'hashlib.new': 0, 'hmac.new': 2, 'hmac.digest': 2, 'hashlib.pbkdf2_hmac': 0, 'hmac.HMAC': 2 }

export default defineRule({
  id: 'python/no-weak-hash',
  languages: ['python'],
  title: 'Broken hash function (MD5, MD4, MD2, SHA-1)',
  property: 'crypto.hash',
  cwe: ['CWE-327', 'CWE-328'],
  severity: 'medium',
  confidence: 'high',
  message: '{{ALG}} is a broken hash function',
  rationale:
    'MD5 and SHA-1 have practical collision attacks (forged certificates, colliding PDFs and Git objects) and are fast to brute-force, so digests used for integrity, signatures, passwords or tokens can be forged or reversed (CWE-327, CWE-328).',
  safeAlternative: 'Use hashlib.sha256 / sha3_256 / blake2b for integrity, hmac with SHA-256 for MACs, and a password hash (argon2, bcrypt, scrypt, hashlib.pbkdf2_hmac("sha256", …)) for passwords; pass usedforsecurity=False for non-security checksums.',
  match: {
    rule: {
      any: [
        { kind: 'call', has: { field: 'function', regex: '^(?s:.*?\\.)?(?:md5|sha1|MD5|MD4|MD2|SHA1|SHA|new|pbkdf2_hmac|digest|HMAC)$' } },
        // hmac.new(key, msg, hashlib.sha1), digestmod=hashlib.md5: the algorithm passed by reference.
        { kind: 'attribute', regex: '^(?s:.*?\\.)?(?:md5|sha1|MD5|SHA1)$', not: { inside: { kind: 'call', field: 'function', stopBy: 'neighbor' } } },
        { kind: 'keyword_argument', regex: '^(?:digestmod|hash_name|algorithm|digest|hashfunc)\\s*=\\s*["\']' },
      ],
    },
  },
  // An algorithm name of WEAK_NAMES as a string, or MD5/SHA1/SHA as a part of the callee or its import
  // (`SHA` as a whole part only: `sha` is in every `shape`). The matcher's `new`, `digest` and `HMAC`
  // are in every hashlib.new and hmac use.
  requires: { words: ['md5', 'md4', 'md2', 'sha1', 'sha-1', 'ripemd', "'sha'", '"sha"', ...tokenFollowedBy(['sha'], ['.', '(', ',', ')', ';'])], ignoreCase: true },
  check(node, ctx) {
    if (node.kind() === 'keyword_argument') {
      const v = strValue(node.field('value'))
      if (v === undefined || !WEAK_NAMES.test(v)) return false
      const call = node.parent()?.parent()
      if (call && call.kind() === 'call' && SELECTORS[callee(ctx, call)] !== undefined) return false // reported at the call
      return { data: { ALG: v.toUpperCase() } }
    }
    if (node.kind() === 'attribute') {
      if (node.parent()?.kind() === 'attribute') return false
      const q = qualify(ctx, node.text(), PY)
      if (!/^(?:hashlib\.(?:md5|sha1)|(?:cryptography\.hazmat\.primitives\.)?hashes\.(?:MD5|SHA1)|(?:Crypto|Cryptodome)\.Hash\.(?:MD5|SHA1))$/.test(q)) return false
      return { data: { ALG: q.split('.').at(-1)!.toUpperCase() } }
    }
    const name = callee(ctx, node)
    if (SELECTORS[name] !== undefined) {
      const alg = positional(node)[SELECTORS[name]!] ?? kwarg(node, 'digestmod') ?? kwarg(node, 'name') ?? kwarg(node, 'hash_name')
      const v = strValue(alg)
      if (v === undefined || !WEAK_NAMES.test(v)) return false
      if (kwarg(node, 'usedforsecurity')?.kind() === 'false') return false
      return { data: { ALG: v.toUpperCase() } }
    }
    if (!WEAK_CTORS.test(name)) return false
    if (/^(?:md5|sha1)$/.test(name)) return false // a local function of that name, not hashlib
    if (kwarg(node, 'usedforsecurity')?.kind() === 'false') return false
    return { data: { ALG: name.split('.').filter((p) => p !== 'new').at(-1)!.toUpperCase() } }
  },
})

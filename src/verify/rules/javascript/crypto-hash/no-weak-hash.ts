import type { SgNode } from '@ast-grep/napi'
import { defineRule } from '../../../engine/rule.js'
import { calleeText } from '../../python/_utils/common.js'
import { args, callee, imports, strValue } from '../_utils/js.js'

const WEAK = /^(?:md5|md4|md2|sha1|sha-1|sha|rsa-md5|rsa-sha1|ripemd|md5-sha1|RSA-SHA1|RSA-MD5)$/i
/** Functions taking an algorithm name: callee → index of the name. */
const SELECTORS: Array<[RegExp, number]> = [
  [/^crypto\.(?:createHash|createHmac|hash)$/, 0],
  [/^crypto\.(?:pbkdf2|pbkdf2Sync)$/, 4],
  [/^crypto\.subtle\.digest$|^(?:window\.|globalThis\.|self\.)?crypto\.subtle\.digest$|^subtle\.digest$/, 0],
  [/^crypto\.(?:createSign|createVerify|sign|verify)$/, 0],
  [/^(?:node-forge|forge)\.md\.\w+\.create$/, -1],
]
const DIRECT = /^(?:crypto-js\.(?:MD5|SHA1|HmacMD5|HmacSHA1)|CryptoJS\.(?:MD5|SHA1|HmacMD5|HmacSHA1)|crypto-js\/md5|crypto-js\/sha1|md5|blueimp-md5|md5-hex|js-md5|sha1|js-sha1|(?:node-forge|forge)\.md\.(?:md5|sha1)\.create|hash\.js\.sha1|hash-wasm\.(?:md5|sha1)|spark-md5\.hash|object-hash\.MD5|object-hash\.sha1)$/

export default defineRule({
  id: 'javascript/no-weak-hash',
  languages: ['javascript', 'typescript'],
  title: 'Broken hash function (MD5, MD4, SHA-1)',
  property: 'crypto.hash',
  cwe: ['CWE-327', 'CWE-328'],
  severity: 'medium',
  confidence: 'high',
  message: '{{ALG}} is a broken hash function',
  rationale:
    'MD5 and SHA-1 collisions can be computed cheaply and both are fast to brute-force, so digests used for integrity, signatures, tokens or passwords can be forged or reversed (CWE-327, CWE-328).',
  safeAlternative: 'Use SHA-256 or better (crypto.createHash("sha256"), crypto.subtle.digest("SHA-256")), HMAC-SHA-256 for MACs, and scrypt/argon2/bcrypt for passwords.',
  match: {
    rule: {
      any: [
        { kind: 'call_expression', has: { field: 'function', regex: '^(?s:.*?\\.)?(?:createHash|createHmac|hash|pbkdf2|pbkdf2Sync|digest|createSign|createVerify|sign|verify|MD5|SHA1|HmacMD5|HmacSHA1|md5|sha1|create)$' } },
        // WebCrypto algorithm objects: { name: 'HMAC', hash: 'SHA-1' }.
        { kind: 'pair', all: [{ has: { field: 'key', regex: '^["\']?hash["\']?$' } }, { has: { field: 'value', regex: '(?i-u)^["\'`](?:sha-?1|md5)["\'`]$' } }] },
      ],
    },
  },
  // The weak algorithms of WEAK and DIRECT; `sha` alone is weak as a quoted name or as forge's md.sha.
  requires: { words: ['md2', 'md4', 'md5', 'sha1', 'sha-1', "'sha'", '"sha"', '`sha`', 'ripemd', 'forge'], ignoreCase: true },
  check(node, ctx) {
    if (node.kind() === 'pair') return { data: { ALG: strValue(node.field('value'))!.toUpperCase() } }
    const name = callee(ctx, node)
    const a = args(ctx, node)
    for (const [re, idx] of SELECTORS) {
      if (!re.test(name)) continue
      if (idx < 0) {
        const m = /\.md\.(\w+)\.create$/.exec(name)
        return m && WEAK.test(m[1]!) ? { data: { ALG: m[1]!.toUpperCase() } } : false
      }
      const alg: SgNode | undefined = a[idx]
      const v = strValue(alg) ?? (alg?.kind() === 'object' ? undefined : undefined)
      if (v === undefined || !WEAK.test(v)) return false
      return { data: { ALG: v.toUpperCase() } }
    }
    if (!DIRECT.test(name)) return false
    // A local md5()/sha1() helper without an import is not evidence of the algorithm.
    if (/^(?:md5|sha1)$/.test(name) && !imports(ctx).names.has(calleeText(ctx, node))) return false
    return { data: { ALG: /sha1/i.test(name) ? 'SHA1' : 'MD5' } }
  },
})

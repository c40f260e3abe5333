import { defineRule } from '../../../engine/rule.js'
import { args, callName, receiver, stringValue } from '../_utils/managed.js'

export default defineRule({
  id: 'java/no-weak-hash-helper',
  languages: ['java'],
  title: 'MD5 or SHA-1 through a hashing helper or signature',
  property: 'crypto.hash',
  cwe: ['CWE-327', 'CWE-328'],
  severity: 'medium',
  confidence: 'high',
  message: '{{CALL}} computes an {{ALGO}} digest, a broken hash function',
  rationale:
    'Commons-codec DigestUtils.md5Hex/sha1Hex, Guava Hashing.md5/sha1, Spring DigestUtils.md5Digest and SHA1withRSA / MD5withRSA signatures all rest on hash functions with practical collision attacks, so tokens, integrity checks and signatures built on them can be forged (CWE-327, CWE-328).',
  safeAlternative: 'Use DigestUtils.sha256Hex, Hashing.sha256(), or SHA256withRSA / SHA256withECDSA signatures; for passwords use BCrypt or Argon2.',
  match: {
    rule: {
      kind: 'method_invocation',
      has: { field: 'name', regex: '^(md5|md5Hex|md2|md2Hex|sha|shaHex|sha1|sha1Hex|md5Digest|md5DigestAsHex|appendMd5DigestAsHex|getMd5Digest|getMd2Digest|getSha1Digest|getShaDigest|getInstance)$' },
    },
  },
  // the receivers check accepts; the derived `sha` is part of `shared`, and `getInstance` is everywhere
  requires: { words: ['DigestUtils', 'Hashing', 'Signature'] },
  check(node, ctx) {
    const name = callName(node)
    const recv = receiver(node)?.text().replace(/\s+/g, '') ?? ''
    if (name === 'getInstance') {
      if (!/^(?:java\.security\.)?Signature$/.test(recv)) return false
      const alg = args(node)[0]
      const value = alg ? stringValue(alg, ctx) : undefined
      if (!value || !/^(?:MD2|MD5|SHA1|SHA-1)with/i.test(value)) return false
      return { data: { CALL: 'Signature.getInstance', ALGO: value.replace(/with.*$/i, '') } }
    }
    if (!/(?:^|\.)(?:DigestUtils|Hashing)$/.test(recv)) return false
    if (/^(?:md5|sha1|md2|sha)$/.test(name) && /Hashing$/.test(recv) === false && args(node).length === 0) return false
    return { data: { CALL: `${recv.replace(/^.*\./, '')}.${name}`, ALGO: /md5/i.test(name) ? 'MD5' : /md2/i.test(name) ? 'MD2' : 'SHA-1' } }
  },
})

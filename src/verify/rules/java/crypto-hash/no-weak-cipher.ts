import { defineRule } from '../../../engine/rule.js'
import { args, callName, receiver, stringValue } from '../_utils/managed.js'

const BROKEN = /^(?:DES|DESede|TripleDES|3DES|DESedeWrap|RC2|RC4|ARCFOUR|ARC4|Blowfish|IDEA|PBEWith\w*(?:DES|RC2|RC4)\w*)(?:\/|$)/i

/** Why a transformation string is weak, or undefined. */
export function weakTransformation(value: string, allowBareAes: boolean): string | undefined {
  const v = value.trim()
  if (BROKEN.test(v)) return v.split('/')[0]
  if (/\/ECB\//i.test(v) || /\/ECB$/i.test(v)) return 'ECB mode'
  if (!allowBareAes && /^AES$/i.test(v)) return 'AES with the provider default ECB mode'
  return undefined
}

export default defineRule({
  id: 'java/no-weak-cipher',
  languages: ['java'],
  title: 'Broken cipher or ECB mode',
  property: 'crypto.hash',
  cwe: ['CWE-327'],
  severity: 'high',
  confidence: 'high',
  message: '{{CALL}} selects {{ALGO}}',
  rationale:
    'DES and 3DES have 56/112-bit security and 64-bit blocks (Sweet32), RC2/RC4/Blowfish are broken, and ECB mode encrypts equal blocks to equal ciphertext so patterns and whole records leak; "AES" alone in Java means AES/ECB/PKCS5Padding (CWE-327).',
  safeAlternative: 'Use an authenticated mode: Cipher.getInstance("AES/GCM/NoPadding") with a fresh 12-byte IV per message (or ChaCha20-Poly1305).',
  match: {
    rule: {
      any: [
        { kind: 'method_invocation', has: { field: 'name', regex: '^getInstance$' } },
        { kind: 'object_creation_expression', has: { field: 'type', regex: '^(javax\\.crypto\\.spec\\.)?(SecretKeySpec|DESKeySpec|DESedeKeySpec)$' } },
      ],
    },
  },
  check(node, ctx) {
    const a = args(node)
    if (node.kind() === 'object_creation_expression') {
      const name = callName(node)
      if (name !== 'SecretKeySpec') return { data: { CALL: `new ${name}`, ALGO: name.replace(/KeySpec$/, '') } }
      const alg = a.at(-1)
      const value = alg ? stringValue(alg, ctx) : undefined
      const why = value ? weakTransformation(value, true) : undefined
      return why ? { data: { CALL: 'new SecretKeySpec', ALGO: why } } : false
    }
    const recv = receiver(node)?.text().replace(/\s+/g, '') ?? ''
    const m = /(?:^|\.)(Cipher|KeyGenerator|SecretKeyFactory)$/.exec(recv)
    if (!m || !a[0]) return false
    const value = stringValue(a[0], ctx)
    if (value === undefined) return false
    const why = weakTransformation(value, m[1] !== 'Cipher')
    return why ? { data: { CALL: `${m[1]}.getInstance`, ALGO: why } } : false
  },
})

import { defineRule } from '../../../engine/rule.js'
import { calleeText, qualify } from '../_utils/common.js'
import { callee, importedFrom, PY } from '../_utils/py.js'

const BROKEN =
  /^(?:(?:Crypto|Cryptodome)\.Cipher\.(?:DES|DES3|ARC4|ARC2|Blowfish|CAST|XOR)\.new|(?:DES|DES3|ARC4|ARC2|Blowfish|CAST|XOR)\.new|(?:cryptography\.hazmat\.primitives\.ciphers\.|cryptography\.hazmat\.decrepit\.ciphers\.)?algorithms\.(?:TripleDES|ARC4|Blowfish|IDEA|CAST5|SEED|RC4)|pyDes\.(?:des|triple_des)|Crypto\.Cipher\.(?:DES|DES3|ARC4)|(?:cryptography\.hazmat\.primitives\.ciphers\.)?modes\.ECB|rc4\.RC4|arc4\.ARC4)$/

export default defineRule({
  id: 'python/no-broken-cipher',
  languages: ['python'],
  title: 'Broken cipher or ECB mode',
  property: 'crypto.hash',
  cwe: ['CWE-327'],
  severity: 'high',
  confidence: 'high',
  message: '{{ALG}} is a broken cipher or mode',
  rationale:
    'DES and RC2 keys are brute-forced in hours, 3DES and Blowfish have 64-bit blocks open to Sweet32 collisions, RC4 has biased output, and ECB mode encrypts equal blocks to equal ciphertext, leaking the structure of the plaintext (CWE-327).',
  safeAlternative: 'Use an authenticated mode of AES or ChaCha20: cryptography\'s AESGCM / ChaCha20Poly1305 or Fernet, or pycryptodome AES.new(key, AES.MODE_GCM).',
  match: {
    rule: {
      any: [
        { kind: 'call', has: { field: 'function', regex: '^(?s:.*?\\.)?(?:new|TripleDES|ARC4|Blowfish|IDEA|CAST5|SEED|RC4|des|triple_des|ECB)$' } },
        { kind: 'attribute', regex: '^(?s:.*?\\.)?MODE_ECB$' },
      ],
    },
  },
  // Each name of BROKEN has its cipher, mode or module (pyDes) as a part, in the callee or its import;
  // `new` alone is in every file. DES covers DES3 and TripleDES, RC4 ARC4, CAST CAST5, ECB MODE_ECB.
  requires: { words: ['DES', 'ARC2', 'RC4', 'Blowfish', 'CAST', 'XOR', 'IDEA', 'SEED', 'pyDes', 'ECB'] },
  check(node, ctx) {
    if (node.kind() === 'attribute') {
      // DES.new(key, DES.MODE_ECB): reported once, at the cipher.
      const call = node.parent()?.parent()
      if (call?.kind() === 'call' && BROKEN.test(callee(ctx, call))) return false
      return { data: { ALG: 'ECB mode' } }
    }
    const name = callee(ctx, node)
    if (!BROKEN.test(name)) {
      const bare = calleeText(ctx, node)
      if (!(/^(?:des|triple_des)$/.test(bare) && importedFrom(ctx, bare, /^pyDes$/))) return false
    }
    const alg = qualify(ctx, name, PY).replace(/\.new$/, '').split('.').at(-1)!
    return { data: { ALG: alg === 'ECB' ? 'ECB mode' : alg } }
  },
})

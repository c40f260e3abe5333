import { defineRule } from '../../../engine/rule.js'
import { firstOnLine } from '../_utils/shared.js'

const WEAK_TYPES = /^(?:Des|TdesEde3|TdesEde2|TdesEee3|TdesEee2|Rc4|Rc2|Blowfish|BlowfishLE|Ecb|EcbEncryptor|EcbDecryptor)$/
const WEAK_PATHS =
  /^(?:(?:\w+::)*(?:Des|TdesEde3|TdesEde2|TdesEee3|TdesEee2|Rc4|Rc2|Blowfish)(?:::<[^>]*>)?::\w+|(?:\w+::)*ecb::(?:Encryptor|Decryptor)(?:::<[^>]*>)?(?:::\w+)?|(?:\w+::)*Cipher::(?:des_\w+|rc4|rc2_\w+|bf_\w+|aes_\d+_ecb|des_ede3\w*|camellia_\d+_ecb)|(?:\w+::)*Symm::(?:DES|RC4|TDES|BF)\w*)$/

export default defineRule({
  id: 'rust/no-weak-cipher',
  languages: ['rust'],
  title: 'Broken cipher or ECB mode',
  property: 'crypto.hash',
  cwe: ['CWE-327'],
  severity: 'high',
  confidence: 'high',
  message: '{{WHAT}} uses a broken cipher or the ECB mode',
  rationale:
    'DES and 3DES have 56/112-bit security and 64-bit blocks (Sweet32), RC4 and RC2 leak their keystream, Blowfish has 64-bit blocks, and ECB encrypts equal blocks to equal ciphertext so patterns in the data stay visible; data protected this way can be read or forged (CWE-327).',
  safeAlternative: 'Use an authenticated cipher: AES-256-GCM (`aes_gcm::Aes256Gcm`) or ChaCha20-Poly1305 with a random nonce per message.',
  match: {
    rule: {
      any: [
        { kind: 'scoped_identifier', regex: '(?:Des|Tdes|Rc4|Rc2|Blowfish|ecb|Cipher|Symm)', not: { inside: { kind: 'use_declaration' } } },
        { kind: 'type_identifier', regex: WEAK_TYPES.source, inside: { kind: 'type_arguments' }, not: { inside: { kind: 'use_declaration' } } },
      ],
    },
  },
  check(node, ctx) {
    if (node.kind() === 'scoped_identifier') {
      if (node.parent()?.kind() === 'scoped_identifier') return false
      if (!WEAK_PATHS.test(node.text().replace(/\s+/g, ''))) return false
    }
    if (!firstOnLine('rust/no-weak-cipher', node, ctx)) return false
    const parent = node.parent()
    const reported = parent?.kind() === 'call_expression' && parent.field('function')?.id() === node.id() ? parent : node
    return { node: reported, data: { WHAT: node.text() } }
  },
})

import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'from Crypto.Cipher import AES\ndef enc(key, data):\n    return AES.new(key, AES.MODE_GCM).encrypt_and_digest(data)',
    'from cryptography.hazmat.primitives.ciphers.aead import AESGCM\naead = AESGCM(AESGCM.generate_key(bit_length=256))',
    '# DES.new(key) is broken\nNOTE = "MODE_ECB leaks patterns"',
    'class Box:\n    def new(self):\n        return 1\nBox().new()',
    'from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\nc = Cipher(algorithms.AES(b"k" * 32), modes.CBC(b"i" * 16))',
  ],
  invalid: [
    { code: 'from Crypto.Cipher import DES\ncipher = DES.new(b"8bytekey", DES.MODE_ECB)', line: 2 },
    { code: 'from Crypto.Cipher import AES\ndef enc(key):\n    return AES.new(key, AES.MODE_ECB)', line: 3 },
    { code: 'from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\nc = Cipher(algorithms.AES(b"k" * 32), modes.ECB())', line: 2 },
    { code: 'from Crypto.Cipher import ARC4\ndef f(key):\n    return ARC4.new(key)', line: 3 },
    { code: 'from cryptography.hazmat.primitives.ciphers import algorithms\nalg = algorithms.TripleDES(b"k" * 24)', line: 2 },
  ],
})

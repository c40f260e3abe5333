import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import hashlib\ndigest = hashlib.sha256(b"data").hexdigest()',
    'import hashlib\netag = hashlib.md5(b"body", usedforsecurity=False).hexdigest()',
    '# hashlib.md5 is broken\nALG_NOTE = "we moved away from md5"',
    'import hmac, hashlib\nmac = hmac.new(b"k" * 32, b"msg", hashlib.sha256).hexdigest()',
    'def md5(x):\n    return x\nmd5("a")',
    'import hashlib\nh = hashlib.new("sha3_256", b"x")',
    'class Sig:\n    sha1 = None\ns = Sig()\nprint(s.sha1)',
  ],
  invalid: [
    { code: 'import hashlib\ndef token_hash(t):\n    return hashlib.md5(t.encode()).hexdigest()', line: 3 },
    { code: 'import hashlib\nh = hashlib.new("sha1")', line: 2 },
    { code: 'import hmac, hashlib\ndef sign(key, body):\n    return hmac.new(key, body, hashlib.sha1).hexdigest()', line: 3 },
    { code: 'from Crypto.Hash import MD5\nh = MD5.new(b"data")', line: 2 },
    { code: 'from cryptography.hazmat.primitives import hashes\ndigest = hashes.Hash(hashes.SHA1())', line: 2 },
    { code: 'from hashlib import sha1\nfp = sha1(b"cert").hexdigest()', line: 2 },
    { code: 'import hmac\ndef sign(key, body):\n    return hmac.new(key, body, digestmod="md5")', line: 3 },
  ],
})

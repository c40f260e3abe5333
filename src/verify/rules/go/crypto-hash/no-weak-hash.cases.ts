import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'package main\n\nimport "crypto/sha256"\n\nfunc h(b []byte) [32]byte {\n\treturn sha256.Sum256(b)\n}',
    'package main\n\n// md5.Sum(data) is too weak\nfunc label() string {\n\treturn "md5.New()"\n}',
    'package main\n\ntype sums struct{ md5 string }\n\nfunc f(s sums) string {\n\treturn s.md5\n}',
    'package main\n\nimport (\n\t"crypto"\n\t"crypto/rsa"\n)\n\nfunc sign(k *rsa.PrivateKey, d []byte) ([]byte, error) {\n\treturn rsa.SignPKCS1v15(nil, k, crypto.SHA256, d)\n}',
  ],
  invalid: [
    { code: 'package main\n\nimport (\n\t"crypto/md5"\n\t"encoding/hex"\n)\n\nfunc etag(b []byte) string {\n\tsum := md5.Sum(b)\n\treturn hex.EncodeToString(sum[:])\n}', line: 9 },
    { code: 'package main\n\nimport (\n\t"crypto/hmac"\n\t"crypto/sha1"\n)\n\nfunc sign(key, msg []byte) []byte {\n\tm := hmac.New(sha1.New, key)\n\tm.Write(msg)\n\treturn m.Sum(nil)\n}', line: 9 },
    { code: 'package main\n\nimport (\n\t"crypto"\n\t"crypto/rsa"\n)\n\nfunc sign(k *rsa.PrivateKey, d []byte) ([]byte, error) {\n\treturn rsa.SignPKCS1v15(nil, k, crypto.SHA1, d)\n}', line: 9 },
    { code: 'package main\n\nimport "crypto/sha1"\n\nfunc fp(b []byte) []byte {\n\th := sha1.New()\n\th.Write(b)\n\treturn h.Sum(nil)\n}', line: 6 },
  ],
})

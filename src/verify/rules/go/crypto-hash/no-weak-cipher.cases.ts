import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'package main\n\nimport "crypto/aes"\n\nfunc one(key, blk []byte) []byte {\n\tblock, _ := aes.NewCipher(key)\n\tout := make([]byte, 16)\n\tblock.Encrypt(out, blk)\n\treturn out\n}',
    'package main\n\nimport (\n\t"crypto/aes"\n\t"crypto/cipher"\n)\n\nfunc gcm(key []byte) (cipher.AEAD, error) {\n\tb, err := aes.NewCipher(key)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\treturn cipher.NewGCM(b)\n}',
    'package main\n\n// des.NewCipher(key) is broken\nfunc f() string {\n\treturn "rc4.NewCipher"\n}',
    'package main\n\ntype des struct{}\n\nfunc (des) NewCipher() {}\n\nfunc f(d des) {\n\td.NewCipher()\n}',
  ],
  invalid: [
    { code: 'package main\n\nimport "crypto/aes"\n\nfunc encECB(key, data []byte) []byte {\n\tblock, _ := aes.NewCipher(key)\n\tout := make([]byte, len(data))\n\tfor i := 0; i < len(data); i += aes.BlockSize {\n\t\tblock.Encrypt(out[i:i+aes.BlockSize], data[i:i+aes.BlockSize])\n\t}\n\treturn out\n}', line: 9 },
    { code: 'package main\n\nimport "crypto/des"\n\nfunc enc(key []byte) {\n\tblock, _ := des.NewTripleDESCipher(key)\n\t_ = block\n}', line: 6 },
    { code: 'package main\n\nimport "crypto/rc4"\n\nfunc enc(key, data []byte) {\n\tc, _ := rc4.NewCipher(key)\n\tc.XORKeyStream(data, data)\n}', line: 6 },
    { code: 'package main\n\nimport "golang.org/x/crypto/blowfish"\n\nfunc enc(key []byte) {\n\tb, _ := blowfish.NewCipher(key)\n\t_ = b\n}', line: 6 },
  ],
})

import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'package main\n\nimport (\n\t"crypto/rand"\n\t"encoding/hex"\n)\n\nfunc newToken() string {\n\tb := make([]byte, 32)\n\trand.Read(b)\n\treturn hex.EncodeToString(b)\n}',
    'package main\n\nimport (\n\t"math/rand"\n\t"time"\n)\n\nfunc backoff(attempt int) time.Duration {\n\tjitter := rand.Intn(100)\n\treturn time.Duration(attempt*100+jitter) * time.Millisecond\n}',
    'package main\n\nimport "math/rand"\n\nfunc shuffleDeck(cards []int) {\n\trand.Shuffle(len(cards), func(i, j int) { cards[i], cards[j] = cards[j], cards[i] })\n}',
    'package main\n\n// rand.Intn for a session token is insecure\nfunc sessionDoc() string {\n\treturn "rand.Intn(10)"\n}',
    'package main\n\nimport (\n\tcrand "crypto/rand"\n\t"math/big"\n)\n\nfunc otpCode() (*big.Int, error) {\n\treturn crand.Int(crand.Reader, big.NewInt(1000000))\n}',
  ],
  invalid: [
    { code: 'package main\n\nimport "math/rand"\n\nconst letters = "abcdefghijklmnopqrstuvwxyz0123456789"\n\nfunc generateToken(n int) string {\n\tb := make([]byte, n)\n\tfor i := range b {\n\t\tb[i] = letters[rand.Intn(len(letters))]\n\t}\n\treturn string(b)\n}', line: 10 },
    { code: 'package main\n\nimport (\n\t"fmt"\n\t"math/rand"\n)\n\nfunc register(email string) {\n\tverificationCode := fmt.Sprintf("%06d", rand.Intn(1000000))\n\tsend(email, verificationCode)\n}', line: 9 },
    { code: 'package main\n\nimport (\n\t"math/rand"\n\t"time"\n)\n\nvar rng = rand.New(rand.NewSource(time.Now().UnixNano()))\n\nfunc newSessionID() int64 {\n\treturn rng.Int63()\n}', line: 11 },
    { code: 'package main\n\nimport "math/rand"\n\nfunc randomString(n int) string {\n\tb := make([]rune, n)\n\tfor i := range b {\n\t\tb[i] = rune(97 + rand.Intn(26))\n\t}\n\treturn string(b)\n}\n\nfunc createUser() {\n\tapiKey := randomString(40)\n\t_ = apiKey\n}', line: 8 },
  ],
})

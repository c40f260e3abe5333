import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'package main\n\nimport "crypto/tls"\n\nvar cfg = &tls.Config{MinVersion: tls.VersionTLS12}\n',
    'package main\n\nimport (\n\t"crypto/tls"\n\t"fmt"\n)\n\nfunc name(v uint16) {\n\tif v == tls.VersionTLS10 {\n\t\tfmt.Println("TLS 1.0")\n\t}\n}',
    'package main\n\n// MinVersion: tls.VersionTLS10 is too old\nfunc f() string {\n\treturn "tls.VersionTLS10"\n}',
  ],
  invalid: [
    { code: 'package main\n\nimport "crypto/tls"\n\nvar cfg = &tls.Config{MinVersion: tls.VersionTLS10}\n', line: 5, output: 'package main\n\nimport "crypto/tls"\n\nvar cfg = &tls.Config{MinVersion: tls.VersionTLS12}\n' },
    { code: 'package main\n\nimport "crypto/tls"\n\nfunc cfg() *tls.Config {\n\tc := &tls.Config{}\n\tc.MinVersion = tls.VersionTLS11\n\treturn c\n}', line: 7, output: 'package main\n\nimport "crypto/tls"\n\nfunc cfg() *tls.Config {\n\tc := &tls.Config{}\n\tc.MinVersion = tls.VersionTLS12\n\treturn c\n}' },
    { code: 'package main\n\nimport "crypto/tls"\n\nvar cfg = &tls.Config{\n\tMinVersion: tls.VersionSSL30,\n}\n', line: 6, output: 'package main\n\nimport "crypto/tls"\n\nvar cfg = &tls.Config{\n\tMinVersion: tls.VersionTLS12,\n}\n' },
  ],
})

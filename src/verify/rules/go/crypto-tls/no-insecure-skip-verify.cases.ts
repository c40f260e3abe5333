import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'package main\n\nimport "crypto/tls"\n\nvar cfg = &tls.Config{MinVersion: tls.VersionTLS12}\n',
    'package main\n\nimport "crypto/tls"\n\nvar cfg = &tls.Config{InsecureSkipVerify: false}\n',
    'package main\n\n// InsecureSkipVerify: true is forbidden\nfunc f() string {\n\treturn "InsecureSkipVerify: true"\n}',
    'package main\n\ntype opts struct{ SkipVerify bool }\n\nvar o = opts{SkipVerify: true}\n',
  ],
  invalid: [
    {
      code: 'package main\n\nimport (\n\t"crypto/tls"\n\t"net/http"\n)\n\nvar client = &http.Client{Transport: &http.Transport{\n\tTLSClientConfig: &tls.Config{InsecureSkipVerify: true},\n}}\n',
      line: 9,
      output: 'package main\n\nimport (\n\t"crypto/tls"\n\t"net/http"\n)\n\nvar client = &http.Client{Transport: &http.Transport{\n\tTLSClientConfig: &tls.Config{InsecureSkipVerify: false},\n}}\n',
    },
    {
      code: 'package main\n\nimport "crypto/tls"\n\nfunc cfg() *tls.Config {\n\tc := &tls.Config{}\n\tc.InsecureSkipVerify = true\n\treturn c\n}',
      line: 7,
      output: 'package main\n\nimport "crypto/tls"\n\nfunc cfg() *tls.Config {\n\tc := &tls.Config{}\n\tc.InsecureSkipVerify = false\n\treturn c\n}',
    },
    {
      code: 'package main\n\nimport "crypto/tls"\n\nfunc dial(addr string) (*tls.Conn, error) {\n\treturn tls.Dial("tcp", addr, &tls.Config{\n\t\tInsecureSkipVerify: true, // self-signed in dev\n\t})\n}',
      line: 7,
      output: 'package main\n\nimport "crypto/tls"\n\nfunc dial(addr string) (*tls.Conn, error) {\n\treturn tls.Dial("tcp", addr, &tls.Config{\n\t\tInsecureSkipVerify: false, // self-signed in dev\n\t})\n}',
    },
  ],
})

import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'class A {\n  string Key = System.Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID");\n}',
    'class A {\n  string Sample = "AKIAIOSFODNN7EXAMPLE";\n}',
    '// AKIAZ7QWERTYUIOPASDF was rotated\nclass A { string Prefix = "AKIA"; }',
    'class A {\n  string Header = "-----BEGIN CERTIFICATE-----";\n}',
  ],
  invalid: [
    { code: 'class A {\n  const string AwsKey = "AKIAZ7QWERTYUIOPASDF";\n}', line: 2 },
    { code: 'class A {\n  string Pem = @"-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC";\n}', line: 2 },
    { code: 'class A {\n  void F(Client c) => c.Auth("xoxb-1234567890-abcdefghijkl");\n}', line: 2 },
  ],
})

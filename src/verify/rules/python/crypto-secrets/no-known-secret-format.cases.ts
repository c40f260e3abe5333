import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import os\naws_key = os.environ["AWS_ACCESS_KEY_ID"]',
    'EXAMPLE = "AKIAXXXXXXXXXXXXXXXX"',
    '# AKIAIOSFODNN7EXAMPLE is the documentation key\nx = 1',
    'PREFIX = "ghp_"',
    'pem_header = "-----BEGIN PUBLIC KEY-----"',
  ],
  invalid: [
    { code: 'client = make_client(key="AKIA2OGYBAH6STMJ2N3Q")', line: 1 },
    { code: 'KEY = """-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----"""', line: 1 },
    { code: 'def headers():\n    return {"Authorization": "token ghp_1A2b3C4d5E6f7G8h9I0jK1l2M3n4O5p6Q7r8"}', line: 2 },
    { code: 'import stripe\nstripe.api_key = "sk_live_4eC39HqLyjWDarjtT1zdp7dc"', line: 2 },
    { code: 'SLACK = "xoxb-123456789012-abcdefghijkl"', line: 1 },
  ],
})

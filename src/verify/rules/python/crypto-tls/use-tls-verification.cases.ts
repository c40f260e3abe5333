import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import requests\nr = requests.get("https://api.example.com", verify=True)',
    'import requests\nr = requests.get("https://internal", verify="/etc/ssl/ca.pem")',
    '# requests.get(url, verify=False) is insecure\nprint("verify=False")',
    'import jwt\ndef f(t, k):\n    return jwt.decode(t, k, verify=False)',
    'def f(verify=False):\n    return verify',
  ],
  invalid: [
    { code: 'import requests\nr = requests.get("https://api.example.com", verify=False)', line: 2, output: 'import requests\nr = requests.get("https://api.example.com", verify=True)' },
    { code: 'import httpx\nclient = httpx.Client(\n    base_url="https://x",\n    verify=False,\n)', line: 4, output: 'import httpx\nclient = httpx.Client(\n    base_url="https://x",\n    verify=True,\n)' },
    { code: 'import requests\ndef f(url, data):\n    return requests.post(url, json=data, verify=False, timeout=5)', line: 3 },
  ],
})

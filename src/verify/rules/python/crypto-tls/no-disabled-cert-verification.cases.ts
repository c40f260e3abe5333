import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import requests\nr = requests.get("https://api.example.com", verify=True)',
    'import requests\nr = requests.get("https://internal", verify="/etc/ssl/internal-ca.pem")',
    'import ssl\nctx = ssl.create_default_context()',
    '# verify=False disables TLS checks\nprint("ssl.CERT_NONE")',
    'import jwt\ndef f(t):\n    return jwt.decode(t, options={"verify_signature": True}, verify=False)',
    'import redis\nr = redis.Redis(host="cache", ssl=False)',
    'import ssl\nctx = ssl.create_default_context()\nctx.verify_mode = ssl.CERT_REQUIRED',
    'import ssl\ndef f(ctx, s, host):\n    return ctx.wrap_socket(s, server_hostname=host)',
    'import ssl, socket\ns = ssl.wrap_socket(socket.socket(), cert_reqs=ssl.CERT_REQUIRED, ca_certs="/etc/ca.pem")',
  ],
  invalid: [
    { code: 'import ssl\nctx = ssl.create_default_context()\nctx.check_hostname = False\n', line: 3 },
    { code: 'import ssl\nctx = ssl.create_default_context()\nctx.verify_mode = ssl.CERT_NONE', line: 3 },
    { code: 'import ssl, urllib.request\nresp = urllib.request.urlopen("https://x", context=ssl._create_unverified_context())', line: 2 },
    { code: 'import aiohttp\nasync def f(url):\n    async with aiohttp.ClientSession() as s:\n        return await s.get(url, ssl=False)', line: 4 },
    { code: 'import urllib3\nhttp = urllib3.PoolManager(cert_reqs="CERT_NONE")', line: 2 },
    { code: 'import requests\ns = requests.Session()\ns.verify = False', line: 3 },
    { code: 'import socket, ssl\ndef connect(host):\n    s = socket.create_connection((host, 443))\n    return ssl.wrap_socket(s)', line: 4 },
  ],
})

import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import requests\ndef fetch(url):\n    return requests.get(url, timeout=5)',
    'import requests\nfrom flask import request\ndef user():\n    uid = request.args["id"]\n    return requests.get("https://api.example.com/users/" + uid).json()',
    'import requests\nAPI = "https://api.example.com"\nfrom flask import request\ndef user():\n    return requests.get(f"{API}/users/{request.args[\'id\']}").json()',
    'import requests\nfrom urllib.parse import urlparse\nfrom flask import request, abort\nALLOWED_HOSTS = {"img.example.com"}\ndef proxy():\n    url = request.args["url"]\n    if urlparse(url).hostname not in ALLOWED_HOSTS:\n        abort(400)\n    return requests.get(url).content',
    '# requests.get(request.args["url"]) is SSRF\nprint("urlopen(url)")',
    'import redis\nfrom flask import request\nclient = redis.Redis()\ndef f():\n    return client.get(request.args["key"])',
    'from flask import request\ndef f():\n    d = {}\n    return d.get(request.args["k"])',
  ],
  invalid: [
    { code: 'import requests\nfrom flask import request\ndef proxy():\n    url = request.args.get("url")\n    return requests.get(url, timeout=5).text', line: 5 },
    { code: 'from urllib.request import urlopen\nimport sys\ndata = urlopen(sys.argv[1]).read()', line: 3 },
    { code: 'import httpx\nfrom flask import request\nasync def hook():\n    async with httpx.AsyncClient() as client:\n        await client.post(request.json["callback"], json={})', line: 5 },
    { code: 'import socket\nfrom flask import request\ndef probe():\n    s = socket.socket()\n    s.connect((request.args["host"], 80))', line: 5 },
    { code: 'import requests\nfrom flask import request\ndef f():\n    host = request.args["host"]\n    return requests.get("http://" + host + "/status")', line: 5 },
    { code: 'import requests\nsession = requests.Session()\nfrom flask import request\ndef f():\n    return session.get(request.form["target"])', line: 5 },
  ],
})

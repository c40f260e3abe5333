import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'from flask import request, abort\nMAX = 1000\ndef f():\n    n = int(request.args["n"])\n    if n > MAX:\n        abort(400)\n    return bytearray(n)',
    'from flask import request\ndef f():\n    n = min(int(request.args["n"]), 100)\n    return [0] * n',
    'def f(n):\n    return bytearray(n)',
    'buf = bytearray(4096)',
    '# bytearray(int(request.args["n"])) is a DoS\nprint("range(n)")',
    'from flask import request\ndef f():\n    data = bytes(request.data)\n    return data',
    'from flask import request\ndef f():\n    for i in range(10):\n        print(request.args["x"])',
  ],
  invalid: [
    { code: 'from flask import request\ndef f():\n    n = int(request.args["n"])\n    return bytearray(n)', line: 4 },
    { code: 'from flask import request\ndef f():\n    width = int(request.args.get("w", 10))\n    return "-" * width', line: 4 },
    { code: 'import sys\nfor i in range(int(sys.argv[1])):\n    print(i)', line: 2 },
    { code: 'from http.server import BaseHTTPRequestHandler\nclass H(BaseHTTPRequestHandler):\n    def do_POST(self):\n        length = int(self.headers["Content-Length"])\n        body = self.rfile.read(length)\n        return body', line: 5 },
    { code: 'import asyncio\nclass Proto(asyncio.Protocol):\n    def data_received(self, data):\n        size = int.from_bytes(data[:4], "big")\n        self.buf = bytearray(size)', line: 5 },
    { code: 'import numpy as np\nfrom flask import request\ndef f():\n    return np.zeros(int(request.json["size"]))', line: 4 },
  ],
})

import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'from flask import request\nMAX_BODY = 1 << 20\ndef f():\n    return request.stream.read(MAX_BODY)',
    'from flask import request\ndef f():\n    return request.get_json()',
    '# request.stream.read() is unbounded\nprint("request.stream.read()")',
    'def f(fh):\n    return fh.read()',
    'from flask import request\ndef f():\n    return request.stream.read(65536)',
  ],
  invalid: [
    { code: 'from flask import request\ndef upload():\n    body = request.stream.read()\n    return str(len(body))', line: 3 },
    { code: 'def app(environ, start_response):\n    body = environ["wsgi.input"].read()\n    start_response("200 OK", [])\n    return [body]', line: 2 },
    { code: 'from http.server import BaseHTTPRequestHandler\nclass H(BaseHTTPRequestHandler):\n    def do_POST(self):\n        data = self.rfile.read()\n        self.wfile.write(data)', line: 4 },
  ],
})

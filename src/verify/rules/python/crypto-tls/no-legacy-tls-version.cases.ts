import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import ssl\nctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)',
    'import ssl\nctx = ssl.create_default_context()\nctx.minimum_version = ssl.TLSVersion.TLSv1_2',
    '# ssl.PROTOCOL_TLSv1 is obsolete\nprint("PROTOCOL_SSLv3")',
    'import ssl\nctx = ssl.create_default_context()\nctx.minimum_version = ssl.TLSVersion.TLSv1_3',
    'class P:\n    TLSv1 = 1\nprint(P.TLSv1)',
  ],
  invalid: [
    { code: 'import ssl\nctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)', line: 2 },
    { code: 'import ssl\nctx = ssl.create_default_context()\nctx.minimum_version = ssl.TLSVersion.TLSv1', line: 3 },
    { code: 'import ssl, socket\ns = ssl.wrap_socket(socket.socket(), ssl_version=ssl.PROTOCOL_SSLv3)', line: 2 },
    { code: 'from OpenSSL import SSL\nctx = SSL.Context(SSL.TLSv1_1_METHOD)', line: 2 },
  ],
})

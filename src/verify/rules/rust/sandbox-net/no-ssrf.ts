import type { SgNode } from '@ast-grep/napi'
import { defineRule } from '../../../engine/rule.js'
import { hasAllowListCheck, hasConstantHostPrefix, isExternalValue } from '../_utils/shared.js'

/** Free functions that fetch a URL or open a connection: callee → index of the URL or address. */
const FUNCTIONS: Array<[RegExp, number]> = [
  [/^(?:reqwest::(?:blocking::)?get|ureq::(?:get|post|put|delete|head|patch)|surf::(?:get|post|put|delete|head|patch)|isahc::(?:get|post|put|delete|head)(?:_async)?|attohttpc::(?:get|post|put|delete|head|patch)|minreq::(?:get|post|put|delete|head|patch))$/, 0],
  [/^(?:ureq::request|surf::Request::new)$/, 1],
  [/^(?:(?:std::)?net::|tokio::net::|async_std::net::)?(?:TcpStream::connect|TcpStream::connect_timeout|UdpSocket::connect)$/, 0],
  [/^(?:tokio_tungstenite::connect_async|tungstenite::connect|(?:tokio_)?native_tls::TlsConnector::connect)$/, 0],
]
const CLIENT_METHODS = /^(?:get|post|put|patch|delete|head|request|connect|uri)$/
const CLIENT_RECEIVER = /(?:client|Client|http|agent|Agent|reqwest|ureq|surf|hyper|CLIENT|HTTP|session|Request::builder\(\))/

export default defineRule({
  id: 'rust/no-ssrf',
  languages: ['rust'],
  title: 'Outbound request to a URL from external input',
  property: 'sandbox.net',
  cwe: ['CWE-918'],
  severity: 'high',
  confidence: 'high',
  message: '{{F}} connects to a URL or host taken from external input',
  rationale:
    'When a request chooses the host, the server can be made to call internal services (cloud metadata at 169.254.169.254, admin ports, databases behind the firewall) with its own network position and credentials: server-side request forgery (CWE-918).',
  safeAlternative:
    'Keep scheme and host constant (`format!("https://api.example.com/users/{}", id)`) and put input only in the path or query, or parse the URL and check its host against an allow-list before connecting.',
  // the crates and types of FUNCTIONS, and the receiver names of CLIENT_RECEIVER
  requires: {
    words: [
      'reqwest', 'ureq', 'surf', 'isahc', 'attohttpc', 'minreq', 'TcpStream', 'UdpSocket', 'tungstenite', 'TlsConnector',
      'client', 'Client', 'http', 'agent', 'Agent', 'hyper', 'CLIENT', 'HTTP', 'session', 'Request::builder()',
    ],
  },
  match: {
    rule: {
      kind: 'call_expression',
      has: {
        field: 'function',
        any: [
          // only callees FUNCTIONS can name, and only methods on a receiver CLIENT_RECEIVER accepts
          { kind: 'scoped_identifier', regex: FUNCTIONS.map(([re]) => re.source).join('|') },
          { kind: 'field_expression', all: [{ has: { field: 'field', regex: CLIENT_METHODS.source } }, { has: { field: 'value', regex: CLIENT_RECEIVER.source } }] },
        ],
      },
    },
  },
  check(node, ctx) {
    const fn = node.field('function')!
    const args = ctx.flow.callArguments(node)
    let target: SgNode | undefined
    if (fn.kind() === 'scoped_identifier') {
      const callee = fn.text()
      const hit = FUNCTIONS.find(([re]) => re.test(callee))
      if (!hit) return false
      target = args[hit[1]]
    } else {
      const method = fn.field('field')?.text() ?? ''
      const recv = fn.field('value')
      if (!recv || !CLIENT_METHODS.test(method) || !CLIENT_RECEIVER.test(recv.text())) return false
      target = method === 'request' ? args[1] : args[0]
    }
    if (!target) return false
    if (!isExternalValue(target, ctx)) return false
    if (hasConstantHostPrefix(target, ctx) || hasAllowListCheck(node, ctx)) return false
    return { data: { F: ctx.flow.calleeText(node).replace(/^.*\)\./, '…') } }
  },
})

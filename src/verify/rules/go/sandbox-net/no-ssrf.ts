import { defineRule } from '../../../engine/rule.js'
import { hasAllowListCheck, hasConstantHostPrefix, isExternalValue } from '../../rust/_utils/shared.js'
import { methodCall, packageCall } from '../_utils/go.js'

/** import path → function → index of the URL or address */
const PKG_SINKS: Record<string, Record<string, number>> = {
  'net/http': { Get: 0, Head: 0, Post: 0, PostForm: 0, NewRequest: 1, NewRequestWithContext: 2 },
  net: { Dial: 1, DialTimeout: 1, DialTCP: 2, DialUDP: 2 },
  'crypto/tls': { Dial: 1, DialWithDialer: 2 },
  'net/smtp': { Dial: 0, SendMail: 0 },
  'google.golang.org/grpc': { Dial: 0, DialContext: 1, NewClient: 0 },
  'net/http/httputil': { NewSingleHostReverseProxy: 0 },
  'github.com/gorilla/websocket': {},
}
/** methods of HTTP clients, dialers and request builders → URL index */
const CLIENT_METHODS: Record<string, number> = { Get: 0, Head: 0, Post: 0, PostForm: 0, Put: 0, Delete: 0, Patch: 0, Dial: 1, DialContext: 2, SetBaseURL: 0, Execute: 1 }
const CLIENT_RECEIVER = /(?:[cC]lient|DefaultClient|[dD]ialer|DefaultDialer|\.R\(\)|resty|[hH]ttp[A-Z]?\w*|req)$/

export default defineRule({
  id: 'go/no-ssrf',
  languages: ['go'],
  title: 'Outbound request to a URL from external input',
  property: 'sandbox.net',
  cwe: ['CWE-918'],
  severity: 'high',
  confidence: 'high',
  message: '{{F}} connects to a URL or host taken from external input',
  rationale:
    'When a request chooses the host, the server can be made to call internal services (cloud metadata at 169.254.169.254, admin ports, databases behind the firewall) with its own network position and credentials: server-side request forgery (CWE-918).',
  safeAlternative:
    'Keep scheme and host constant (`"https://api.example.com/users/" + url.PathEscape(id)`) and put input only in the path or query, or `url.Parse` it and check `u.Hostname()` against an allow-list before the request.',
  match: {
    rule: {
      kind: 'call_expression',
      has: {
        field: 'function',
        kind: 'selector_expression',
        has: { field: 'field', regex: `^(?:${[...new Set([...Object.values(PKG_SINKS).flatMap((m) => Object.keys(m)), ...Object.keys(CLIENT_METHODS)])].join('|')})$` },
      },
    },
  },
  check(node, ctx) {
    let index: number | undefined
    const pc = packageCall(node, ctx)
    if (pc) index = PKG_SINKS[pc[0]]?.[pc[1]]
    else {
      const m = methodCall(node, ctx)
      if (m && CLIENT_RECEIVER.test(m.recv.text()) && !/^(?:c|ctx|r|w)$/.test(m.recv.text())) index = CLIENT_METHODS[m.method]
    }
    if (index === undefined) return false
    const target = ctx.flow.callArguments(node)[index]
    if (!target || !isExternalValue(target, ctx)) return false
    if (hasConstantHostPrefix(target, ctx) || hasAllowListCheck(node, ctx)) return false
    return { data: { F: node.field('function')!.text() } }
  },
})

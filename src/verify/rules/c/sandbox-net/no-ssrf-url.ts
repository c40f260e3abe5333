import { defineRule } from '../../../engine/rule.js'
import { calleeName, callArgs, enclosingFunctionNode } from '../_utils/c.js'
import { nodesOfKind } from '../_utils/file-index.js'
import { unsafeDestination } from '../_utils/net.js'

/** Host or URL argument of each outbound API. */
const DEST_AT: Record<string, number> = {
  curl_easy_setopt: 2,
  getaddrinfo: 0,
  gethostbyname: 0,
  gethostbyname2: 0,
  gethostbyname_r: 0,
  inet_pton: 1,
  inet_addr: 0,
  inet_aton: 0,
  BIO_new_connect: 0,
  BIO_set_conn_hostname: 1,
  InternetOpenUrlA: 1,
  InternetOpenUrlW: 1,
  InternetConnectA: 1,
  InternetConnectW: 1,
  WinHttpConnect: 1,
  URLDownloadToFileA: 1,
  URLDownloadToFileW: 1,
  xmlNanoHTTPFetch: 0,
  evhttp_connection_base_new: 2,
  mg_connect_http: 1,
}

const RESOLVERS = /^(?:getaddrinfo|gethostbyname2?|gethostbyname_r|inet_pton|inet_addr|inet_aton)$/

export default defineRule({
  id: 'c/no-ssrf-url',
  languages: ['c', 'cpp'],
  title: 'Outbound request or connection to a host taken from input',
  property: 'sandbox.net',
  cwe: ['CWE-918'],
  severity: 'high',
  confidence: 'medium',
  message: '{{WHAT}} connects to a destination from external input ({{SOURCE}}) that is neither fixed nor allow-listed',
  rationale:
    'When input chooses the URL or host of an outbound request, an attacker makes the server connect to internal services (metadata endpoints at 169.254.169.254, admin ports, databases behind the firewall) and read or change them from inside the trusted network (CWE-918, SSRF).',
  safeAlternative: 'Build URLs from a constant scheme and host ("https://api.example.com/items/%s") and put input only in the path or query, or check the host against a fixed allow-list before connecting.',
  match: {
    rule: {
      kind: 'call_expression',
      has: { field: 'function', regex: `^(?:::)?(?:std::)?(?:${Object.keys(DEST_AT).join('|')})$` },
    },
  },
  check(node, ctx) {
    const name = calleeName(node)
    const args = callArgs(node, ctx)
    if (name === 'curl_easy_setopt' && !/^CURLOPT_(?:URL|CONNECT_TO|RESOLVE|PROXY)$/.test(args[1]?.text() ?? '')) return false
    const dest = args[DEST_AT[name] ?? 0]
    if (!dest) return false
    // The connection itself is the sink: report the connect() that follows a resolution.
    let sink = node
    if (RESOLVERS.test(name)) {
      const fn = enclosingFunctionNode(node)
      const connect = fn ? nodesOfKind('call_expression', fn).find((c) => c.range().start.index > node.range().end.index && /^(?:::)?connect$/.test(c.field('function')?.text() ?? '')) : undefined
      if (connect) sink = connect
    }
    const source = unsafeDestination(dest, sink, ctx)
    if (!source) return false
    return { node: sink, data: { WHAT: sink === node ? name : 'connect', SOURCE: source } }
  },
})

import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { args, callName, chainTop, JAVA_INPUT_WORDS, receiver, receiverType, resolve, urlProblem } from '../_utils/managed.js'

const APACHE_REQUESTS = /^(?:HttpGet|HttpPost|HttpPut|HttpDelete|HttpPatch|HttpHead|HttpOptions|HttpTrace|BasicHttpRequest|HttpUriRequestBase)$/
const REST_TEMPLATE = /^(?:getForObject|getForEntity|postForObject|postForEntity|postForLocation|exchange|execute|put|delete|patchForObject|headForHeaders|optionsForAllow)$/

interface Sink {
  call: string
  url: SgNode
  at?: SgNode
}

function sinkOf(node: SgNode, ctx: RuleContext): Sink | undefined {
  const name = callName(node)
  const a = args(node)
  if (node.kind() === 'object_creation_expression') {
    if (APACHE_REQUESTS.test(name) && a[0]) return { call: `new ${name}`, url: a[0] }
    if (/^(?:Socket|SSLSocket)$/.test(name) && a.length >= 2) return { call: `new ${name}`, url: a[0]! }
    return undefined
  }
  const recv = receiver(node)
  const recvText = recv?.text().replace(/\s+/g, '') ?? ''
  if (/^(?:openConnection|openStream|getContent)$/.test(name) && recv && a.length <= 1) {
    const r = resolve(recv, ctx)
    const isUrl = (r.kind() === 'object_creation_expression' && /^(?:java\.net\.)?URL$/.test(r.field('type')?.text() ?? '')) || /(?:^|\.)URL$/.test(receiverType(recv, ctx) ?? '') || /\.toURL\(\)$/.test(recvText)
    return isUrl ? { call: `URL.${name}`, url: recv } : undefined
  }
  if (name === 'connect' && a[0]) {
    if (/^(?:org\.jsoup\.)?Jsoup$/.test(recvText)) return { call: 'Jsoup.connect', url: a[0] }
    const addr = resolve(a[0], ctx)
    if (addr.kind() === 'object_creation_expression' && /InetSocketAddress$/.test(addr.field('type')?.text() ?? '') && args(addr).length >= 2) {
      return { call: 'connect', url: args(addr)[0]! }
    }
    return undefined
  }
  if (/^(?:Get|Post|Put|Delete|Patch|Head|Options)$/.test(name) && /(?:^|\.)Request$/.test(recvText) && a[0]) return { call: `Request.${name}`, url: a[0] }
  if (/^(?:get|post|put|delete|patch|head|options)$/.test(name) && /^(?:kong\.unirest\.)?Unirest$/.test(recvText) && a[0]) return { call: `Unirest.${name}`, url: a[0] }
  if (name === 'create' && /^(?:WebClient|RestClient)$/.test(recvText) && a[0]) return { call: `${recvText}.create`, url: a[0] }
  if (REST_TEMPLATE.test(name) && recv && a[0]) {
    const type = receiverType(recv, ctx) ?? ''
    if (!/RestTemplate|RestOperations|TestRestTemplate/.test(type) && !/restTemplate|^rest$|^template$/i.test(recvText)) return undefined
    return { call: `RestTemplate.${name}`, url: a[0] }
  }
  if (/^(?:uri|url|newBuilder|baseUrl)$/.test(name) && a.length >= 1) {
    const top = chainTop(node)
    const chain = top.text()
    if (name === 'newBuilder' && !/^(?:java\.net\.http\.)?HttpRequest$/.test(recvText)) return undefined
    if (name === 'url' && !/Request\.Builder|HttpUrl|Request\$Builder/.test(chain)) return undefined
    if (name === 'uri' && !/HttpRequest|WebClient|webClient|RestClient|restClient|client\.|Client\(\)/.test(chain)) return undefined
    if (name === 'baseUrl' && !/WebClient|RestClient|Retrofit/.test(chain)) return undefined
    return { call: name === 'newBuilder' ? 'HttpRequest.newBuilder' : `.${name}`, url: a[0]!, at: top }
  }
  return undefined
}

export default defineRule({
  id: 'java/no-ssrf',
  languages: ['java'],
  title: 'Outbound request to an address from external input',
  property: 'sandbox.net',
  cwe: ['CWE-918'],
  severity: 'high',
  confidence: 'high',
  message: '{{CALL}} sends a request to an address taken from external input',
  rationale:
    'When the URL or host of a server-side request comes from the request, an attacker makes the server call internal services, cloud metadata endpoints (169.254.169.254) or file:// URLs on their behalf and reads the answers: server-side request forgery (CWE-918).',
  safeAlternative:
    'Fix scheme and host in a constant ("https://api.example.com/users/" + id), or parse the URL and check its host against an allow-list before connecting; reject redirects to other hosts.',
  match: {
    rule: {
      any: [
        { kind: 'object_creation_expression', has: { field: 'type', regex: '^(org\\.apache\\.http\\.client\\.methods\\.)?(HttpGet|HttpPost|HttpPut|HttpDelete|HttpPatch|HttpHead|HttpOptions|HttpTrace|BasicHttpRequest|HttpUriRequestBase|Socket|SSLSocket)$' } },
        {
          kind: 'method_invocation',
          has: { field: 'name', regex: '^(openConnection|openStream|getContent|connect|Get|Post|Put|Delete|Patch|Head|Options|get|post|put|delete|patch|head|options|create|getForObject|getForEntity|postForObject|postForEntity|postForLocation|exchange|execute|patchForObject|headForHeaders|optionsForAllow|uri|url|newBuilder|baseUrl)$' },
        },
      ],
    },
  },
  // reports only addresses from external input (urlProblem); RestTemplate's `put`, `delete` and
  // `execute` make the sinks' own words common
  requires: { words: JAVA_INPUT_WORDS },
  check(node, ctx) {
    const sink = sinkOf(node, ctx)
    if (!sink) return false
    if (!urlProblem(node, sink.url, ctx)) return false
    return { node: sink.at ?? node, data: { CALL: sink.call } }
  },
})

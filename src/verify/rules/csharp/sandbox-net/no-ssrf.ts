import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { args, callName, externalInput, receiver, receiverType, urlProblem } from '../../java/_utils/managed.js'

/** Cheap pre-filter before type look-ups: the address must at least not be constant. */
function externalish(url: SgNode, ctx: RuleContext): boolean {
  return !ctx.flow.isConstant(url) && (ctx.flow.origin(url).external || externalInput(url, ctx))
}

const CLIENT_METHODS =
  /^(?:GetAsync|GetStringAsync|GetByteArrayAsync|GetStreamAsync|PostAsync|PutAsync|DeleteAsync|PatchAsync|GetFromJsonAsync|PostAsJsonAsync|PutAsJsonAsync|PatchAsJsonAsync|DeleteFromJsonAsync)$/
const WEBCLIENT_METHODS =
  /^(?:DownloadString|DownloadData|DownloadFile|OpenRead|OpenWrite|UploadString|UploadData|UploadFile|UploadValues|DownloadStringTaskAsync|DownloadDataTaskAsync|DownloadFileTaskAsync|OpenReadTaskAsync|UploadStringTaskAsync|UploadDataTaskAsync|UploadValuesTaskAsync)$/

function sinkOf(node: SgNode, ctx: RuleContext): { call: string; url: SgNode } | undefined {
  const name = callName(node)
  const a = args(node)
  if (node.kind() === 'object_creation_expression') {
    if (name === 'HttpRequestMessage') {
      let url = a[1]
      for (const assign of node.field('initializer')?.namedChildren() ?? []) {
        if (assign.kind() === 'assignment_expression' && assign.field('left')?.text() === 'RequestUri') url = assign.field('right') ?? undefined
      }
      return url ? { call: 'new HttpRequestMessage', url } : undefined
    }
    if (/^(?:TcpClient|RestClient|RestRequest|ClientWebSocket)$/.test(name) && a[0]) {
      if (name === 'TcpClient' && a.length < 2) return undefined
      return { call: `new ${name}`, url: a[0] }
    }
    return undefined
  }
  if (node.kind() === 'assignment_expression') {
    const left = node.field('left')
    const right = node.field('right')
    if (!left || !right) return undefined
    if (/\.BaseAddress$/.test(left.text()) || (/\.RequestUri$/.test(left.text()) && /HttpRequestMessage/.test(receiverType(left.field('expression')!, ctx) ?? ''))) return { call: left.text().replace(/^.*\./, ''), url: right }
    return undefined
  }
  const recv = receiver(node)
  if (!recv) return undefined
  const recvText = recv.text().replace(/\s+/g, '')
  if (/^(?:Create|CreateHttp|CreateDefault)$/.test(name)) {
    return /(?:^|\.)(?:WebRequest|HttpWebRequest)$/.test(recvText) && a[0] ? { call: `WebRequest.${name}`, url: a[0] } : undefined
  }
  if (!a[0] || !externalish(a[0], ctx)) return undefined
  const type = receiverType(recv, ctx) ?? ''
  if (CLIENT_METHODS.test(name) && a[0]) {
    if (!/HttpClient$/.test(type) && !/^(?:_?(?:http)?[cC]lient|_?httpClient|_?http|HttpClient|newHttpClient\(\)|\w*[fF]actory\.CreateClient\([^)]*\))$/.test(recvText) && type !== '') return undefined
    if (type === '' && !/[cC]lient|[hH]ttp/.test(recvText)) return undefined
    return { call: `HttpClient.${name}`, url: a[0] }
  }
  if (WEBCLIENT_METHODS.test(name) && a[0]) {
    if (!/WebClient$/.test(type) && !/newWebClient\(\)|^(?:_?(?:web)?[cC]lient|wc|_?webClient)$/.test(recvText)) return undefined
    return { call: `WebClient.${name}`, url: a[0] }
  }
  if (/^(?:Connect|ConnectAsync)$/.test(name) && a.length >= 2 && (/TcpClient|Socket/.test(type) || /[cC]lient|[sS]ocket/.test(recvText))) return { call: `${type || 'Socket'}.${name}`, url: a[0]! }
  return undefined
}

export default defineRule({
  id: 'csharp/no-ssrf',
  languages: ['csharp'],
  title: 'Outbound request to an address from external input',
  property: 'sandbox.net',
  cwe: ['CWE-918'],
  severity: 'high',
  confidence: 'high',
  message: '{{CALL}} sends a request to an address taken from external input',
  rationale:
    'When the URL or host of a server-side request comes from the request, an attacker makes the server call internal services, cloud metadata (http://169.254.169.254/) or localhost admin ports and read the answers: server-side request forgery (CWE-918).',
  safeAlternative:
    'Fix scheme and host in a constant ($"https://api.example.com/users/{Uri.EscapeDataString(id)}"), or parse with new Uri(url) and check uri.Host against an allow-list before sending; disable automatic redirects to other hosts.',
  match: {
    rule: {
      any: [
        { kind: 'object_creation_expression', has: { field: 'type', regex: '^(System\\.Net\\.Http\\.)?(HttpRequestMessage|TcpClient|RestClient|RestRequest|ClientWebSocket)$' } },
        { kind: 'assignment_expression', has: { field: 'left', regex: '\\.(BaseAddress|RequestUri)$' } },
        {
          kind: 'invocation_expression',
          has: {
            field: 'function',
            regex:
              '\\.(GetAsync|GetStringAsync|GetByteArrayAsync|GetStreamAsync|PostAsync|PutAsync|DeleteAsync|PatchAsync|GetFromJsonAsync|PostAsJsonAsync|PutAsJsonAsync|PatchAsJsonAsync|DeleteFromJsonAsync|DownloadString|DownloadData|DownloadFile|OpenRead|OpenWrite|UploadString|UploadData|UploadFile|UploadValues|DownloadStringTaskAsync|DownloadDataTaskAsync|DownloadFileTaskAsync|OpenReadTaskAsync|UploadStringTaskAsync|UploadDataTaskAsync|UploadValuesTaskAsync|Create|CreateHttp|CreateDefault|Connect|ConnectAsync)(<.*>)?$',
          },
        },
      ],
    },
  },
  // the sinks sinkOf accepts: the created types, BaseAddress/RequestUri, the CLIENT_METHODS and
  // WEBCLIENT_METHODS (`…TaskAsync` contains its plain name), `Create…` only on WebRequest (the
  // derived `Create` is everywhere), and `Connect…`
  requires: {
    words: [
      'HttpRequestMessage', 'TcpClient', 'RestClient', 'RestRequest', 'ClientWebSocket', 'BaseAddress', 'RequestUri', 'WebRequest', 'Connect',
      'GetAsync', 'GetStringAsync', 'GetByteArrayAsync', 'GetStreamAsync', 'PostAsync', 'PutAsync', 'DeleteAsync', 'PatchAsync', 'GetFromJsonAsync', 'PostAsJsonAsync', 'PutAsJsonAsync', 'PatchAsJsonAsync', 'DeleteFromJsonAsync',
      'DownloadString', 'DownloadData', 'DownloadFile', 'OpenRead', 'OpenWrite', 'UploadString', 'UploadData', 'UploadFile', 'UploadValues',
    ],
  },
  check(node, ctx) {
    const sink = sinkOf(node, ctx)
    if (!sink || !urlProblem(node, sink.url, ctx)) return false
    return { data: { CALL: sink.call } }
  },
})

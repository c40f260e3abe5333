import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { arg, callName, constantHost, dominatedBy, enclosingFunction, external, FUNCTION_CALL, looksLikeUrl, METHOD_CALL, nameOf, NEW_EXPRESSION, reachingDefinitions, receiver, relatedNames, STATIC_CALL, stringValue, unwrap } from '../_utils/php.js'

/** URL encoding keeps a value inside one path segment or query value: it cannot change the host. */
const URL_SANITIZERS = /^(?:urlencode|rawurlencode|http_build_query|intval|basename)$/
const ALLOW_CALLS = 'in_array|array_key_exists|isset|preg_match|str_starts_with|strpos|str_ends_with|strcasecmp|strcmp|hash_equals|isAllowed\\w*|is_allowed\\w*|allowed\\w*|Str::startsWith|Str::endsWith'

/** Names the URL is checked under: the URL's variables and hosts parsed from them (`$host = parse_url($url, PHP_URL_HOST)`). */
function checkedNames(ctx: RuleContext, node: SgNode, url: SgNode): string[] {
  const names = relatedNames(ctx, url)
  const fn = enclosingFunction(node)
  const scope = fn ?? node.getRoot().root()
  for (const a of scope.findAll({ rule: { kind: 'assignment_expression', has: { field: 'right', pattern: { context: '<?php parse_url($$$A);', selector: 'function_call_expression' } } } })) {
    const left = a.field('left')
    const right = a.field('right')
    if (left?.kind() === 'variable_name' && right && names.some((n) => right.text().includes(n))) names.push(left.text())
  }
  return names
}

function allowListed(ctx: RuleContext, node: SgNode, url: SgNode): boolean {
  const names = checkedNames(ctx, node, url)
  if (!names.length) return false
  const e = names.map((n) => n.replace(/[$]/g, '\\$')).join('|')
  const call = new RegExp(`\\b(?:${ALLOW_CALLS})\\s*\\([^;{]*?(?:${e})(?![\\w])`)
  const compare = new RegExp(`(?:${e})(?![\\w])\\s*(?:[!=]==?)\\s*['"]|['"]\\s*(?:[!=]==?)\\s*(?:${e})(?![\\w])`)
  return dominatedBy(node, (cond) => call.test(cond) || compare.test(cond))
}

const HTTP_METHODS = /^(?:get|post|put|patch|delete|head|options|request|requestAsync|getAsync|postAsync|putAsync|patchAsync|deleteAsync|headAsync|send|sendAsync)$/
const HTTP_RECEIVER = /client|http|guzzle|browser|curl|api|webhook|fetcher|crawler/i

/** The URL-carrying arguments of a call, or [] when it is not an outbound request. */
function urlArgs(ctx: RuleContext, node: SgNode): SgNode[] {
  const name = nameOf(ctx, node)
  const kind = node.kind()
  const one = (a: SgNode | null): SgNode[] => (a ? [a] : [])
  if (kind === 'function_call_expression') {
    switch (name) {
      case 'curl_init':
      case 'get_headers':
      case 'fsockopen':
      case 'pfsockopen':
      case 'stream_socket_client':
      case 'gethostbyname':
        return name === 'gethostbyname' ? [] : one(arg(node, 0))
      case 'socket_connect':
        return one(arg(node, 1))
      case 'curl_setopt': {
        const opt = arg(node, 1)
        return opt && /^CURLOPT_URL$/.test(unwrap(opt).text()) ? one(arg(node, 2)) : []
      }
      case 'curl_setopt_array': {
        const arr = arg(node, 1)
        const out: SgNode[] = []
        for (const el of arr && unwrap(arr).kind() === 'array_creation_expression' ? unwrap(arr).namedChildren() : []) {
          const [k, v] = el.namedChildren()
          if (k && v && k.text() === 'CURLOPT_URL') out.push(v)
        }
        return out
      }
      case 'file_get_contents':
      case 'fopen':
      case 'file':
      case 'readfile':
      case 'simplexml_load_file':
      case 'getimagesize': {
        const a = arg(node, 0)
        return a && looksLikeUrl(ctx, a) ? [a] : []
      }
      default:
        return []
    }
  }
  if (kind === 'object_creation_expression') {
    if (name === 'new SoapClient') return one(arg(node, 0))
    if (name === 'new Request') {
      const m = stringValue(ctx, arg(node, 0))
      return m && /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/i.test(m) ? one(arg(node, 1)) : []
    }
    if (name === 'new Client') {
      const cfg = arg(node, 0)
      const out: SgNode[] = []
      for (const el of cfg && unwrap(cfg).kind() === 'array_creation_expression' ? unwrap(cfg).namedChildren() : []) {
        const [k, v] = el.namedChildren()
        if (k && v && stringValue(ctx, k) === 'base_uri') out.push(v)
      }
      return out
    }
    return []
  }
  const method = name.replace(/^->|^.*::/, '')
  if (!HTTP_METHODS.test(method)) return []
  const calleeText = ctx.flow.calleeText(node).replace(/^\\/, '')
  let isClient = /^(?:Illuminate\\Support\\Facades\\)?Http::/.test(calleeText) || /^HttpClient::create\(/.test(calleeText)
  if (!isClient && kind !== 'scoped_call_expression') {
    const recv = receiver(node)
    if (!recv) return []
    let text = recv.text()
    if (recv.kind() === 'variable_name') for (const d of reachingDefinitions(ctx, recv).defs) text += ` ${d.value?.text() ?? ''}`
    // $request->get('x') reads input; it is not a request.
    if (/^\$(?:request|req|this->request)$/.test(recv.text()) || /cache|session|config|container|repository|redis|collection|bag|query|params|headers|cookies/i.test(recv.text())) return []
    isClient = HTTP_RECEIVER.test(text)
  }
  if (!isClient) return []
  if (method === 'send' || method === 'sendAsync') return []
  if (/^request/.test(method)) return one(arg(node, 1))
  return one(arg(node, 0))
}

export default defineRule({
  id: 'php/no-ssrf',
  languages: ['php'],
  title: 'Outbound request to a URL or host from external input',
  property: 'sandbox.net',
  cwe: ['CWE-918'],
  severity: 'high',
  confidence: 'medium',
  message: '{{CALL}} connects to a destination taken from external input',
  rationale:
    'When the request supplies the URL or host, an attacker makes the server call internal services, cloud metadata endpoints (169.254.169.254) or arbitrary hosts on its behalf: server-side request forgery (CWE-918).',
  safeAlternative:
    "Fix the scheme and host in a constant ('https://api.example.com/items/' . rawurlencode($id)) or check the parsed host against an allow-list before connecting.",
  // the functions and classes of urlArgs (`curl`, `sock`, `file`…), Http:: and the HTTP_RECEIVER words
  requires: { words: ['curl', 'get_headers', 'sock', 'file', 'fopen', 'getimagesize', 'client', 'request', 'http', 'guzzle', 'browser', 'api', 'webhook', 'fetcher', 'crawler'], ignoreCase: true },
  match: { rule: { any: [FUNCTION_CALL, NEW_EXPRESSION, METHOD_CALL, STATIC_CALL] } },
  check(node, ctx) {
    for (const url of urlArgs(ctx, node)) {
      if (!external(ctx, url, { sanitizers: URL_SANITIZERS })) continue
      if (constantHost(ctx, url)) continue
      if (allowListed(ctx, node, url)) continue
      return { data: { CALL: callName(node).replace(/^->/, '') || 'request' } }
    }
    return false
  },
})


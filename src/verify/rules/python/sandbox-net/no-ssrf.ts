import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { hasAllowListCheck, shapeOf } from '../_utils/common.js'
import { callee, external, imports, kwarg, positional, PY, values } from '../_utils/py.js'

const HTTP_VERBS = 'get|post|put|delete|patch|head|options|request|stream|fetch|urlopen|open'
/** Module-level clients: function → index of the URL argument. */
const URL_FUNCS: Record<string, number> = {}
for (const mod of ['requests', 'httpx', 'requests.api']) {
  for (const v of ['get', 'post', 'put', 'delete', 'patch', 'head', 'options']) URL_FUNCS[`${mod}.${v}`] = 0
  URL_FUNCS[`${mod}.request`] = 1
  URL_FUNCS[`${mod}.stream`] = 1
}
Object.assign(URL_FUNCS, {
  'urllib.request.urlopen': 0,
  'urllib.request.urlretrieve': 0,
  'urllib.urlopen': 0,
  'urllib.urlretrieve': 0,
  'urllib2.urlopen': 0,
  'urlopen': 0,
  'urlretrieve': 0,
  'websocket.create_connection': 0,
  'websockets.connect': 0,
  'websockets.client.connect': 0,
  'aiohttp.request': 1,
  'wget.download': 0,
  'feedparser.parse': 0,
})
/** Connections by host: function → index of the host argument. */
const HOST_FUNCS: Record<string, number> = {
  'http.client.HTTPConnection': 0,
  'http.client.HTTPSConnection': 0,
  'httplib.HTTPConnection': 0,
  'httplib.HTTPSConnection': 0,
  'HTTPConnection': 0,
  'HTTPSConnection': 0,
  'smtplib.SMTP': 0,
  'smtplib.SMTP_SSL': 0,
  'ftplib.FTP': 0,
  'ftplib.FTP_TLS': 0,
  'telnetlib.Telnet': 0,
  'socket.create_connection': 0,
  'asyncio.open_connection': 0,
}
const CLIENT_CTORS = /^(?:requests\.Session|requests\.session|httpx\.Client|httpx\.AsyncClient|aiohttp\.ClientSession|urllib3\.PoolManager|urllib3\.ProxyManager|Session|ClientSession|AsyncClient|PoolManager)$/
const CLIENT_NAMES = /(?:^|[._])(?:session|sess|http|https|httpx|requests|http_client|pool|pool_manager|opener|aiohttp_session)$/i
const NON_HTTP_IMPORTS = /^(?:redis|pymemcache|memcache|boto3|pymongo|elasticsearch|diskcache|aioredis|cachetools|sqlite3|psycopg2|pymysql)/

/** Scheme and host are constant: `"https://api.example.com/users/" + id`. */
export function hasConstantOrigin(prefix: string): boolean {
  return /^(?:https?|wss?|ftps?):\/\/[^/?#@\\\s]+[/?#]/i.test(prefix)
}

function isHttpClient(ctx: RuleContext, recv: SgNode): boolean {
  for (const v of values(ctx, recv)) {
    if (v.kind() === 'call' && CLIENT_CTORS.test(callee(ctx, v))) return true
  }
  const text = recv.text()
  if (CLIENT_NAMES.test(text)) return true
  if (/(?:^|[._])client$/i.test(text)) {
    const mods = [...imports(ctx).names.values()]
    return mods.some((m) => /^(?:httpx|requests|aiohttp|urllib3)\b/.test(m)) && !mods.some((m) => NON_HTTP_IMPORTS.test(m))
  }
  return false
}

/** The URL (or host) node a call sends a request to, or null when it is not an outbound request. */
function target(ctx: RuleContext, node: SgNode, name: string): { url: SgNode; host: boolean } | null {
  const args = positional(node)
  if (name in URL_FUNCS) {
    const url = args[URL_FUNCS[name]!] ?? kwarg(node, 'url')
    return url ? { url, host: false } : null
  }
  if (name in HOST_FUNCS) {
    const h = args[HOST_FUNCS[name]!] ?? kwarg(node, 'host') ?? kwarg(node, 'address')
    if (!h) return null
    if (h.kind() === 'tuple') return h.namedChildren()[0] ? { url: h.namedChildren()[0]!, host: true } : null
    return { url: h, host: true }
  }
  const fn = node.field('function')
  if (fn?.kind() !== 'attribute') return null
  const method = fn.field('attribute')?.text() ?? ''
  const recv = fn.field('object')
  if (!recv) return null
  if (method === 'connect' || method === 'connect_ex') {
    const a = args[0]
    if (a?.kind() === 'tuple' && a.namedChildren()[0]) return { url: a.namedChildren()[0]!, host: true }
    return null
  }
  if (!new RegExp(`^(?:${HTTP_VERBS})$`).test(method) || !isHttpClient(ctx, recv)) return null
  const idx = method === 'request' || method === 'stream' || method === 'urlopen' ? 1 : 0
  const url = args[idx] ?? kwarg(node, 'url')
  return url ? { url, host: false } : null
}

export default defineRule({
  id: 'python/no-ssrf',
  languages: ['python'],
  title: 'Outbound request to a URL or host from external input',
  property: 'sandbox.net',
  cwe: ['CWE-918'],
  severity: 'high',
  confidence: 'high',
  message: '{{CALL}} connects to a {{WHAT}} taken from external input',
  rationale:
    'When a request decides where the server connects, an attacker reaches internal services the server can see and they cannot: cloud metadata endpoints (169.254.169.254), admin ports, databases on localhost (server-side request forgery, CWE-918).',
  safeAlternative:
    'Keep the scheme and host constant and put the input only in the path or query ("https://api.example.com/users/" + quote(id)), or parse the URL and check its host against a constant allow-list before connecting.',
  match: {
    rule: {
      kind: 'call',
      has: {
        field: 'function',
        regex: `^(?s:.*?\\.)?(?:${HTTP_VERBS}|urlretrieve|create_connection|connect|connect_ex|download|parse|HTTPS?Connection|SMTP|SMTP_SSL|FTP|FTP_TLS|Telnet|open_connection)$`,
      },
    },
  },
  // URL_FUNCS, HOST_FUNCS, CLIENT_CTORS, CLIENT_NAMES (case-insensitive) and `.connect`.
  requires: {
    words: ['requests', 'httpx', 'urllib', 'urlopen', 'urlretrieve', 'websocket', 'aiohttp', 'wget', 'feedparser', 'http', 'smtp', 'ftp', 'telnet', 'connect', 'sess', 'pool', 'opener', 'asyncclient'],
    ignoreCase: true,
  },
  check(node, ctx) {
    const name = callee(ctx, node)
    const t = target(ctx, node, name)
    if (!t) return false
    let url = t.url
    // urlopen(Request(url)): look at the Request's URL.
    for (const v of values(ctx, url)) {
      if (v.kind() === 'call' && /(?:^|\.)Request$/.test(callee(ctx, v)) && positional(v)[0]) url = positional(v)[0]!
    }
    if (!external(ctx, url)) return false
    if (!t.host && hasConstantOrigin(shapeOf(ctx, url, PY).prefix)) return false
    if (hasAllowListCheck(ctx, node)) return false
    return { data: { CALL: name, WHAT: t.host ? 'host' : 'URL' } }
  },
})

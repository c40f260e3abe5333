import type { SgNode } from '@ast-grep/napi'
import { defineRule, type RuleContext } from '../../../engine/rule.js'
import { hasAllowListCheck, shapeOf } from '../../python/_utils/common.js'
import { args, callee, external, fnOf, JS, moduleWords, prop, values } from '../_utils/js.js'
import { hasConstantOrigin } from '../../python/sandbox-net/no-ssrf.js'

const FETCHES = /^(?:fetch|globalThis\.fetch|window\.fetch|node-fetch|cross-fetch|isomorphic-fetch|undici\.(?:fetch|request|stream)|axios|got|ky|needle|superagent|request|phin|bent|make-fetch-happen)$/
const CLIENT_MODULES = /^(?:axios|got|ky|superagent|request|needle|http|https|undici|node-fetch|phin)$/
const VERBS = /^(?:get|post|put|delete|del|patch|head|options|request|stream|fetch)$/
const HOST_CONNECTS = /^(?:net\.(?:connect|createConnection)|tls\.connect|http2\.connect)$/

/** The receiver is an HTTP client: a module (axios, got, http) or an instance (axios.create()). */
function isClient(ctx: RuleContext, name: string, recv: SgNode | null): boolean {
  const base = name.split('.').slice(0, -1).join('.')
  if (CLIENT_MODULES.test(base)) return true
  if (!recv) return false
  return values(ctx, recv).some((v) => v.kind() === 'call_expression' && /^(?:axios\.create|got\.extend|ky\.create|ky\.extend|superagent\.agent|undici\.Pool|undici\.Client)$/.test(callee(ctx, v)))
}

/** The URL (or host) a call connects to. */
function target(ctx: RuleContext, node: SgNode): { url: SgNode; host: boolean; name: string } | null {
  if (node.kind() === 'new_expression') {
    const name = callee(ctx, node)
    if (!/^(?:WebSocket|ws|ws\.WebSocket|EventSource|URL_never)$/.test(name)) return null
    const u = args(ctx, node)[0]
    return u ? { url: u, host: false, name } : null
  }
  const name = callee(ctx, node)
  const a = args(ctx, node)
  const raw = a[0]
  if (!raw) return null
  // fetch(opts) / tls.connect(options) with the object built earlier.
  const first = raw.kind() === 'identifier' ? (values(ctx, raw).find((v) => v.kind() === 'object') ?? raw) : raw
  const fromObject = (o: SgNode): { url: SgNode; host: boolean } | null => {
    const url = prop(o, 'url') ?? prop(o, 'uri') ?? prop(o, 'baseURL') ?? prop(o, 'href')
    if (url) return { url, host: false }
    const host = prop(o, 'host') ?? prop(o, 'hostname')
    return host ? { url: host, host: true } : null
  }
  if (FETCHES.test(name)) {
    const t = first.kind() === 'object' ? fromObject(first) : { url: first, host: false }
    return t ? { ...t, name } : null
  }
  if (HOST_CONNECTS.test(name)) {
    if (first.kind() === 'object') {
      const t = fromObject(first)
      return t ? { ...t, host: true, name } : null
    }
    return a[1] ? { url: a[1], host: true, name } : null
  }
  const fn = fnOf(node)
  const method = fn?.kind() === 'member_expression' ? (fn.field('property')?.text() ?? '') : ''
  const recv = fn?.kind() === 'member_expression' ? fn.field('object') : null
  if (VERBS.test(method) && isClient(ctx, name, recv)) {
    // needle('get', url) / needle.request('get', url)
    const u = method === 'request' && /^needle\./.test(name) ? a[1] : first
    if (!u) return null
    const t = u.kind() === 'object' ? fromObject(u) : { url: u, host: false }
    return t ? { ...t, name } : null
  }
  if (method === 'connect' && a.length >= 2 && (a[0]!.kind() === 'number' || /port/i.test(a[0]!.text()))) return { url: a[1]!, host: true, name }
  return null
}

export default defineRule({
  id: 'javascript/no-ssrf',
  languages: ['javascript', 'typescript'],
  title: 'Outbound request to a URL or host from external input',
  property: 'sandbox.net',
  cwe: ['CWE-918'],
  severity: 'high',
  confidence: 'high',
  message: '{{CALL}} connects to a {{WHAT}} taken from external input',
  rationale:
    'When a request parameter decides where the server connects, an attacker reaches what only the server can: cloud metadata (169.254.169.254), internal admin APIs, databases on localhost; the response often comes back to them (server-side request forgery, CWE-918).',
  safeAlternative:
    'Keep scheme and host constant and put the input only in the path or query (`https://api.example.com/users/${encodeURIComponent(id)}`), or parse with new URL() and check url.hostname against a constant allow-list before connecting.',
  match: {
    rule: {
      any: [
        { kind: 'call_expression', has: { field: 'function', regex: '^(?s:.*?\\.)?(?:fetch|get|post|put|delete|del|patch|head|options|request|stream|connect|createConnection)$|^(?:axios|got|ky|needle|superagent|request|phin|bent)$' } },
        { kind: 'new_expression', has: { field: 'constructor', regex: '^(?s:.*?\\.)?(?:WebSocket|EventSource)$' } },
      ],
    },
  },
  // FETCHES, CLIENT_MODULES and the client factories of isClient, HOST_CONNECTS and `.connect`, the constructors.
  // http and https as modules only: `http` alone is in every URL.
  requires: {
    words: ['fetch', 'axios', 'got', 'ky', 'needle', 'superagent', 'request', 'phin', 'bent', 'undici', 'connect', 'createConnection', 'WebSocket', 'EventSource', ...moduleWords('http', 'https')],
  },
  check(node, ctx) {
    const t = target(ctx, node)
    if (!t) return false
    if (!external(ctx, t.url)) return false
    if (!t.host && hasConstantOrigin(shapeOf(ctx, t.url, JS).prefix)) return false
    if (hasAllowListCheck(ctx, node)) return false
    return { data: { CALL: t.name, WHAT: t.host ? 'host' : 'URL' } }
  },
})

import type { SgNode } from '@ast-grep/napi'
import { defineRule } from '../../../engine/rule.js'
import { constructorArgs } from '../../c/_utils/c.js'
import { unsafeDestination } from '../../c/_utils/net.js'
import escapeStringRegexp from 'escape-string-regexp'

const CLIENT_TYPES = '(?:httplib::)?(?:Client|SSLClient)|QUrl|(?:Poco::Net::)?(?:HTTPClientSession|HTTPSClientSession)|(?:Poco::)?URI|web::http::client::http_client|http_client'
const URL_CALLS = '(?:cpr::)?Url|QUrl|(?:curlpp::)?options::Url|(?:Poco::)?URI|(?:httplib::)?(?:Client|SSLClient)|(?:web::http::client::)?http_client|QUrl::fromUserInput'

export default defineRule({
  id: 'cpp/no-ssrf-http-client',
  languages: ['cpp'],
  title: 'C++ HTTP client or resolver aimed at a host taken from input',
  property: 'sandbox.net',
  cwe: ['CWE-918'],
  severity: 'high',
  confidence: 'medium',
  message: '{{WHAT}} targets a destination from external input ({{SOURCE}}) that is neither fixed nor allow-listed',
  rationale:
    'cpr, cpp-httplib, Poco, cpprestsdk, curlpp, Qt and Boost.Asio connect wherever the URL or host says; when input picks it, an attacker makes the server call internal services and cloud metadata endpoints on their behalf (CWE-918, SSRF).',
  safeAlternative: 'Use a constant scheme and host and put input only in the path or query, or compare the host with a fixed allow-list before building the client.',
  match: {
    rule: {
      any: [
        { kind: 'compound_literal_expression', has: { field: 'type', regex: `^(?:${URL_CALLS})$` } },
        { kind: 'call_expression', has: { field: 'function', regex: `^(?:${URL_CALLS})$` } },
        { kind: 'declaration', has: { field: 'type', regex: `^(?:${CLIENT_TYPES})$` } },
        { kind: 'call_expression', has: { field: 'function', kind: 'field_expression', has: { field: 'field', regex: '^(?:resolve|async_resolve|setUrl|setHost)$' } } },
      ],
    },
  },
  check(node, ctx) {
    let dest: SgNode | undefined
    let what: string
    if (node.kind() === 'declaration') {
      what = node.field('type')?.text() ?? ''
      const d = node.namedChildren().find((c) => c.kind() === 'init_declarator' || c.kind() === 'function_declarator')
      dest = d ? constructorArgs(d)[0] : undefined
    } else if (node.kind() === 'compound_literal_expression') {
      what = node.field('type')?.text() ?? ''
      dest = node.field('value')?.namedChildren()[0]
    } else {
      const fn = node.field('function')!
      what = fn.text()
      if (fn.kind() === 'field_expression') {
        const recv = fn.field('argument')?.text().replace(/\s+/g, '') ?? ''
        const field = fn.field('field')?.text() ?? ''
        if (/resolve/.test(field) && !new RegExp(`resolver\\s*[*&]?\\s*${escapeStringRegexp(recv)}\\b|${escapeStringRegexp(recv)}\\s*\\(`).test(ctx.source) && !/resolver/i.test(recv)) return false
        if (/^set/.test(field) && !new RegExp(`(?:QNetworkRequest|QUrl|URI|HTTPRequest|HTTPClientSession)\\s*[*&]?\\s*${escapeStringRegexp(recv)}\\b`).test(ctx.source)) return false
      }
      dest = ctx.flow.callArguments(node)[0]
    }
    if (!dest) return false
    const source = unsafeDestination(dest, node, ctx)
    return source ? { data: { WHAT: what, SOURCE: source } } : false
  },
})

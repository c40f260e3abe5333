import type { SgNode } from '@ast-grep/napi'
import { defineRule } from '../../../engine/rule.js'
import { SECRET_FORMATS, callName, credentialName, credentialValue, literalText, targetName, unwrap } from '../_utils/php.js'

/** Functions whose argument at the given position is a password or key. */
const SECRET_PARAMS: Record<string, number> = {
  'new PDO': 2, 'new mysqli': 2, mysqli_connect: 2, mysql_connect: 2, mysql_pconnect: 2, mysqli_real_connect: 3, '->real_connect': 2, '->connect': 2,
  ldap_bind: 2, ftp_login: 2, ssh2_auth_password: 2, 'JWT::encode': 1, 'JWT::decode': 1, 'new Key': 0, hash_hmac: 2, hash_hmac_file: 2,
  openssl_encrypt: 2, openssl_decrypt: 2, sodium_crypto_secretbox: 2, 'new PHPMailer\\OAuth': 3, '->setAuth': 1, '->setPassword': 0, '->setApiKey': 0,
  '->setAccessToken': 0, '->setClientSecret': 0, '->setSecret': 0, '->setToken': 0, '->withToken': 0, '->withBasicAuth': 1, '->setCredentials': 1,
  'Stripe::setApiKey': 0, 'Configuration::setApiKey': 1, '->withDigestAuth': 1, 'imap_open': 2, 'mssql_connect': 2, 'oci_connect': 1, 'pg_connect': 0,
  'new Redis': -1, 'new AMQPStreamConnection': 3, 'new Client': -1,
}

// Compiled once: check() runs for most literals of a file.
const AUTH_HEADER = /^(?:(?:Proxy-)?Authorization:\s*|X-Api-Key:\s*|X-Auth-Token:\s*)?(Bearer|Basic|Token|token)\s+([A-Za-z0-9._~+/=-]{12,})$/
const API_KEY_HEADER = /^(?:X-Api-Key|X-Auth-Token|Api-Key|X-API-KEY|X-Access-Token):\s*([A-Za-z0-9._~+/=-]{12,})$/i
const DIGIT = /\d/
const FALLBACK_OPERATOR = /^(?:\?\?|\?:|\|\||or)$/
const COMPARISON = /^(?:===?|!==?|<>)$/
const CURL_SECRET_OPTION = /^CURLOPT_(?:USERPWD|PASSWORD|PROXYUSERPWD|KEYPASSWD|SSLKEYPASSWD|XOAUTH2_BEARER)$/
const DEFINE_OR_PUTENV = /^(?:define|putenv)$/
const ENV_DEFAULT = /^(?:env|getenv|config)$/
const PG_PASSWORD = /password\s*=\s*[^\s'"]{4,}/i

/**
 * The value of a quoted literal without escapes or interpolation, read from its text: what
 * literalText gives for it, for one native call instead of a walk over its children (the rule
 * visits every string of the file). Undefined for anything else (b'…', heredocs, "$x", '\n').
 */
function plainLiteral(text: string): string | undefined {
  const q = text.charAt(0)
  if ((q !== "'" && q !== '"') || text.length < 2 || text.charAt(text.length - 1) !== q || text.includes('\\')) return undefined
  if (q === '"' && text.includes('$')) return undefined
  return text.slice(1, -1)
}

function reportLiteral(lit: SgNode, name: string): { node: SgNode; data: Record<string, string> } | false {
  const value = literalText(lit)
  if (value === undefined || !credentialValue(value)) return false
  return { node: lit, data: { NAME: name } }
}

export default defineRule({
  id: 'php/no-hardcoded-credentials',
  languages: ['php'],
  title: 'Hard-coded credential in source code',
  property: 'crypto.secrets',
  cwe: ['CWE-798'],
  severity: 'high',
  confidence: 'medium',
  message: 'A literal credential is stored in {{NAME}}',
  rationale:
    'Secrets in source code end up in version control, backups, logs and every copy of the code; anyone who reads them gets the database, API or signing key, and rotating them needs a code change (CWE-798).',
  safeAlternative: "Read the secret at run time from the environment or a secret store: getenv('DB_PASSWORD'), $_ENV['API_KEY'], config('services.x.secret') backed by .env.",
  match: {
    rule: {
      any: [
        { kind: 'string' },
        { kind: 'encapsed_string' },
        { kind: 'heredoc' },
        { kind: 'nowdoc' },
      ],
      // Every report below needs eight non-blank characters in a row (a credential value, a token
      // after 'Bearer', 'password=' of a connection string): most literals of a file are filtered
      // here, in ast-grep, instead of one by one in check(). Any non-ASCII literal passes, since
      // the regex counts code points where check() counts UTF-16 units.
      regex: '[^\\t\\n\\x0B\\f\\r ]{8}|[^\\x00-\\x7F]',
    },
  },
  check(node) {
    const value = plainLiteral(node.text()) ?? literalText(node)
    // Every secret format and header below needs 12+ characters: short literals stop here.
    if (value === undefined || value.length < 8) return false
    if (SECRET_FORMATS.test(value)) return { data: { NAME: 'a literal in a well-known secret format' } }
    // 'Authorization: Bearer eyJ…' / 'Basic dXNlcjpwYXNz': a credential in a header literal.
    const header = AUTH_HEADER.exec(value)
    if (header && credentialValue(header[2]!) && DIGIT.test(header[2]!)) return { data: { NAME: `an ${header[1]} authorization header` } }
    const apiHeader = API_KEY_HEADER.exec(value)
    if (apiHeader && credentialValue(apiHeader[1]!)) return { data: { NAME: 'an API key header' } }
    // Every report below needs credentialValue(value), except putenv('NAME=secret') and the
    // pg_connect 'password=…' string, which need an '=': most literals stop here, before the walk.
    if (!credentialValue(value) && !value.includes('=')) return false
    // Where does this literal go? (kind() is a native call: read once per step)
    let cur = node
    let parent = cur.parent()
    let pk = parent?.kind()
    while (parent && (pk === 'parenthesized_expression' || pk === 'conditional_expression' || (pk === 'binary_expression' && FALLBACK_OPERATOR.test(parent.field('operator')?.text() ?? '')))) {
      cur = parent
      parent = cur.parent()
      pk = parent?.kind()
    }
    if (!parent) return false
    if (pk === 'assignment_expression' && parent.field('right')?.id() === cur.id()) {
      const name = targetName(parent.field('left'))
      return credentialName(name) ? reportLiteral(node, name) : false
    }
    if (pk === 'const_element' || pk === 'property_element' || pk === 'static_variable_declaration') {
      const name = parent.namedChildren()[0]?.text() ?? ''
      return credentialName(name) ? reportLiteral(node, name) : false
    }
    if (pk === 'property_initializer' || pk === 'simple_parameter' || pk === 'property_promotion_parameter') {
      const holder = pk === 'property_initializer' ? parent.parent() : parent
      const name = holder?.namedChildren().find((c) => c.kind() === 'variable_name')?.text() ?? ''
      return credentialName(name) ? reportLiteral(node, name) : false
    }
    if (pk === 'array_element_initializer') {
      const [k, v] = parent.namedChildren()
      if (!k || !v) return false
      const kk = k.kind()
      const name = (kk === 'string' || kk === 'encapsed_string' ? plainLiteral(k.text()) : undefined) ?? literalText(k) ?? (kk === 'name' ? k.text() : '')
      const curlOption = CURL_SECRET_OPTION.test(name)
      // The key decides most elements; only then ask whether the literal is the value.
      if ((!curlOption && !credentialName(name)) || v.id() !== cur.id()) return false
      return reportLiteral(node, curlOption ? name : `'${name}'`)
    }
    if (pk === 'binary_expression' && COMPARISON.test(parent.field('operator')?.text() ?? '')) {
      const other = parent.field('left')?.id() === cur.id() ? parent.field('right') : parent.field('left')
      const name = other ? targetName(unwrap(other)) : ''
      return credentialName(name) ? reportLiteral(node, name) : false
    }
    if (pk === 'argument') {
      const named = parent.field('name')?.text()
      const call = parent.parent()?.parent()
      if (!call) return false
      if (named && credentialName(named)) return reportLiteral(node, named)
      const fn = callName(call)
      const positional = parent.parent()!.namedChildren().filter((c) => c.kind() === 'argument')
      const index = positional.findIndex((a) => a.id() === parent.id())
      if (fn === 'curl_setopt' && CURL_SECRET_OPTION.test(positional[1]?.text() ?? '') && index === 2) return reportLiteral(node, positional[1]!.text())
      if (fn === 'putenv' && index === 0) {
        const [name, secret] = (literalText(node) ?? '').split(/=(.*)/s)
        return name && secret && credentialName(name) && credentialValue(secret) ? { data: { NAME: name } } : false
      }
      if (DEFINE_OR_PUTENV.test(fn) && index === 1) {
        const name = literalText(positional[0]?.namedChildren().at(-1)) ?? ''
        return credentialName(name) ? reportLiteral(node, name) : false
      }
      // env('DB_PASSWORD', 'fallback-secret'): the default is a hard-coded credential.
      if (ENV_DEFAULT.test(fn) && index === 1) {
        const name = literalText(positional[0]?.namedChildren().at(-1)) ?? ''
        return credentialName(name) ? reportLiteral(node, name) : false
      }
      if (fn === 'hash_equals' && index === 0) {
        const other = positional[1]?.namedChildren().at(-1)
        const name = other ? targetName(other) : ''
        return credentialName(name) ? reportLiteral(node, name) : false
      }
      const pos = Object.hasOwn(SECRET_PARAMS, fn) ? SECRET_PARAMS[fn] : undefined
      if (pos !== undefined && pos === index) return reportLiteral(node, `the ${fn.replace(/^->/, '')} key/password argument`)
      if (fn === 'pg_connect' && PG_PASSWORD.test(literalText(node) ?? '')) return { data: { NAME: 'the pg_connect connection string' } }
      return false
    }
    return false
  },
})

import { defineRule } from '../../../engine/rule.js'

export default defineRule({
  id: 'c/no-curl-verifyhost-disabled',
  languages: ['c', 'cpp'],
  title: 'libcurl host name verification disabled (CURLOPT_SSL_VERIFYHOST 0)',
  property: 'crypto.tls',
  cwe: ['CWE-295', 'CWE-297'],
  severity: 'high',
  confidence: 'high',
  message: '{{OPT}} is set to {{VALUE}}: libcurl accepts a valid certificate issued for any other host',
  rationale:
    'Without host name verification any valid certificate is accepted, including one an attacker legitimately obtained for their own domain, so a man-in-the-middle can impersonate the server (CWE-297).',
  safeAlternative: 'Keep CURLOPT_SSL_VERIFYHOST at 2L (the default).',
  match: {
    rule: { pattern: { context: 'void f() { curl_easy_setopt($H, $OPT, $VALUE); }', selector: 'call_expression' }, has: { field: 'function', regex: '^curl_easy_setopt$' } },
    constraints: {
      OPT: { regex: '^(?:CURLOPT_SSL_VERIFYHOST|CURLOPT_PROXY_SSL_VERIFYHOST|CURLOPT_DOH_SSL_VERIFYHOST)$' },
      VALUE: { regex: '^(?:0[lL]*|\\(long\\)\\s*0|false|FALSE)$' },
    },
  },
  check(node) {
    const value = node.getMatch('VALUE')
    return value ? { node: value } : false
  },
  fix: { template: '2L', kind: 'safe', description: 'Turn host name verification back on.' },
})

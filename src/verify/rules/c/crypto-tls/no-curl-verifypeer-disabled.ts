import { defineRule } from '../../../engine/rule.js'

export default defineRule({
  id: 'c/no-curl-verifypeer-disabled',
  languages: ['c', 'cpp'],
  title: 'libcurl certificate verification disabled (CURLOPT_SSL_VERIFYPEER 0)',
  property: 'crypto.tls',
  cwe: ['CWE-295'],
  severity: 'high',
  confidence: 'high',
  message: '{{OPT}} is set to {{VALUE}}: libcurl accepts any certificate, so the connection can be intercepted',
  rationale:
    'With peer verification off, curl accepts a self-signed or forged certificate from anyone on the network path; a man-in-the-middle reads and changes the traffic, including credentials and API tokens (CWE-295).',
  safeAlternative: 'Keep CURLOPT_SSL_VERIFYPEER at 1L (the default) and point CURLOPT_CAINFO at the right CA bundle if a private CA is used.',
  match: {
    rule: { pattern: { context: 'void f() { curl_easy_setopt($H, $OPT, $VALUE); }', selector: 'call_expression' }, has: { field: 'function', regex: '^curl_easy_setopt$' } },
    constraints: {
      OPT: { regex: '^(?:CURLOPT_SSL_VERIFYPEER|CURLOPT_PROXY_SSL_VERIFYPEER|CURLOPT_DOH_SSL_VERIFYPEER)$' },
      VALUE: { regex: '^(?:0[lL]*|\\(long\\)\\s*0|false|FALSE|0L)$' },
    },
  },
  check(node) {
    const value = node.getMatch('VALUE')
    return value ? { node: value } : false
  },
  fix: { template: '1L', kind: 'safe', description: 'Turn certificate verification back on.' },
})

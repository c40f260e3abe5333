import { defineRule } from '../../../engine/rule.js'
import { args, callName, receiver } from '../_utils/managed.js'

const QUOTED = /(?:^|\.)(?:Pattern\.quote|quote|escapeRegex\w*|escape)$/

export default defineRule({
  id: 'java/no-regex-from-input',
  languages: ['java'],
  title: 'Regular expression compiled from external input (ReDoS)',
  property: 'resource.limits',
  cwe: ['CWE-1333', 'CWE-400'],
  severity: 'medium',
  confidence: 'high',
  message: '{{CALL}} compiles a regular expression taken from external input',
  rationale:
    'java.util.regex backtracks: a pattern such as (a+)+$ supplied by the user, matched against a modest string, runs for minutes and pins a request thread; many such requests take the service down (CWE-1333, CWE-400).',
  safeAlternative: 'Do not accept patterns from users; search for the literal text (String.contains, Pattern.compile(Pattern.quote(term))), or use a linear-time engine such as RE2/J with a length limit.',
  match: { rule: { kind: 'method_invocation', has: { field: 'name', regex: '^(compile|matches|replaceAll|replaceFirst|split)$' } } },
  check(node, ctx) {
    const name = callName(node)
    const recv = receiver(node)
    const recvText = recv?.text().replace(/\s+/g, '') ?? ''
    const a = args(node)
    let pattern
    if ((name === 'compile' || name === 'matches') && /^(?:java\.util\.regex\.)?Pattern$/.test(recvText)) pattern = a[0]
    else if (/^(?:matches|replaceAll|replaceFirst|split)$/.test(name) && recv && !/^(?:java\.util\.regex\.)?Pattern$/.test(recvText) && a.length >= 1 && a.length <= 2) {
      // String.matches(regex), String.replaceAll(regex, repl), String.split(regex[, limit])
      if (/Matcher|matcher\(/.test(recvText)) return false
      pattern = a[0]
    }
    if (!pattern || !ctx.flow.isExternal(pattern, { sanitizers: QUOTED, numericSanitizes: false })) return false
    return { data: { CALL: recv && /Pattern$/.test(recvText) ? `Pattern.${name}` : `String.${name}` } }
  },
})

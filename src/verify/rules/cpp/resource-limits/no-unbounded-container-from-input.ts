import type { SgNode } from '@ast-grep/napi'
import { defineRule } from '../../../engine/rule.js'
import { constructorArgs, EXTERNAL_INPUT_WORDS, methodName } from '../../c/_utils/c.js'
import { uncappedExternal } from '../../c/_utils/limits.js'
import escapeStringRegexp from 'escape-string-regexp'

const CONTAINERS = '(?:std::)?(?:vector|basic_string|string|wstring|deque)(?:<[\\s\\S]*>)?|(?:std::)?unique_ptr<[^>]*\\[\\]>|QByteArray|QVector<[^>]*>|QString'

export default defineRule({
  id: 'cpp/no-unbounded-container-from-input',
  languages: ['cpp'],
  title: 'Container or new[] sized by external input with no upper bound',
  property: 'resource.limits',
  cwe: ['CWE-770', 'CWE-400', 'CWE-789'],
  severity: 'medium',
  confidence: 'medium',
  message: '{{WHAT}} is sized by external input ({{SOURCE}}) that nothing caps',
  rationale:
    'std::vector<T>(n), resize(n), reserve(n), std::string(n, c) and new T[n] allocate whatever size they are given; a length field or count from a client requests gigabytes and the process dies with std::bad_alloc or gets killed, a cheap denial of service (CWE-770, CWE-789).',
  safeAlternative: 'Compare the size with a fixed maximum first (if (n > kMaxItems) throw std::length_error("too large");), or grow the container only as data actually arrives.',
  match: {
    rule: {
      any: [
        { kind: 'declaration', has: { field: 'type', regex: `^(?:${CONTAINERS})$` } },
        { kind: 'call_expression', has: { field: 'function', kind: 'field_expression', has: { field: 'field', regex: '^(?:resize|reserve|assign)$' } } },
        { kind: 'new_expression', has: { kind: 'new_declarator' } },
        { kind: 'call_expression', has: { field: 'function', regex: '^(?:std::)?(?:make_unique|make_shared)<[^>]*\\[\\]>$' } },
      ],
    },
  },
  // reports only sizes from external input
  requires: { words: EXTERNAL_INPUT_WORDS },
  check(node, ctx) {
    let size: SgNode | undefined
    let what: string
    if (node.kind() === 'declaration') {
      what = node.field('type')?.text() ?? ''
      const d = node.namedChildren().find((c) => c.kind() === 'init_declarator' || c.kind() === 'function_declarator')
      const args = d ? constructorArgs(d) : []
      // `std::vector<int> v{a, b}` lists elements; `std::string s(n, 'x')` and `std::vector<T> v(n)` size
      if (d?.kind() === 'init_declarator' && d.field('value')?.kind() === 'initializer_list') return false
      // `std::string s(n, 'x')` sizes; `std::string s(first, last)` copies a range
      if (/string|QString|QByteArray/.test(what) && (args.length !== 2 || !/^'|^\d|^L'/.test(args[1]!.text().trim()))) return false
      if (args.some((a) => /iterator|\bbegin\s*\(|\bend\s*\(|\.data\s*\(\)/.test(a.text()))) return false
      // an iterator pair `v(first, last)` copies a range
      const base = (a: SgNode): string => /^[A-Za-z_]\w*/.exec(a.text().trim())?.[0] ?? a.text()
      if (args.length === 2 && (args[1]!.text().includes(args[0]!.text()) || base(args[0]!) === base(args[1]!) || /\bend\b|\bcend\b/.test(args[1]!.text()))) return false
      size = args[0]
    } else if (node.kind() === 'new_expression') {
      what = 'new[]'
      size = node.children().find((c) => c.kind() === 'new_declarator')?.namedChildren()[0]
    } else {
      const fn = node.field('function')!
      if (fn.kind() === 'field_expression') {
        const recv = fn.field('argument')?.text().replace(/\s+/g, '') ?? ''
        if (!/^[\w.>-]+$/.test(recv)) return false
        const last = recv.split(/\.|->/).at(-1) ?? recv
        if (!new RegExp(`(?:${CONTAINERS})\\s*[&*]?\\s*${escapeStringRegexp(last)}\\b`).test(ctx.source)) return false
        what = `${recv}.${methodName(node)}`
      } else what = fn.text()
      size = ctx.flow.callArguments(node)[0]
    }
    if (!size) return false
    const origin = uncappedExternal(size, node, ctx)
    return origin ? { data: { WHAT: what, SOURCE: (origin.source ?? size.text()).replace(/\s+/g, ' ').slice(0, 40) } } : false
  },
})

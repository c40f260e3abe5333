import type { SgNode } from '@ast-grep/napi'
import { defineRule } from '../../../engine/rule.js'
import { constructorArgs, valueOrigin } from '../../c/_utils/c.js'
import escapeStringRegexp from 'escape-string-regexp'

const REGEX_TYPES = '(?:std::)?(?:w?regex|basic_regex<[^>]*>)|boost::(?:w?regex|basic_regex<[^>]*>)|QRegularExpression|QRegExp|RE2|re2::RE2'
const ESCAPERS = /^(?:regex_escape|escape_regex|QRegularExpression::escape|RE2::QuoteMeta|re2::RE2::QuoteMeta|boost::regex_replace)$/

export default defineRule({
  id: 'cpp/no-regex-from-input',
  languages: ['cpp'],
  title: 'std::regex built from external input',
  property: 'resource.limits',
  cwe: ['CWE-1333', 'CWE-400'],
  severity: 'medium',
  confidence: 'medium',
  message: '{{WHAT}} compiles a pattern from external input ({{SOURCE}})',
  rationale:
    'std::regex and boost::regex backtrack, so a pattern supplied by a user such as (a+)+$ takes exponential time on a short input, and deeply nested patterns overflow the stack: a regular-expression denial of service (CWE-1333).',
  safeAlternative: 'Use constant patterns; to search for user text, escape it (or use std::string::find); if user patterns are a feature, use RE2 with a program-size limit and cap the input length.',
  match: {
    rule: {
      any: [
        { kind: 'declaration', has: { field: 'type', regex: `^(?:${REGEX_TYPES})$` } },
        { kind: 'call_expression', has: { field: 'function', regex: `^(?:${REGEX_TYPES})$` } },
        { kind: 'call_expression', has: { field: 'function', kind: 'field_expression', has: { field: 'field', regex: '^(?:assign|setPattern)$' } } },
      ],
    },
  },
  // every branch names a REGEX_TYPES type (`assign`/`setPattern` only on a receiver declared with one);
  // the derived words would admit `boost::` and `assign` alone
  requires: { words: ['regex', 'RE2', 'QRegExp', 'QRegularExpression'] },
  check(node, ctx) {
    let pattern: SgNode | undefined
    let what: string
    if (node.kind() === 'declaration') {
      what = node.field('type')?.text() ?? ''
      const d = node.namedChildren().find((c) => c.kind() === 'init_declarator' || c.kind() === 'function_declarator')
      pattern = d ? constructorArgs(d)[0] : undefined
    } else {
      const fn = node.field('function')!
      what = fn.text()
      if (fn.kind() === 'field_expression') {
        const recv = fn.field('argument')?.text().replace(/\s+/g, '') ?? ''
        if (!/^\w+$/.test(recv) || !new RegExp(`(?:${REGEX_TYPES})\\s*[&*]?\\s*${escapeStringRegexp(recv)}\\b`).test(ctx.source)) return false
      }
      pattern = ctx.flow.callArguments(node)[0]
    }
    if (!pattern) return false
    const origin = valueOrigin(pattern, ctx, { numericSanitizes: false, sanitizers: ESCAPERS })
    if (!origin.external) return false
    return { data: { WHAT: what, SOURCE: (origin.source ?? pattern.text()).replace(/\s+/g, ' ').slice(0, 40) } }
  },
})

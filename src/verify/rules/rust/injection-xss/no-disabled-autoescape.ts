import { defineRule } from '../../../engine/rule.js'

export default defineRule({
  id: 'rust/no-disabled-autoescape',
  languages: ['rust'],
  title: 'Template auto-escaping turned off',
  property: 'injection.xss',
  cwe: ['CWE-79', 'CWE-116'],
  severity: 'high',
  confidence: 'medium',
  message: '{{WHAT}} turns off HTML auto-escaping for rendered templates',
  rationale:
    'With auto-escaping off, every value a template prints is emitted as raw markup, so any user-controlled field (a name, a comment, a query echo) becomes script in the page: stored or reflected XSS (CWE-79).',
  safeAlternative: 'Leave auto-escaping on for `.html` templates; mark individual trusted, already-sanitized values safe instead of disabling escaping globally.',
  match: {
    rule: {
      any: [
        { kind: 'call_expression', has: { field: 'function', kind: 'field_expression', has: { field: 'field', regex: '^autoescape_on$' } }, regex: 'autoescape_on[ \\t\\r\\n]*\\([ \\t\\r\\n]*vec![ \\t\\r\\n]*\\[[ \\t\\r\\n]*\\][ \\t\\r\\n]*\\)' },
        { kind: 'call_expression', has: { field: 'function', kind: 'field_expression', has: { field: 'field', regex: '^register_escape_fn$' } }, regex: 'no_escape' },
        { kind: 'call_expression', has: { field: 'function', kind: 'field_expression', has: { field: 'field', regex: '^set_auto_escape_callback$' } }, regex: 'AutoEscape::None' },
        { kind: 'attribute_item', regex: '^#\\[[ \\t\\r\\n]*template[ \\t\\r\\n]*\\([^\\]]*escape[ \\t\\r\\n]*=[ \\t\\r\\n]*"none"' },
      ],
    },
  },
  check(node) {
    const what = node.kind() === 'attribute_item' ? '#[template(escape = "none")]' : (/\.(\w+)\s*\(/.exec(node.text().replace(/^[\s\S]*\)\s*\./, '.'))?.[1] ?? 'call')
    return { data: { WHAT: what } }
  },
})

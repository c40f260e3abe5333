import { defineRule } from '../../../engine/rule.js'
import { prop, untrusted } from '../_utils/js.js'
import { HTML_SANITIZERS } from './no-unsafe-html-sink.js'

export default defineRule({
  id: 'javascript/no-dangerously-set-inner-html',
  languages: ['javascript', 'typescript'],
  title: 'dangerouslySetInnerHTML with non-constant HTML',
  property: 'injection.xss',
  cwe: ['CWE-79'],
  severity: 'high',
  confidence: 'high',
  message: 'dangerouslySetInnerHTML renders non-constant data as raw HTML',
  rationale:
    'React escapes everything except dangerouslySetInnerHTML: markup from users, CMS content or Markdown rendered without sanitizing reaches the DOM as is, and its event handlers and scripts run (CWE-79).',
  safeAlternative: 'Render the value as a child ({value}) so React escapes it, or sanitize it first: dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(html) }}.',
  match: {
    // property_identifier exists in every JS/TS grammar; jsx_attribute does not exist in plain TypeScript.
    rule: { kind: 'property_identifier', regex: '^dangerouslySetInnerHTML$' },
  },
  check(key, ctx) {
    const node = key.parent()
    if (!node || (node.kind() !== 'pair' && node.kind() !== 'jsx_attribute')) return false
    const value = node.kind() === 'pair' ? node.field('value') : node.namedChildren().find((c) => c.kind() === 'jsx_expression')?.namedChildren()[0]
    if (!value) return false
    const html = value.kind() === 'object' ? prop(value, '__html') : value
    if (!html || !untrusted(ctx, html, { sanitizers: HTML_SANITIZERS })) return false
    return { node }
  },
})

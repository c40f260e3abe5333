import { defineRule } from '../../../engine/rule.js'
import { boolValue, literalText, nameOf } from '../_utils/php.js'

export default defineRule({
  id: 'php/no-disabled-autoescape',
  languages: ['php'],
  title: 'Template auto-escaping turned off',
  property: 'injection.xss',
  cwe: ['CWE-79'],
  severity: 'high',
  confidence: 'high',
  message: "'{{KEY}}' => false turns off HTML auto-escaping for every template of this environment",
  rationale:
    'With auto-escaping off, every variable a template prints is written into the page as raw HTML; one value from a user is enough for stored or reflected cross-site scripting (CWE-79).',
  safeAlternative: "Keep 'autoescape' => 'html' (the default) and mark only vetted, already-sanitized values as safe in the template.",
  match: { rule: { kind: 'array_element_initializer', has: { kind: 'string', regex: "^'(?:autoescape|auto_escape|escape_html)'$" } } },
  check(node, ctx) {
    const [k, v] = node.namedChildren()
    if (!k || !v) return false
    const key = literalText(k) ?? ''
    if (boolValue(ctx, v) !== false || v.kind() === 'string' || v.kind() === 'encapsed_string') return false
    // Only inside the options of a template environment: new Environment($loader, [...]).
    let cur = node.parent()
    for (let i = 0; i < 4 && cur; i++) {
      if (cur.kind() === 'object_creation_expression') return /^new (?:Environment|Twig_Environment|Smarty|Engine|Latte\w*)$/.test(nameOf(ctx, cur)) ? { data: { KEY: key } } : false
      if (cur.kind() === 'assignment_expression' || cur.kind() === 'return_statement') return /twig|template|view/i.test(cur.text().slice(0, 60)) ? { data: { KEY: key } } : false
      cur = cur.parent()
    }
    return false
  },
})

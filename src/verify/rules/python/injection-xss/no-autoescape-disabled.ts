import { defineRule } from '../../../engine/rule.js'

export default defineRule({
  id: 'python/no-autoescape-disabled',
  languages: ['python'],
  title: 'Template auto-escaping explicitly disabled',
  property: 'injection.xss',
  cwe: ['CWE-79', 'CWE-116'],
  severity: 'high',
  confidence: 'high',
  message: 'autoescape=False renders every template value as raw HTML',
  rationale:
    'With auto-escaping off, every {{ value }} in the templates of this environment is inserted into the page unescaped, so any user-controlled value becomes markup and script (CWE-79). Jinja2 defaults to off, which is why Flask turns it on.',
  safeAlternative: 'Enable escaping: Environment(autoescape=True) or autoescape=select_autoescape(["html", "xml"]); mark the few trusted fragments with Markup explicitly.',
  match: {
    rule: {
      kind: 'keyword_argument',
      regex: '^autoescape\\s*=\\s*False$',
      inside: { kind: 'argument_list', stopBy: 'neighbor' },
    },
  },
  fix: { template: 'autoescape=True', kind: 'unsafe', description: 'Turn auto-escaping on; templates that relied on raw output must mark trusted fragments as Markup.' },
})

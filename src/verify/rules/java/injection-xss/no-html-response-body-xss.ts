import { defineRule } from '../../../engine/rule.js'
import { HTML_SANITIZERS } from '../_utils/java.js'
import { sqlText, untrustedString } from '../_utils/managed.js'

const MAPPING = /@(?:Get|Post|Put|Delete|Patch|Request)Mapping\b|@(?:GET|POST|PUT|DELETE|PATCH|Get|Post|Produces)\b/
const HTML_TAG = /<\/?[a-zA-Z][a-zA-Z0-9]*[\s>/]/


export default defineRule({
  id: 'java/no-html-response-body-xss',
  languages: ['java'],
  title: 'HTML response body built from untrusted data',
  property: 'injection.xss',
  cwe: ['CWE-79'],
  severity: 'high',
  confidence: 'medium',
  message: 'handler returns HTML markup concatenated with non-constant data, unescaped',
  rationale:
    'A @ResponseBody / @RestController string is sent as-is; when it is HTML with request data pasted in, the browser runs any <script> or event handler the data carries in the site\'s origin (CWE-79).',
  safeAlternative: 'Return data (JSON) or render through an auto-escaping template (Thymeleaf th:text); when building HTML by hand escape each value with HtmlUtils.htmlEscape or Encode.forHtml.',
  // the handler annotations MAPPING looks for (`@Get` also covers @GetMapping)
  requires: { words: ['@Get', '@Post', '@Put', '@Delete', '@Patch', '@Request', '@GET', '@POST', '@PUT', '@DELETE', '@PATCH', '@Produces'] },
  match: { rule: { kind: 'return_statement', inside: { kind: 'method_declaration', stopBy: 'end' } } },
  check(node, ctx) {
    const value = node.namedChildren()[0]
    if (!value || value.kind() === 'string_literal') return false
    const fn = ctx.flow.enclosingFunction(node)
    if (!fn || fn.kind() !== 'method_declaration') return false
    const mods = fn.children().find((c) => c.kind() === 'modifiers')?.text() ?? ''
    if (!MAPPING.test(mods)) return false
    if (/produces\s*=\s*(?:MediaType\.(?:APPLICATION_JSON|TEXT_PLAIN)|"(?:application\/json|text\/plain))/.test(mods)) return false
    const type = fn.field('type')?.text() ?? ''
    if (!/^(?:String|ResponseEntity<String>|Object|ResponseEntity<\?>|ResponseEntity)$/.test(type)) return false
    if (!HTML_TAG.test(sqlText(value, ctx))) return false
    return untrustedString(value, ctx, HTML_SANITIZERS)
  },
})

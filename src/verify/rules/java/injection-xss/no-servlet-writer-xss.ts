import { defineRule } from '../../../engine/rule.js'
import { HTML_SANITIZERS } from '../_utils/java.js'
import { args, callName, declaredType, receiver, resolve, untrustedString } from '../_utils/managed.js'


export default defineRule({
  id: 'java/no-servlet-writer-xss',
  languages: ['java'],
  title: 'Unescaped data written to the HTTP response',
  property: 'injection.xss',
  cwe: ['CWE-79'],
  severity: 'high',
  confidence: 'high',
  message: 'response writer {{CALL}} emits non-constant data without HTML escaping',
  rationale:
    'Text written to the servlet response is parsed by the browser as HTML: a value containing <script> or an event-handler attribute runs script in the victim\'s session, stealing cookies or acting as the user (CWE-79).',
  safeAlternative:
    'Escape every value for its HTML context (Encode.forHtml(x) from the OWASP Java Encoder, HtmlUtils.htmlEscape, StringEscapeUtils.escapeHtml4) or render through an auto-escaping template (Thymeleaf th:text, JSP <c:out>).',
  match: { rule: { kind: 'method_invocation', has: { field: 'name', regex: '^(print|println|write|printf|format|append)$' } } },
  // the receiver resolves to `….getWriter()` or `….getOutputStream()`; print/write/append alone are everywhere
  requires: { words: ['getWriter', 'getOutputStream'] },
  check(node, ctx) {
    const recv = receiver(node)
    if (!recv) return false
    const made = resolve(recv, ctx)
    const src = made.text().replace(/\s+/g, '')
    const m = /^(.*)\.get(?:Writer|OutputStream)\(\)(?:\.(?:append|print|write)\(.*)?$/s.exec(src)
    if (!m) return false
    // The writer of an HTTP response, not of a socket or file.
    const owner = m[1]!
    const ownerType = /^\w+$/.test(owner) ? (declaredType(owner, node, ctx) ?? '') : ''
    if (!/(?:Http)?Servlet(?:Response|ResponseWrapper)$|^ServerHttpResponse$/.test(ownerType) && !(ownerType === '' && /^(?:resp|response|res|httpResponse|servletResponse|httpServletResponse)$|(?:^|\.)getResponse\(\)$/.test(owner))) return false
    const fn = ctx.flow.enclosingFunction(node)
    if (fn && /setContentType\(\s*"(?:application\/json|text\/plain|application\/xml|text\/csv|application\/octet-stream)|MediaType\.(?:APPLICATION_JSON|TEXT_PLAIN)/.test(fn.text())) return false
    const a = args(node)
    const name = callName(node)
    const values = name === 'printf' || name === 'format' ? a.slice(1) : name === 'write' && a.length === 3 ? [a[0]!] : a
    if (!values.some((v) => untrustedString(v, ctx, HTML_SANITIZERS))) return false
    return { data: { CALL: name } }
  },
})

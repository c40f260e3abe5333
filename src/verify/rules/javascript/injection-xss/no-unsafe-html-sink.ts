import type { SgNode } from '@ast-grep/napi'
import { defineRule } from '../../../engine/rule.js'
import { args, callee, fnOf, shape, untrusted } from '../_utils/js.js'

export const HTML_SANITIZERS =
  /^(?:DOMPurify\.sanitize|dompurify\.sanitize|purify\.sanitize|sanitize|sanitizeHtml|sanitize-html|sanitizeHTML|escapeHtml|escapeHTML|escape-html|escape|htmlEscape|html-escaper\.escape|he\.encode|he\.escape|_\.escape|lodash\.escape|lodash\.escape|xss|xss\.filterXSS|filterXSS|validator\.escape|encodeURIComponent|encodeURI|Number|parseInt|parseFloat|String\(Number\)|marked\.parseInline_never|\w+\.sanitize|\w+\.escape|\w+\.escapeHtml|encodeHTML|encodeHtml)$/
const HTML_TAG = /<[a-zA-Z!/]/

export default defineRule({
  id: 'javascript/no-unsafe-html-sink',
  languages: ['javascript', 'typescript'],
  title: 'Non-constant data written as HTML into the page',
  property: 'injection.xss',
  cwe: ['CWE-79'],
  severity: 'high',
  confidence: 'high',
  message: '{{SINK}} parses non-constant data as HTML',
  rationale:
    'innerHTML, outerHTML, insertAdjacentHTML, document.write and jQuery .html() parse their input as markup: an <img src=x onerror=…> in the data runs script in the page with the user\'s session (DOM-based XSS, CWE-79).',
  safeAlternative: 'Set text with textContent / innerText or jQuery .text(), build elements with createElement, or sanitize the HTML with DOMPurify.sanitize() first.',
  match: {
    rule: {
      any: [
        { kind: 'assignment_expression', has: { field: 'left', kind: 'member_expression', regex: '\\.(?:innerHTML|outerHTML|srcdoc)$' } },
        { kind: 'augmented_assignment_expression', has: { field: 'left', kind: 'member_expression', regex: '\\.(?:innerHTML|outerHTML)$' } },
        { kind: 'call_expression', has: { field: 'function', regex: '^(?s:.*?\\.)?(?:insertAdjacentHTML|write|writeln|html|append|prepend|after|before|replaceWith|createContextualFragment|setHTMLUnsafe|parseHTMLUnsafe|bypassSecurityTrustHtml|bypassSecurityTrustScript|bypassSecurityTrustResourceUrl|trustAsHtml)$' } },
      ],
    },
  },
  // The assigned properties, the sink methods that check accepts (a reported name ends with the method,
  // and document.write needs `document`), and the jQuery methods.
  requires: {
    words: ['innerHTML', 'outerHTML', 'srcdoc', 'insertAdjacentHTML', 'document', 'createContextualFragment', 'setHTMLUnsafe', 'bypassSecurityTrust', 'trustAsHtml', 'html', 'append', 'prepend', 'after', 'before', 'replaceWith'],
  },
  check(node, ctx) {
    let value: SgNode | null | undefined
    let sink: string
    if (node.kind() === 'call_expression') {
      const name = callee(ctx, node)
      const method = name.split('.').at(-1)!
      const a = args(ctx, node)
      if (method === 'insertAdjacentHTML') value = a[1]
      else if (/^(?:document\.(?:write|writeln)|window\.document\.(?:write|writeln)|\w+\.document\.write)$/.test(name)) value = a[0]
      else if (method === 'createContextualFragment' || method === 'setHTMLUnsafe') value = a[0]
      // Angular DomSanitizer / AngularJS $sce: an explicit opt-out of escaping.
      else if (/^(?:bypassSecurityTrust(?:Html|Script|ResourceUrl)|trustAsHtml)$/.test(method)) value = a[0]
      else if (/^(?:html|append|prepend|after|before|replaceWith)$/.test(method)) {
        // jQuery: $(…).html(x), $el.append(x). Only jQuery-looking receivers.
        const recv = fnOf(node)?.field('object')
        if (!recv || !/^(?:\$|jQuery)\s*\(|^\$\w*$|^jQuery$|\$\w*$|\$\(.*\)\.\w+\(.*\)$/.test(recv.text())) return false
        value = a[0]
        if (method !== 'html' && value && !HTML_TAG.test(shape(ctx, value).literals.join(''))) return false
      } else return false
      sink = name
    } else {
      const left = node.field('left')!
      value = node.field('right')
      sink = left.text()
    }
    if (!value || !untrusted(ctx, value, { sanitizers: HTML_SANITIZERS })) return false
    return { data: { SINK: sink } }
  },
})

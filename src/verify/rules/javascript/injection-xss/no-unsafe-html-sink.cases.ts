import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "function show(el, name) {\n  el.textContent = name;\n}",
    "function clear(el) {\n  el.innerHTML = '';\n}",
    "import DOMPurify from 'dompurify';\nfunction show(el, html) {\n  el.innerHTML = DOMPurify.sanitize(html);\n}",
    "// el.innerHTML = userInput is XSS\nconst s = 'document.write(x)';",
    "function f(stream, data) {\n  stream.write(data);\n}",
    "function f($el, name) {\n  $el.text(name);\n}",
    "const ROW = '<tr><td>empty</td></tr>';\nfunction f(el) {\n  el.innerHTML = ROW;\n}",
  ],
  invalid: [
    { code: "function show(el, name) {\n  el.innerHTML = '<b>' + name + '</b>';\n}", line: 2 },
    { code: "const q = new URLSearchParams(location.search).get('q');\ndocument.getElementById('out').innerHTML = `Results for ${q}`;", line: 2 },
    { code: "function f(msg) {\n  document.body.insertAdjacentHTML('beforeend', `<p>${msg}</p>`);\n}", line: 2 },
    { code: "document.write(location.hash.slice(1));", line: 1 },
    { code: "function f(comment) {\n  $('#comments').html(comment.body);\n}", line: 2 },
    { code: "class C {\n  constructor(sanitizer) { this.sanitizer = sanitizer; }\n  render(html) {\n    return this.sanitizer.bypassSecurityTrustHtml(html);\n  }\n}", line: 4 },
    { code: "function f(list, item) {\n  list.innerHTML += `<li>${item}</li>`;\n}", line: 2 },
  ],
})

import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    { code: "function C({ html }) {\n  return <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(html) }} />;\n}", lang: 'javascript' },
    { code: "function C({ name }) {\n  return <div>{name}</div>;\n}", lang: 'javascript' },
    { code: "const HELP = '<b>Help</b>';\nfunction C() {\n  return <div dangerouslySetInnerHTML={{ __html: HELP }} />;\n}", lang: 'javascript' },
    "// dangerouslySetInnerHTML={{ __html: x }} is risky\nconst s = 'dangerouslySetInnerHTML';",
    "const props = { dangerouslySetInnerHTML: { __html: '<hr/>' } };",
  ],
  invalid: [
    { code: "function Comment({ body }) {\n  return <div dangerouslySetInnerHTML={{ __html: body }} />;\n}", line: 2, lang: 'javascript' },
    { code: "function Post(props) {\n  return (\n    <article\n      dangerouslySetInnerHTML={{ __html: marked(props.markdown) }}\n    />\n  );\n}", line: 4, lang: 'javascript' },
    { code: "function f(html) {\n  return React.createElement('div', { dangerouslySetInnerHTML: { __html: html } });\n}", line: 2 },
  ],
})

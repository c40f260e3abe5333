import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import com.thoughtworks.xstream.XStream;\nclass A {\n  Object f(String xml) {\n    XStream xs = new XStream();\n    xs.allowTypes(new Class[] { Order.class });\n    return xs.fromXML(xml);\n  }\n}',
    'import com.thoughtworks.xstream.XStream;\nclass A {\n  Object f() {\n    return new XStream().fromXML("<order/>");\n  }\n}',
    'class A {\n  Object f(Mapper mapper, String xml) {\n    return mapper.fromXML(xml);\n  }\n}',
    '// xstream.fromXML(body) needs an allow-list\nclass A { String s = "xstream.fromXML(body)"; }',
  ],
  invalid: [
    { code: 'import com.thoughtworks.xstream.XStream;\nclass A {\n  Object f(String xml) {\n    XStream xstream = new XStream();\n    return xstream.fromXML(xml);\n  }\n}', line: 5 },
    { code: 'import com.thoughtworks.xstream.XStream;\nclass A {\n  private final XStream xstream = new XStream();\n  Object f(java.io.InputStream in) {\n    return xstream.fromXML(in);\n  }\n}', line: 5 },
    { code: 'import com.thoughtworks.xstream.XStream;\nclass A {\n  Object f(javax.servlet.http.HttpServletRequest req) throws Exception {\n    return new XStream().fromXML(req.getReader());\n  }\n}', line: 4 },
  ],
})

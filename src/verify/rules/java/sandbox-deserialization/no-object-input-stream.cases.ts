import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import java.io.*;\nclass A {\n  Object f(InputStream in) throws Exception {\n    ObjectInputStream ois = new ObjectInputStream(in);\n    ois.setObjectInputFilter(ObjectInputFilter.Config.createFilter("com.example.dto.*;!*"));\n    return ois.readObject();\n  }\n}',
    'import java.io.*;\nclass A {\n  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {\n    in.defaultReadObject();\n    Object extra = in.readObject();\n  }\n}',
    'import com.fasterxml.jackson.databind.ObjectMapper;\nclass A {\n  Dto f(String json) throws Exception {\n    return new ObjectMapper().readValue(json, Dto.class);\n  }\n}',
    '// ois.readObject() on request bodies is forbidden\nclass A { String s = "new ObjectInputStream(in).readObject()"; }',
    'class A {\n  Object f(JsonReader reader) throws Exception {\n    return reader.readObject();\n  }\n}',
  ],
  invalid: [
    { code: 'import java.io.*;\nclass A {\n  Object f(InputStream in) throws Exception {\n    ObjectInputStream ois = new ObjectInputStream(in);\n    return ois.readObject();\n  }\n}', line: 5 },
    {
      code: 'import java.io.*;\nclass A {\n  Object f(javax.servlet.http.HttpServletRequest req) throws Exception {\n    return new ObjectInputStream(req.getInputStream()).readObject();\n  }\n}',
      line: 4,
    },
    { code: 'import java.beans.XMLDecoder;\nclass A {\n  Object f(java.io.InputStream in) {\n    XMLDecoder d = new XMLDecoder(in);\n    return d.readObject();\n  }\n}', line: 5 },
    { code: 'import org.apache.commons.lang3.SerializationUtils;\nclass A {\n  Object f(byte[] data) {\n    return SerializationUtils.deserialize(data);\n  }\n}', line: 4 },
  ],
})

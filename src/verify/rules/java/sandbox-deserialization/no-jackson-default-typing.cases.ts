import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import com.fasterxml.jackson.databind.*;\nimport com.fasterxml.jackson.databind.jsontype.*;\nclass A {\n  void f(ObjectMapper m) {\n    PolymorphicTypeValidator v = BasicPolymorphicTypeValidator.builder().allowIfSubType("com.example.dto.").build();\n    m.activateDefaultTyping(v, ObjectMapper.DefaultTyping.NON_FINAL);\n  }\n}',
    'import com.fasterxml.jackson.databind.ObjectMapper;\nclass A {\n  Dto f(ObjectMapper m, String json) throws Exception {\n    return m.readValue(json, Dto.class);\n  }\n}',
    '// mapper.enableDefaultTyping() is forbidden\nclass A { String s = "mapper.enableDefaultTyping()"; }',
    'class A {\n  void f(Settings s) {\n    s.enableDefaults();\n  }\n}',
  ],
  invalid: [
    { code: 'import com.fasterxml.jackson.databind.ObjectMapper;\nclass A {\n  ObjectMapper f() {\n    ObjectMapper m = new ObjectMapper();\n    m.enableDefaultTyping();\n    return m;\n  }\n}', line: 5 },
    {
      code: 'import com.fasterxml.jackson.databind.*;\nimport com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator;\nclass A {\n  void f(ObjectMapper m) {\n    m.activateDefaultTyping(LaissezFaireSubTypeValidator.instance, ObjectMapper.DefaultTyping.EVERYTHING);\n  }\n}',
      line: 5,
    },
    { code: 'import com.fasterxml.jackson.databind.ObjectMapper;\nclass A {\n  void f(ObjectMapper m) {\n    m.enableDefaultTyping(ObjectMapper.DefaultTyping.NON_FINAL);\n  }\n}', line: 4 },
  ],
})

import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'using Newtonsoft.Json;\nclass A {\n  object F(string json) {\n    var s = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None };\n    return JsonConvert.DeserializeObject<Order>(json, s);\n  }\n}',
    'using Newtonsoft.Json;\nclass A {\n  Order F(string json) => JsonConvert.DeserializeObject<Order>(json);\n}',
    '// TypeNameHandling.All is dangerous\nclass A { string s = "TypeNameHandling.All"; }',
    'class A {\n  object F(Options o) => o.TypeNameHandlingMode;\n}',
  ],
  invalid: [
    {
      code: 'using Newtonsoft.Json;\nclass A {\n  object F(string json) {\n    var s = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All };\n    return JsonConvert.DeserializeObject(json, s);\n  }\n}',
      line: 4,
      output: 'using Newtonsoft.Json;\nclass A {\n  object F(string json) {\n    var s = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None };\n    return JsonConvert.DeserializeObject(json, s);\n  }\n}',
    },
    {
      code: 'using Newtonsoft.Json;\nclass A {\n  JsonSerializerSettings Settings() {\n    var s = new JsonSerializerSettings();\n    s.TypeNameHandling = TypeNameHandling.Auto;\n    return s;\n  }\n}',
      line: 5,
      output: 'using Newtonsoft.Json;\nclass A {\n  JsonSerializerSettings Settings() {\n    var s = new JsonSerializerSettings();\n    s.TypeNameHandling = TypeNameHandling.None;\n    return s;\n  }\n}',
    },
    { code: 'class A {\n  static readonly Newtonsoft.Json.JsonSerializerSettings S = new Newtonsoft.Json.JsonSerializerSettings {\n    TypeNameHandling = Newtonsoft.Json.TypeNameHandling.Objects,\n  };\n}', line: 3 },
  ],
})

import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'using System.Text.Json;\nclass A {\n  Order F(string json) {\n    return JsonSerializer.Deserialize<Order>(json);\n  }\n}',
    'using System.IO;\nusing System.Runtime.Serialization.Formatters.Binary;\nclass A {\n  void F(Stream s, object o) {\n    new BinaryFormatter().Serialize(s, o);\n  }\n}',
    '// new BinaryFormatter().Deserialize(stream) is RCE\nclass A { string s = "BinaryFormatter.Deserialize"; }',
    'using System.Xml.Serialization;\nclass A {\n  Order F(System.IO.Stream s) {\n    return (Order)new XmlSerializer(typeof(Order)).Deserialize(s);\n  }\n}',
  ],
  invalid: [
    {
      code: 'using System.IO;\nusing System.Runtime.Serialization.Formatters.Binary;\nclass A {\n  object F(Stream s) {\n    var bf = new BinaryFormatter();\n    return bf.Deserialize(s);\n  }\n}',
      line: 6,
    },
    { code: 'using System.Runtime.Serialization;\nclass A {\n  object F(System.IO.Stream body) {\n    return new NetDataContractSerializer().Deserialize(body);\n  }\n}', line: 4 },
    { code: 'using System.Web.UI;\nclass A {\n  object F(string viewState) {\n    LosFormatter f = new LosFormatter();\n    return f.Deserialize(viewState);\n  }\n}', line: 5 },
    {
      code: 'using System.Runtime.Serialization;\nusing System.Runtime.Serialization.Formatters.Soap;\nclass A {\n  object F(System.IO.Stream s) {\n    IFormatter formatter = new SoapFormatter();\n    return formatter.Deserialize(s);\n  }\n}',
      line: 6,
    },
  ],
})

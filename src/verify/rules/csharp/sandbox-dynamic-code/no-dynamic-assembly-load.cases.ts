import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'using System.Reflection;\nclass A {\n  Assembly F() {\n    return Assembly.Load("MyCompany.Plugins");\n  }\n}',
    'using System;\nclass A {\n  object F() {\n    return Activator.CreateInstance(typeof(Exporter));\n  }\n}',
    'using System;\nclass A {\n  object F() {\n    var t = Type.GetType("MyApp.CsvExporter");\n    return Activator.CreateInstance(t);\n  }\n}',
    '// Assembly.LoadFrom(userPath) is dangerous\nclass A { string s = "Assembly.LoadFrom(path)"; }',
    'class A {\n  void F(Config config, string path) {\n    config.Load(path);\n  }\n}',
  ],
  invalid: [
    { code: 'using System.Reflection;\nclass A {\n  Assembly F(string pluginPath) {\n    return Assembly.LoadFrom(pluginPath);\n  }\n}', line: 4 },
    {
      code: 'using System;\nclass A {\n  object F(string typeName) {\n    Type t = Type.GetType(typeName);\n    return Activator.CreateInstance(t);\n  }\n}',
      line: 5,
    },
    { code: 'using System.Runtime.Loader;\nclass A {\n  void F(string dll) {\n    AssemblyLoadContext.Default.LoadFromAssemblyPath(dll);\n  }\n}', line: 4 },
    { code: 'using System.Reflection;\nclass A {\n  Assembly F(byte[] raw) {\n    return Assembly.Load(raw);\n  }\n}', line: 4 },
  ],
})

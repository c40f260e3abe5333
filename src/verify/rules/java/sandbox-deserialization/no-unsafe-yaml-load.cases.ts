import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import org.yaml.snakeyaml.*;\nimport org.yaml.snakeyaml.constructor.SafeConstructor;\nclass A {\n  Object f(String doc) {\n    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));\n    return yaml.load(doc);\n  }\n}',
    'import org.yaml.snakeyaml.Yaml;\nclass A {\n  Object f() {\n    return new Yaml().load("a: 1");\n  }\n}',
    'class A {\n  Object f(Loader loader, String doc) {\n    return loader.load(doc);\n  }\n}',
    '// new Yaml().load(body) is unsafe\nclass A { String s = "new Yaml().load(x)"; }',
  ],
  invalid: [
    { code: 'import org.yaml.snakeyaml.Yaml;\nclass A {\n  Object f(String doc) {\n    Yaml yaml = new Yaml();\n    return yaml.load(doc);\n  }\n}', line: 5 },
    { code: 'import org.yaml.snakeyaml.Yaml;\nclass A {\n  Object f(java.io.InputStream in) {\n    return new Yaml().load(in);\n  }\n}', line: 4 },
    { code: 'import org.yaml.snakeyaml.Yaml;\nclass A {\n  Config f(String text) {\n    return new Yaml().loadAs(text, Config.class);\n  }\n}', line: 4 },
  ],
})

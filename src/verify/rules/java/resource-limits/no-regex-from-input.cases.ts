import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import java.util.regex.*;\nclass A {\n  boolean f(javax.servlet.http.HttpServletRequest req) {\n    return Pattern.compile("^[a-z0-9_]{3,16}$").matcher(req.getParameter("user")).matches();\n  }\n}',
    'import java.util.regex.*;\nclass A {\n  Pattern f(javax.servlet.http.HttpServletRequest req) {\n    return Pattern.compile(Pattern.quote(req.getParameter("q")));\n  }\n}',
    'import java.util.regex.*;\nclass A {\n  Pattern f(String regex) {\n    return Pattern.compile(regex);\n  }\n}',
    '// Pattern.compile(req.getParameter("re")) enables ReDoS\nclass A { String s = "Pattern.compile(userRegex)"; }',
    'class A {\n  String[] f(javax.servlet.http.HttpServletRequest req) {\n    return req.getParameter("tags").split(",");\n  }\n}',
  ],
  invalid: [
    { code: 'import java.util.regex.*;\nclass A {\n  Pattern f(javax.servlet.http.HttpServletRequest req) {\n    return Pattern.compile(req.getParameter("pattern"));\n  }\n}', line: 4 },
    {
      code: 'import org.springframework.web.bind.annotation.*;\nimport java.util.List;\n@RestController\nclass A {\n  @GetMapping("/filter")\n  List<String> f(@RequestParam String re, List<String> names) {\n    return names.stream().filter(n -> n.matches(re)).toList();\n  }\n}',
      line: 7,
    },
    { code: 'class A {\n  public static void main(String[] args) {\n    String out = "some text".replaceAll(args[0], "*");\n  }\n}', line: 3 },
  ],
})

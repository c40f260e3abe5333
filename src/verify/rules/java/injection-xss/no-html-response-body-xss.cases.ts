import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import org.springframework.web.bind.annotation.*;\nimport org.springframework.web.util.HtmlUtils;\n@RestController\nclass A {\n  @GetMapping("/hi")\n  String hi(@RequestParam String name) {\n    return "<h1>Hello " + HtmlUtils.htmlEscape(name) + "</h1>";\n  }\n}',
    'import org.springframework.web.bind.annotation.*;\n@RestController\nclass A {\n  @GetMapping("/hi")\n  String hi(@RequestParam String name) {\n    return "Hello " + name;\n  }\n}',
    'import org.springframework.web.bind.annotation.*;\n@RestController\nclass A {\n  @GetMapping("/page")\n  String page() {\n    return "<h1>Static</h1>";\n  }\n}',
    'class A {\n  String label(String name) {\n    return "<b>" + name + "</b>";\n  }\n}',
    'import org.springframework.web.bind.annotation.*;\n@RestController\nclass A {\n  // return "<p>" + q + "</p>" would be XSS\n  @GetMapping("/q")\n  String q(@RequestParam String q) {\n    return "result";\n  }\n}',
  ],
  invalid: [
    {
      code: 'import org.springframework.web.bind.annotation.*;\n@RestController\nclass A {\n  @GetMapping("/hi")\n  String hi(@RequestParam String name) {\n    return "<h1>Hello " + name + "</h1>";\n  }\n}',
      line: 6,
    },
    {
      code: 'import org.springframework.web.bind.annotation.*;\n@Controller\nclass A {\n  @ResponseBody\n  @GetMapping("/search")\n  String search(@RequestParam("q") String q) {\n    String html = "<div class=\\"result\\">" + q + "</div>";\n    return html;\n  }\n}',
      line: 8,
    },
    {
      code: 'import org.springframework.web.bind.annotation.*;\n@RestController\nclass A {\n  @PostMapping("/echo")\n  String echo(@RequestBody String body) {\n    return String.format("<pre>%s</pre>", body);\n  }\n}',
      line: 6,
    },
  ],
})

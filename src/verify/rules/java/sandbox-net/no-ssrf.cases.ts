import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import java.net.*;\nclass A {\n  void f() throws Exception {\n    new URL("https://api.example.com/status").openConnection();\n  }\n}',
    'import java.net.*;\nclass A {\n  void f(javax.servlet.http.HttpServletRequest req) throws Exception {\n    URL u = new URL("https://api.example.com/users/" + req.getParameter("id"));\n    u.openStream();\n  }\n}',
    'import java.net.*;\nclass A {\n  java.io.InputStream fetch(String url) throws Exception {\n    return new URL(url).openStream();\n  }\n}',
    'import java.net.*;\nimport java.util.Set;\nclass A {\n  static final Set<String> ALLOWED = Set.of("api.example.com");\n  void f(javax.servlet.http.HttpServletRequest req) throws Exception {\n    URL u = new URL(req.getParameter("url"));\n    if (!ALLOWED.contains(u.getHost())) {\n      throw new SecurityException();\n    }\n    u.openConnection();\n  }\n}',
    '// new URL(request.getParameter("u")).openConnection() is SSRF\nclass A { String s = "restTemplate.getForObject(url, String.class)"; }',
    'class A {\n  void f(Cache cache, javax.servlet.http.HttpServletRequest req) {\n    cache.get(req.getParameter("key"));\n  }\n}',
  ],
  invalid: [
    {
      code: 'import java.net.*;\nclass A {\n  void f(javax.servlet.http.HttpServletRequest req) throws Exception {\n    URL u = new URL(req.getParameter("url"));\n    HttpURLConnection c = (HttpURLConnection) u.openConnection();\n  }\n}',
      line: 5,
    },
    {
      code: 'import java.net.URI;\nimport java.net.http.*;\nimport org.springframework.web.bind.annotation.*;\nclass A {\n  @GetMapping("/preview")\n  String f(@RequestParam String target) throws Exception {\n    HttpRequest req = HttpRequest.newBuilder()\n        .uri(URI.create(target))\n        .build();\n    return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString()).body();\n  }\n}',
      line: 7,
    },
    {
      code: 'import org.springframework.web.client.RestTemplate;\nimport org.springframework.web.bind.annotation.*;\nclass A {\n  private final RestTemplate restTemplate = new RestTemplate();\n  @GetMapping("/proxy")\n  String f(@RequestParam("host") String host) {\n    return restTemplate.getForObject("http://" + host + "/health", String.class);\n  }\n}',
      line: 7,
    },
    { code: 'import org.jsoup.Jsoup;\nclass A {\n  String f(javax.servlet.http.HttpServletRequest req) throws Exception {\n    return Jsoup.connect(req.getParameter("link")).get().title();\n  }\n}', line: 4 },
    { code: 'import java.net.Socket;\nclass A {\n  public static void main(String[] args) throws Exception {\n    Socket s = new Socket(args[0], 6379);\n  }\n}', line: 4 },
  ],
})

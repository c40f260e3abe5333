import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import javax.servlet.http.*;\nclass A extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n    resp.getWriter().println("<h1>Welcome</h1>");\n  }\n}',
    'import javax.servlet.http.*;\nimport org.owasp.encoder.Encode;\nclass A extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n    resp.getWriter().println("<p>" + Encode.forHtml(req.getParameter("q")) + "</p>");\n  }\n}',
    'import javax.servlet.http.*;\nclass A extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n    resp.setContentType("application/json");\n    resp.getWriter().write(toJson(req.getParameter("id")));\n  }\n}',
    'class A {\n  void f(java.io.PrintStream log, String msg) {\n    log.println(msg);\n  }\n}',
    '// resp.getWriter().print(name) would be XSS\nclass A { String s = "resp.getWriter().print(name)"; }',
  ],
  invalid: [
    {
      code: 'import javax.servlet.http.*;\nclass A extends HttpServlet {\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n    String q = req.getParameter("q");\n    resp.getWriter().println("<p>Results for " + q + "</p>");\n  }\n}',
      line: 5,
    },
    {
      code: 'import javax.servlet.http.*;\nimport java.io.PrintWriter;\nclass A extends HttpServlet {\n  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\n    PrintWriter out = resp.getWriter();\n    out.printf("<div>%s</div>", req.getParameter("comment"));\n  }\n}',
      line: 6,
    },
    { code: 'import javax.servlet.http.*;\nclass A {\n  void render(HttpServletResponse response, String name) throws java.io.IOException {\n    response.getWriter().write("<b>" + name + "</b>");\n  }\n}', line: 4 },
  ],
})

package com.acme.web;

import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.text.StringEscapeUtils;

@WebServlet("/greet")
public class GreetingServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("name");
        if (name == null || name.isBlank()) {
            name = "friend";
        }
        String campaign = request.getParameter("utm_campaign");
        response.setContentType("text/html;charset=UTF-8");
        // expect: injection.xss
        response.getWriter().print("<h1>Hello, " + name + "!</h1>");
        // ok: injection.xss
        response.getWriter().print("<p>Welcome back to the dashboard.</p>");
        if (campaign != null) {
            // expect: injection.xss
            response.getWriter().write("<footer>campaign: " + campaign + "</footer>");
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = StringEscapeUtils.escapeHtml4(request.getParameter("name"));
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter out = response.getWriter();
        // ok: injection.xss
        out.print("<h1>Thanks, " + name + "!</h1>");
        // The name is only logged, not written to the page.
        // ok: injection.xss
        log("greeting submitted by " + request.getParameter("name"));
    }
}

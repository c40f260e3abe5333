package com.acme.chat;

import java.io.IOException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.text.StringEscapeUtils;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Renders an OpenGraph card for a link pasted into chat. */
@WebServlet("/chat/link-card")
public class LinkPreviewServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String url = request.getParameter("url");
        if (url == null || url.isBlank()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        // expect: sandbox.net
        Document doc = Jsoup.connect(url).timeout(4000).followRedirects(true).get();
        Element og = doc.selectFirst("meta[property=og:title]");
        String title = og != null ? og.attr("content") : doc.title();

        response.setContentType("text/html;charset=UTF-8");
        if (Boolean.parseBoolean(request.getParameter("escaped"))) {
            String safeUrl = StringEscapeUtils.escapeHtml4(url);
            String safeTitle = StringEscapeUtils.escapeHtml4(title);
            // ok: injection.xss
            response.getWriter().write("<div class=\"card\"><a href=\"" + safeUrl + "\">" + safeTitle + "</a></div>");
            return;
        }
        // expect: injection.xss
        response.getWriter().write("<div class=\"card\"><a href=\"" + url + "\">" + title + "</a></div>");
    }
}

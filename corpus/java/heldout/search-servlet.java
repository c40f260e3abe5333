package com.acme.search;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import org.apache.commons.text.StringEscapeUtils;

@WebServlet("/search")
public class SearchServlet extends HttpServlet {

    private DataSource dataSource;

    @Override
    public void init() {
        dataSource = (DataSource) getServletContext().getAttribute("dataSource");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String q = request.getParameter("q");
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter out = response.getWriter();
        // expect: injection.xss
        out.println("<h1>Results for " + q + "</h1>");
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            // expect: injection.sql
            ResultSet rs = st.executeQuery("SELECT title, url FROM articles WHERE title LIKE '%" + q + "%' ORDER BY published DESC");
            out.println("<ul>");
            while (rs.next()) {
                String title = StringEscapeUtils.escapeHtml4(rs.getString("title"));
                String url = StringEscapeUtils.escapeHtml4(rs.getString("url"));
                // ok: injection.xss
                out.println("<li><a href=\"" + url + "\">" + title + "</a></li>");
            }
            out.println("</ul>");
        } catch (SQLException e) {
            log("search failed", e);
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            // ok: injection.xss
            out.println("<p>Search is temporarily unavailable.</p>");
        }
    }

    long countArticles() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             // ok: injection.sql
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM articles")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}

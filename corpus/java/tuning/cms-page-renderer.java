package com.acme.cms;

import java.io.StringWriter;
import java.util.Map;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.Velocity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class CmsPageRenderer {

    public interface Widget {
        String render(Map<String, Object> params);
    }

    public record Page(String slug, String title, String body, String widgetClass) {}

    private final JdbcTemplate jdbc;

    public CmsPageRenderer(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        Velocity.init();
    }

    private Page load(String slug) {
        // ok: injection.sql
        return jdbc.queryForObject(
                "SELECT slug, title, body, widget_class FROM pages WHERE slug = ? AND published",
                (rs, i) -> new Page(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), slug);
    }

    /** Editors write page bodies as Velocity templates in the admin UI. */
    public String render(String slug) throws ReflectiveOperationException {
        Page page = load(slug);
        VelocityContext ctx = new VelocityContext();
        ctx.put("title", page.title());
        if (page.widgetClass() != null) {
            // expect: sandbox.dynamic-code
            Class<?> widgetType = Class.forName(page.widgetClass());
            Widget widget = (Widget) widgetType.getDeclaredConstructor().newInstance();
            ctx.put("widget", widget.render(Map.of("slug", slug)));
        }
        StringWriter out = new StringWriter();
        // expect: injection.template
        Velocity.evaluate(ctx, out, "page:" + slug, page.body());
        return out.toString();
    }

    public String renderFooter(int year) {
        VelocityContext ctx = new VelocityContext();
        ctx.put("year", year);
        StringWriter out = new StringWriter();
        // ok: injection.template
        Velocity.evaluate(ctx, out, "footer", "<p>&copy; $year Example Corp</p>");
        return out.toString();
    }
}

package com.acme.importer;

import java.beans.XMLDecoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/** Accepts saved dashboard layouts exported by the desktop client. */
@WebServlet("/import/layout")
public class ImportXmlServlet extends HttpServlet {

    private static final int MAX_BYTES = 2 * 1024 * 1024;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // expect: resource.limits
        byte[] body = request.getInputStream().readAllBytes();
        // expect: sandbox.deserialization
        Object layout = new XMLDecoder(new ByteArrayInputStream(body)).readObject();
        request.getSession().setAttribute("layout", layout);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    /** The newer endpoint parses layouts as plain XML data and caps the size. */
    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (InputStream in = request.getInputStream()) {
            // ok: resource.limits
            byte[] body = in.readNBytes(MAX_BYTES);
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = dbf.newDocumentBuilder();
            // ok: sandbox.deserialization
            Document doc = builder.parse(new ByteArrayInputStream(body));
            List<String> widgets = List.of(doc.getDocumentElement().getAttribute("widgets").split(","));
            request.getSession().setAttribute("widgets", widgets);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } catch (ParserConfigurationException | SAXException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }
}

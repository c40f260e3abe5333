package com.acme.files;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import javax.servlet.ServletException;
import javax.servlet.annotation.MultipartConfig;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.Part;

@WebServlet("/files")
@MultipartConfig(maxFileSize = 10 * 1024 * 1024)
public class UploadServlet extends HttpServlet {

    private static final String UPLOAD_DIR = "/var/lib/app/uploads";
    private static final String THUMB_DIR = "/var/lib/app/thumbs";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Part part = request.getPart("file");
        String fileName = part.getSubmittedFileName();
        File dest = new File(UPLOAD_DIR, fileName);
        try (InputStream in = part.getInputStream()) {
            // expect: sandbox.fs
            Files.copy(in, dest.toPath(), StandardCopyOption.REPLACE_EXISTING);
        }

        String thumb = THUMB_DIR + "/" + dest.getName() + ".png";
        // expect: sandbox.process
        Process convert = Runtime.getRuntime().exec("convert " + dest.getAbsolutePath() + " -thumbnail 200x200 " + thumb);
        try {
            convert.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }

        response.setContentType("text/html;charset=UTF-8");
        // expect: injection.xss
        response.getWriter().println("<p>Uploaded " + fileName + "</p>");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String requested = request.getParameter("name");
        Path base = Paths.get(UPLOAD_DIR).toAbsolutePath().normalize();
        Path target = base.resolve(requested).normalize();
        if (!target.startsWith(base)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/octet-stream");
        // ok: sandbox.fs
        Files.copy(target, response.getOutputStream());
    }
}

package com.acme.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** Opens tenant databases described by per-tenant properties files. */
public class DriverRegistry {

    private static final Path TENANT_DIR = Path.of("/etc/acme/tenants");

    static {
        try {
            // ok: sandbox.dynamic-code
            Class.forName("org.postgresql.Driver");
        } catch (ClassNotFoundException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static Properties loadProperties(Path tenantFile) throws IOException {
        Properties props = new Properties();
        // ok: sandbox.fs
        try (InputStream in = Files.newInputStream(tenantFile)) {
            props.load(in);
        }
        return props;
    }

    public Connection open(Path tenantFile) throws IOException, SQLException, ClassNotFoundException {
        Properties props = loadProperties(tenantFile);
        String driver = props.getProperty("driver", "org.postgresql.Driver");
        // expect: sandbox.dynamic-code
        Class.forName(driver);
        // ok: crypto.secrets
        Connection c = DriverManager.getConnection(props.getProperty("url"), props.getProperty("user"), System.getenv("TENANT_DB_PASSWORD"));
        String schema = props.getProperty("schema", "public");
        try (Statement st = c.createStatement()) {
            // expect: injection.sql
            st.execute("SET search_path TO " + schema);
        }
        return c;
    }

    public static Path fileFor(String tenantId) {
        return TENANT_DIR.resolve(tenantId + ".properties");
    }
}

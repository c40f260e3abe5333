package com.acme.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Logger;

/** Applies ordered schema migrations; index + 1 is the schema version. */
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    private static final List<String> MIGRATIONS = List.of(
            "CREATE TABLE accounts (id BIGSERIAL PRIMARY KEY, email TEXT NOT NULL UNIQUE, created_at TIMESTAMPTZ NOT NULL)",
            "CREATE TABLE sessions (id TEXT PRIMARY KEY, account_id BIGINT NOT NULL REFERENCES accounts(id), expires_at TIMESTAMPTZ NOT NULL)",
            "CREATE INDEX idx_sessions_account ON sessions(account_id)",
            "ALTER TABLE accounts ADD COLUMN display_name TEXT");

    private static final String VERSION_TABLE = "schema_version";

    public int migrate(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            // ok: injection.sql
            st.execute("CREATE TABLE IF NOT EXISTS " + VERSION_TABLE + " (version INT NOT NULL)");
        }
        int current = currentVersion(c);
        int applied = 0;
        c.setAutoCommit(false);
        for (int i = current; i < MIGRATIONS.size(); i++) {
            LOG.info("applying migration " + (i + 1));
            try (Statement st = c.createStatement();
                 PreparedStatement ps = c.prepareStatement("INSERT INTO schema_version (version) VALUES (?)")) {
                // ok: injection.sql
                st.execute(MIGRATIONS.get(i));
                ps.setInt(1, i + 1);
                ps.executeUpdate();
                c.commit();
                applied++;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
        c.setAutoCommit(true);
        return applied;
    }

    private int currentVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             // ok: injection.sql
             ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}

package com.acme.reports;

import java.io.BufferedWriter;
import java.io.File;
import java.io.FileWriter;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
public class ReportExporter {

    private static final String EXPORT_DIR = "/srv/exports";

    private final JdbcTemplate jdbc;

    public ReportExporter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes one CSV per report; the file name comes from the job definition. */
    public int export(long reportId, String fileName) throws IOException {
        // ok: injection.sql
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT label, amount FROM report_rows WHERE report_id = ? ORDER BY label", reportId);
        // expect: sandbox.fs
        try (BufferedWriter w = new BufferedWriter(new FileWriter(new File(EXPORT_DIR, fileName)))) {
            w.write("label,amount");
            w.newLine();
            for (Map<String, Object> row : rows) {
                w.write(String.valueOf(row.get("label")).replace(',', ' ') + "," + row.get("amount"));
                w.newLine();
            }
        }
        return rows.size();
    }

    /** Drops rows of a finished job's scratch table. */
    public int purge(String table, int olderThanDays) {
        String sql = String.format("DELETE FROM %s WHERE created_at < now() - interval '%d days'", table, olderThanDays);
        // expect: injection.sql
        return jdbc.update(sql);
    }

    public long countRows() {
        // ok: injection.sql
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM report_rows", Long.class);
        return n == null ? 0 : n;
    }
}

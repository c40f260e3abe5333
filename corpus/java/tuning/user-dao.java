package com.acme.users;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

public class UserDao {

    private static final String JDBC_URL = "jdbc:postgresql://db.internal:5432/accounts";

    private Connection connect() throws SQLException {
        // expect: crypto.secrets
        return DriverManager.getConnection(JDBC_URL, "accounts_app", "Acc0unts!2024-prod");
    }

    public User findById(long id) throws SQLException {
        try (Connection c = connect();
             // ok: injection.sql
             PreparedStatement ps = c.prepareStatement("SELECT id, email, name FROM users WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new User(rs.getLong(1), rs.getString(2), rs.getString(3)) : null;
            }
        }
    }

    public List<User> searchByName(String term) throws SQLException {
        List<User> out = new ArrayList<>();
        String sql = "SELECT id, email, name FROM users WHERE name LIKE '%" + term + "%' ORDER BY name";
        try (Connection c = connect(); Statement st = c.createStatement()) {
            // expect: injection.sql
            ResultSet rs = st.executeQuery(sql);
            while (rs.next()) {
                out.add(new User(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
        }
        return out;
    }

    /** Resets the password to a temporary one that is mailed to the user. */
    public String resetPassword(long id) throws SQLException {
        // expect: crypto.random
        String temporaryPassword = Long.toString(new Random().nextLong() & Long.MAX_VALUE, 36);
        try (Connection c = connect();
             PreparedStatement ps = c.prepareStatement("UPDATE users SET password_hash = crypt(?, gen_salt('bf')) WHERE id = ?")) {
            ps.setString(1, temporaryPassword);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
        return temporaryPassword;
    }

    public record User(long id, String email, String name) {}
}

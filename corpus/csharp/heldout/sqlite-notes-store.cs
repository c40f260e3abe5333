using System;
using System.Collections.Generic;
using Microsoft.Data.Sqlite;

namespace Acme.Notes
{
    public sealed record Note(long Id, string Owner, string Title, string Body, DateTime UpdatedAt);

    public class SqliteNotesStore
    {
        private const string Table = "notes";
        private readonly string _connectionString;

        public SqliteNotesStore(string databasePath)
        {
            _connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath }.ToString();
        }

        public void EnsureSchema()
        {
            using var conn = Open();
            using var cmd = conn.CreateCommand();
            // ok: injection.sql
            cmd.CommandText = "CREATE TABLE IF NOT EXISTS " + Table + " (id INTEGER PRIMARY KEY, owner TEXT, title TEXT, body TEXT, updated_at TEXT)";
            cmd.ExecuteNonQuery();
        }

        public List<Note> ForOwner(string owner, string titleFilter)
        {
            using var conn = Open();
            // ok: injection.sql
            using var cmd = new SqliteCommand("SELECT id, owner, title, body, updated_at FROM notes WHERE owner = $owner AND title LIKE $filter", conn);
            cmd.Parameters.AddWithValue("$owner", owner);
            cmd.Parameters.AddWithValue("$filter", "%" + titleFilter + "%");
            var list = new List<Note>();
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                list.Add(new Note(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetDateTime(4)));
            }
            return list;
        }

        public long Insert(string owner, string title, string body)
        {
            using var conn = Open();
            using var cmd = conn.CreateCommand();
            // ok: injection.sql
            cmd.CommandText = "INSERT INTO notes (owner, title, body, updated_at) VALUES ($o, $t, $b, datetime('now')); SELECT last_insert_rowid();";
            cmd.Parameters.AddWithValue("$o", owner);
            cmd.Parameters.AddWithValue("$t", title);
            cmd.Parameters.AddWithValue("$b", body);
            return (long)cmd.ExecuteScalar()!;
        }

        private SqliteConnection Open()
        {
            var conn = new SqliteConnection(_connectionString);
            conn.Open();
            return conn;
        }
    }
}

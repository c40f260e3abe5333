using System.Collections.Generic;
using System.Data;
using Microsoft.Data.SqlClient;

namespace Acme.Data
{
    public sealed record UserRow(int Id, string Email, string DisplayName);

    public class UserRepository
    {
        private readonly string _connectionString;

        public UserRepository(string connectionString)
        {
            _connectionString = connectionString;
        }

        public UserRow? FindByEmail(string email)
        {
            using var conn = new SqlConnection(_connectionString);
            conn.Open();
            // ok: injection.sql
            using var cmd = new SqlCommand("SELECT Id, Email, DisplayName FROM Users WHERE Email = @email", conn);
            cmd.Parameters.Add("@email", SqlDbType.NVarChar, 256).Value = email;
            using var reader = cmd.ExecuteReader();
            return reader.Read() ? Map(reader) : null;
        }

        public List<UserRow> Search(string namePrefix, string orderBy)
        {
            var sql = "SELECT Id, Email, DisplayName FROM Users WHERE DisplayName LIKE '" + namePrefix + "%' ORDER BY " + orderBy;
            var results = new List<UserRow>();
            using var conn = new SqlConnection(_connectionString);
            conn.Open();
            // expect: injection.sql
            using var cmd = new SqlCommand(sql, conn);
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                results.Add(Map(reader));
            }
            return results;
        }

        public int Deactivate(int tenantId, string reason)
        {
            using var conn = new SqlConnection(_connectionString);
            conn.Open();
            // expect: injection.sql
            using var cmd = new SqlCommand(
                $"UPDATE Users SET Active = 0, Reason = '{reason}' WHERE TenantId = {tenantId}",
                conn);
            return cmd.ExecuteNonQuery();
        }

        public int CountActive()
        {
            using var conn = new SqlConnection(_connectionString);
            conn.Open();
            const string countSql = "SELECT COUNT(*) FROM Users WHERE Active = 1";
            // ok: injection.sql
            using var cmd = new SqlCommand(countSql, conn);
            return (int)cmd.ExecuteScalar();
        }

        private static UserRow Map(IDataRecord r) =>
            new UserRow(r.GetInt32(0), r.GetString(1), r.GetString(2));
    }
}

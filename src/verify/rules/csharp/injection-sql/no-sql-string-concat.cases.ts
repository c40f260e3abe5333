import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'using Microsoft.Data.SqlClient;\nclass A {\n  void F(SqlConnection conn, string name) {\n    var cmd = new SqlCommand("SELECT * FROM Users WHERE Name = @name", conn);\n    cmd.Parameters.AddWithValue("@name", name);\n  }\n}',
    'using Dapper;\nclass A {\n  object F(System.Data.IDbConnection db, string email) {\n    return db.Query<User>("SELECT * FROM Users WHERE Email = @email", new { email });\n  }\n}',
    'using Microsoft.EntityFrameworkCore;\nclass A {\n  object F(AppDb db, string name) {\n    return db.Users.FromSqlInterpolated($"SELECT * FROM Users WHERE Name = {name}").ToList();\n  }\n}',
    'using Microsoft.Data.SqlClient;\nclass A {\n  void F(SqlConnection conn, int id) {\n    var cmd = new SqlCommand("DELETE FROM Items WHERE Id = " + id, conn);\n  }\n}',
    '// new SqlCommand("SELECT ... " + name) is injection\nclass A { string s = "cmd.CommandText = q + name"; }',
    'class A {\n  void F(Job job, string arg) {\n    job.Execute(arg);\n  }\n}',
  ],
  invalid: [
    {
      code: 'using Microsoft.Data.SqlClient;\nclass A {\n  void F(SqlConnection conn, string name) {\n    var cmd = new SqlCommand("SELECT * FROM Users WHERE Name = \'" + name + "\'", conn);\n    cmd.ExecuteReader();\n  }\n}',
      line: 4,
    },
    {
      code: 'using Dapper;\nclass A {\n  object F(System.Data.IDbConnection connection, string sort) {\n    return connection.Query<Order>($"SELECT * FROM Orders ORDER BY {sort}");\n  }\n}',
      line: 4,
    },
    {
      code: 'using Microsoft.Data.Sqlite;\nclass A {\n  void F(SqliteConnection c, string title) {\n    using var cmd = c.CreateCommand();\n    cmd.CommandText = $"INSERT INTO Notes(Title) VALUES (\'{title}\')";\n    cmd.ExecuteNonQuery();\n  }\n}',
      line: 5,
    },
    { code: 'using Microsoft.EntityFrameworkCore;\nclass A {\n  object F(AppDb db, string name) {\n    return db.Users.FromSqlRaw("SELECT * FROM Users WHERE Name = \'" + name + "\'").ToList();\n  }\n}', line: 4 },
    {
      code: 'using Microsoft.Data.SqlClient;\nclass A {\n  void F(SqlConnection conn, string q) {\n    var cmd = new SqlCommand {\n      Connection = conn,\n      CommandText = string.Format("SELECT * FROM T WHERE A = \'{0}\'", q),\n    };\n  }\n}',
      line: 4,
    },
  ],
})

using System;
using System.Diagnostics;
using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Acme.AdminConsole
{
    internal static class Program
    {
        private static void Main()
        {
            using var conn = new SqliteConnection("Data Source=/var/lib/acme/admin.db");
            conn.Open();

            while (true)
            {
                Console.Write("admin> ");
                var line = Console.ReadLine();
                if (line == null || line == "quit") break;

                var parts = line.Split(' ', 2, StringSplitOptions.TrimEntries);
                var verb = parts[0];
                var arg = parts.Length > 1 ? parts[1] : string.Empty;

                switch (verb)
                {
                    case "user":
                        // expect: injection.sql
                        using (var cmd = new SqliteCommand($"SELECT id, email, role FROM users WHERE email LIKE '%{arg}%'", conn))
                        using (var reader = cmd.ExecuteReader())
                        {
                            while (reader.Read())
                                Console.WriteLine($"{reader.GetInt64(0),5} {reader.GetString(1),-40} {reader.GetString(2)}");
                        }
                        break;

                    case "promote":
                        // ok: injection.sql
                        using (var cmd = new SqliteCommand("UPDATE users SET role = 'admin' WHERE email = $email", conn))
                        {
                            cmd.Parameters.AddWithValue("$email", arg);
                            Console.WriteLine($"{cmd.ExecuteNonQuery()} row(s) updated");
                        }
                        break;

                    case "run":
                        // expect: sandbox.process
                        Process.Start("/bin/sh", new[] { "-c", arg })?.WaitForExit();
                        break;

                    case "open":
                        // expect: sandbox.process
                        Process.Start(new ProcessStartInfo { FileName = arg, UseShellExecute = true });
                        break;

                    case "uptime":
                        // ok: sandbox.process
                        Process.Start("uptime")?.WaitForExit();
                        break;

                    case "load":
                        // expect: sandbox.dynamic-code
                        var asm = Assembly.LoadFile(arg);
                        Console.WriteLine($"loaded {asm.FullName}");
                        break;

                    default:
                        Console.WriteLine("commands: user <pattern> | promote <email> | run <cmd> | open <target> | uptime | load <dll> | quit");
                        break;
                }
            }
        }
    }
}

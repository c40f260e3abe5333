using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;

namespace Acme.Imports
{
    public sealed record ContactRow(string Email, string Name, DateOnly? Birthday);

    public class CsvImportJob
    {
        private const int MaxRows = 50_000;
        private static readonly Regex EmailPattern = new(@"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(100));

        public IReadOnlyList<ContactRow> Parse(string csvPath)
        {
            var rows = new List<ContactRow>();
            // ok: sandbox.fs
            using var reader = new StreamReader(csvPath);
            reader.ReadLine();
            string? line;
            while ((line = reader.ReadLine()) != null && rows.Count < MaxRows)
            {
                var cols = line.Split(',');
                if (cols.Length < 2 || !EmailPattern.IsMatch(cols[0].Trim()))
                {
                    continue;
                }
                DateOnly? birthday = cols.Length > 2 && DateOnly.TryParseExact(cols[2].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                    ? d
                    : null;
                rows.Add(new ContactRow(cols[0].Trim().ToLowerInvariant(), cols[1].Trim(), birthday));
            }
            return rows;
        }

        public int Capacity(string requested)
        {
            var n = int.TryParse(requested, out var parsed) ? parsed : 1000;
            // ok: resource.limits
            var buffer = new List<ContactRow>(Math.Min(n, MaxRows));
            return buffer.Capacity;
        }

        public void WriteRejects(string outputPath, IEnumerable<string> rejects)
        {
            // ok: sandbox.fs
            File.WriteAllLines(outputPath, rejects);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Data;
using System.Linq;
using System.Threading.Tasks;
using Dapper;

namespace Acme.Orders.Data
{
    public sealed class OrderSummary
    {
        public long Id { get; set; }
        public string CustomerEmail { get; set; } = "";
        public decimal Total { get; set; }
        public string Status { get; set; } = "";
    }

    public class OrderDapperRepository
    {
        private static readonly HashSet<string> SortableColumns = new(StringComparer.OrdinalIgnoreCase)
        {
            "Id", "Total", "CreatedAt", "Status",
        };

        private readonly IDbConnection _db;

        public OrderDapperRepository(IDbConnection db)
        {
            _db = db;
        }

        public Task<IEnumerable<OrderSummary>> ByStatusAsync(string status, string sortBy)
        {
            var column = SortableColumns.Contains(sortBy) ? sortBy : "CreatedAt";
            // ok: injection.sql
            return _db.QueryAsync<OrderSummary>(
                $"SELECT Id, CustomerEmail, Total, Status FROM Orders WHERE Status = @status ORDER BY {column} DESC",
                new { status });
        }

        public Task<IEnumerable<OrderSummary>> ByCustomerAsync(string email)
        {
            // expect: injection.sql
            return _db.QueryAsync<OrderSummary>(
                "SELECT Id, CustomerEmail, Total, Status FROM Orders WHERE CustomerEmail = '" + email + "'");
        }

        public Task<int> CancelManyAsync(IEnumerable<long> ids)
        {
            var idList = string.Join(",", ids);
            // expect: injection.sql
            return _db.ExecuteAsync($"UPDATE Orders SET Status = 'cancelled' WHERE Id IN ({idList})");
        }

        public Task<int> ArchiveOlderThanAsync(DateTime cutoff)
        {
            // ok: injection.sql
            return _db.ExecuteAsync("UPDATE Orders SET Archived = 1 WHERE CreatedAt < @cutoff", new { cutoff });
        }

        public async Task<decimal> RevenueAsync()
        {
            // ok: injection.sql
            var totals = await _db.QueryAsync<decimal>("SELECT Total FROM Orders WHERE Status = 'paid'");
            return totals.Sum();
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Acme.Catalog
{
    public class Product
    {
        public int Id { get; set; }
        public string Name { get; set; } = "";
        public string Category { get; set; } = "";
        public decimal Price { get; set; }
    }

    public class CatalogDbContext : DbContext
    {
        public CatalogDbContext(DbContextOptions<CatalogDbContext> options) : base(options) { }
        public DbSet<Product> Products => Set<Product>();
    }

    [ApiController]
    [Route("api/products")]
    public class ProductSearchController : ControllerBase
    {
        private readonly CatalogDbContext _db;

        public ProductSearchController(CatalogDbContext db) => _db = db;

        [HttpGet("by-category")]
        public async Task<List<Product>> ByCategory([FromQuery] string category)
        {
            // ok: injection.sql
            return await _db.Products
                .FromSqlInterpolated($"SELECT * FROM Products WHERE Category = {category}")
                .ToListAsync();
        }

        [HttpGet("search")]
        public async Task<List<Product>> Search([FromQuery] string term)
        {
            var sql = "SELECT * FROM Products WHERE Name LIKE '%" + term + "%'";
            // expect: injection.sql
            return await _db.Products.FromSqlRaw(sql).OrderBy(p => p.Name).ToListAsync();
        }

        [HttpPost("reprice")]
        public async Task<int> Reprice([FromQuery] string category, [FromQuery] decimal factor)
        {
            // expect: injection.sql
            return await _db.Database.ExecuteSqlRawAsync(
                $"UPDATE Products SET Price = Price * {factor} WHERE Category = '{category}'");
        }

        [HttpGet("cheap")]
        public async Task<List<Product>> Cheap([FromQuery] decimal max)
        {
            // ok: injection.sql
            return await _db.Products.FromSqlRaw("SELECT * FROM Products WHERE Price <= {0}", max).ToListAsync();
        }
    }
}

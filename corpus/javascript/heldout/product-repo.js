'use strict';
const Database = require('better-sqlite3');

const db = new Database('/var/lib/shop/catalog.db', { fileMustExist: true });
db.pragma('journal_mode = WAL');

const byIdStmt = db.prepare('SELECT id, sku, name, price_cents FROM products WHERE id = ?');
const SORTS = { price: 'price_cents', name: 'name', newest: 'created_at DESC' };

class ProductRepository {
  findById(id) {
    // ok: injection.sql
    return byIdStmt.get(id);
  }

  search({ term = '', category, sort = 'name', limit = 20 }) {
    const orderBy = SORTS[sort] || SORTS.name;
    let sql = 'SELECT id, sku, name, price_cents FROM products WHERE name LIKE @term';
    if (category) sql += ' AND category = @category';
    sql += ` ORDER BY ${orderBy} LIMIT @limit`;
    // ok: injection.sql
    return db.prepare(sql).all({ term: `%${term}%`, category, limit: Math.min(limit, 100) });
  }

  bySkus(skus) {
    const list = skus.map((s) => `'${s}'`).join(',');
    // expect: injection.sql
    return db.prepare(`SELECT id, sku, name FROM products WHERE sku IN (${list})`).all();
  }

  applyDiscount(category, percent) {
    const sql = 'UPDATE products SET price_cents = price_cents * ' + (100 - percent) + ' / 100 WHERE category = ' + "'" + category + "'";
    // expect: injection.sql
    db.exec(sql);
  }

  archiveOlderThan(days) {
    // ok: injection.sql
    return db.prepare("UPDATE products SET archived = 1 WHERE created_at < datetime('now', ?)").run(`-${Number(days)} days`);
  }
}

module.exports = new ProductRepository();

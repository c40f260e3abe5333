import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "async function find(db, id) {\n  return db.query('SELECT * FROM users WHERE id = $1', [id]);\n}",
    "async function find(prisma, id) {\n  return prisma.$queryRaw`SELECT * FROM users WHERE id = ${id}`;\n}",
    "const TABLE = 'users';\nasync function all(db) {\n  return db.query(`SELECT * FROM ${TABLE}`);\n}",
    "const COLUMNS = ['name', 'created_at'];\nasync function sorted(db, col) {\n  if (!COLUMNS.includes(col)) throw new Error('bad column');\n  return db.query(`SELECT * FROM users ORDER BY ${col}`);\n}",
    "// db.query('SELECT * FROM t WHERE id = ' + id) is injection\nconst s = 'connection.query(sql)';",
    "app.get('/x', (req, res) => {\n  res.send(cache.get('user:' + req.query.id));\n});",
    "async function page(db, limit) {\n  return db.query('SELECT * FROM t LIMIT ' + parseInt(limit, 10));\n}",
  ],
  invalid: [
    { code: "app.get('/user', async (req, res) => {\n  const rows = await pool.query(`SELECT * FROM users WHERE id = ${req.query.id}`);\n  res.json(rows);\n});", line: 2 },
    { code: "function login(conn, user, pass) {\n  const sql = \"SELECT * FROM users WHERE name = '\" + user + \"' AND pass = '\" + pass + \"'\";\n  return conn.query(sql);\n}", line: 3 },
    { code: "async function del(prisma, id) {\n  await prisma.$executeRawUnsafe(`DELETE FROM posts WHERE id = ${id}`);\n}", line: 2 },
    { code: "function search(db, term) {\n  return db.all(\"SELECT * FROM items WHERE title LIKE '%\" + term + \"%'\");\n}", line: 2 },
    { code: "function byName(knex, name) {\n  return knex('users').whereRaw(`name = '${name}'`);\n}", line: 2 },
  ],
})

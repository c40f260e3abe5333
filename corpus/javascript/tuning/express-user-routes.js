'use strict';
const express = require('express');
const mysql = require('mysql2/promise');

const router = express.Router();
const pool = mysql.createPool({
  host: process.env.DB_HOST || 'localhost',
  user: 'app',
  // ok: crypto.secrets
  password: process.env.DB_PASSWORD,
  database: 'accounts',
  connectionLimit: 10,
});

const SORT_COLUMNS = new Set(['created_at', 'email', 'last_login']);

router.get('/users/:id', async (req, res) => {
  // ok: injection.sql
  const [rows] = await pool.query('SELECT id, email, name FROM users WHERE id = ?', [req.params.id]);
  if (rows.length === 0) return res.status(404).end();
  res.json(rows[0]);
});

router.get('/users', async (req, res) => {
  const { q = '', sort = 'created_at' } = req.query;
  if (!SORT_COLUMNS.has(sort)) {
    return res.status(400).json({ error: 'invalid sort column' });
  }
  // ok: injection.sql
  const [rows] = await pool.query(`SELECT id, email FROM users WHERE name LIKE ? ORDER BY ${sort}`, [`%${q}%`]);
  res.json(rows);
});

router.get('/users/by-email/:email', async (req, res) => {
  const sql = "SELECT id, email, name FROM users WHERE email = '" + req.params.email + "'";
  // expect: injection.sql
  const [rows] = await pool.query(sql);
  res.json(rows[0] || null);
});

router.post('/users/:id/role', async (req, res) => {
  const { role } = req.body;
  // expect: injection.sql
  await pool.execute(`UPDATE users SET role = '${role}' WHERE id = ${req.params.id}`);
  res.status(204).end();
});

router.delete('/users/:id', async (req, res) => {
  // ok: injection.sql
  await pool.execute('DELETE FROM users WHERE id = ?', [req.params.id]);
  res.status(204).end();
});

module.exports = router;

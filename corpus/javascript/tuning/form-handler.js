'use strict';
const express = require('express');
const { body, validationResult } = require('express-validator');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const router = express.Router();

const contactRules = [
  body('name').trim().isLength({ min: 1, max: 100 }),
  body('email').isEmail().normalizeEmail(),
  body('message').trim().isLength({ min: 10, max: 5000 }),
];

router.post('/contact', express.urlencoded({ extended: false, limit: '20kb' }), contactRules, async (req, res) => {
  const errors = validationResult(req);
  if (!errors.isEmpty()) return res.status(422).json({ errors: errors.array() });
  const { name, email, message } = req.body;
  // ok: injection.sql
  await pool.query('INSERT INTO contact_requests (name, email, message) VALUES ($1, $2, $3)', [name, email, message]);
  res.status(201).json({ received: true });
});

router.get('/contact/recent', async (req, res) => {
  const limit = Math.min(parseInt(req.query.limit, 10) || 20, 100);
  // ok: injection.sql
  const { rows } = await pool.query('SELECT id, name, created_at FROM contact_requests ORDER BY created_at DESC LIMIT $1', [limit]);
  res.json(rows);
});

router.get('/contact/export', async (req, res) => {
  const statusFilter = req.query.status === 'open' ? "status = 'open'" : "status <> 'spam'";
  // ok: injection.sql
  const { rows } = await pool.query(`SELECT id, name, email FROM contact_requests WHERE ${statusFilter}`);
  res.type('text/csv').send(rows.map((r) => `${r.id},${JSON.stringify(r.name)},${r.email}`).join('\n'));
});

module.exports = router;

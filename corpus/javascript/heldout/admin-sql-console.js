'use strict';
const express = require('express');
const { Sequelize, QueryTypes } = require('sequelize');
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });

const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });
const router = express.Router();

router.post('/admin/sql', async (req, res) => {
  if (!req.user || !req.user.isSuperuser) return res.status(403).end();
  // expect: injection.sql
  const rows = await sequelize.query(req.body.sql, { type: QueryTypes.SELECT });
  res.json(rows);
});

router.get('/admin/tables/:table/count', async (req, res) => {
  // expect: injection.sql
  const result = await knex.raw(`SELECT count(*) AS n FROM ${req.params.table}`);
  res.json(result.rows[0]);
});

router.get('/admin/users/:id', async (req, res) => {
  // ok: injection.sql
  const rows = await sequelize.query('SELECT id, email FROM users WHERE id = :id', {
    replacements: { id: req.params.id },
    type: QueryTypes.SELECT,
  });
  res.json(rows[0] || null);
});

router.get('/admin/users', async (req, res) => {
  // ok: injection.sql
  const rows = await knex('users').select('id', 'email').where('email', 'like', `%${req.query.q || ''}%`).limit(50);
  res.json(rows);
});

router.get('/admin/stats', async (req, res) => {
  // ok: injection.sql
  const stats = await knex.raw('SELECT relname, n_live_tup FROM pg_stat_user_tables ORDER BY 2 DESC');
  res.json(stats.rows);
});

module.exports = router;

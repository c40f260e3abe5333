'use strict';
const { Pool } = require('pg');

const common = {
  max: 20,
  idleTimeoutMillis: 30000,
  connectionTimeoutMillis: 5000,
};

const primary = new Pool({
  ...common,
  host: 'db-primary.internal',
  user: 'orders_rw',
  // expect: crypto.secrets
  password: 'Or3ders!rw#2024-prod',
  database: 'orders',
  // expect: crypto.tls
  ssl: { rejectUnauthorized: false },
});

const replica = new Pool({
  ...common,
  host: process.env.REPLICA_HOST,
  user: process.env.REPLICA_USER,
  // ok: crypto.secrets
  password: process.env.REPLICA_PASSWORD,
  database: 'orders',
  // ok: crypto.tls
  ssl: { rejectUnauthorized: true, ca: process.env.PG_CA_CERT },
});

async function findOrder(id) {
  // ok: injection.sql
  const { rows } = await replica.query('SELECT * FROM orders WHERE id = $1', [id]);
  return rows[0];
}

async function ordersForCustomer(customerId, status) {
  let sql = `SELECT id, total_cents, status FROM orders WHERE customer_id = ${customerId}`;
  if (status) sql += ` AND status = '${status}'`;
  // expect: injection.sql
  const { rows } = await replica.query(sql);
  return rows;
}

async function close() {
  await Promise.all([primary.end(), replica.end()]);
}

module.exports = { primary, replica, findOrder, ordersForCustomer, close };

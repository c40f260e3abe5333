import { Pool, PoolConfig } from 'pg';

const base: PoolConfig = {
  max: 15,
  idleTimeoutMillis: 30_000,
};

export const analytics = new Pool({
  ...base,
  host: 'analytics-db.internal',
  user: 'analyst',
  // expect: crypto.secrets
  password: 'An4lyt1cs#ReadOnly!',
  database: 'warehouse',
  // expect: crypto.tls
  ssl: { rejectUnauthorized: false },
});

export const primary = new Pool({
  ...base,
  connectionString: process.env.DATABASE_URL,
  // ok: crypto.tls
  ssl: { ca: process.env.PG_CA, rejectUnauthorized: true },
});

export async function dailyRevenue(day: string): Promise<number> {
  // ok: injection.sql
  const { rows } = await analytics.query('SELECT sum(total) AS revenue FROM orders WHERE day = $1', [day]);
  return Number(rows[0]?.revenue ?? 0);
}

export async function revenueByRegion(region: string, from: string): Promise<Array<{ day: string; revenue: number }>> {
  // expect: injection.sql
  const { rows } = await analytics.query(`SELECT day, sum(total) AS revenue FROM orders WHERE region = '${region}' AND day >= '${from}' GROUP BY day`);
  return rows;
}

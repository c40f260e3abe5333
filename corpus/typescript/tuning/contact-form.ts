import express, { Request, Response } from 'express';
import { Pool } from 'pg';
import { z } from 'zod';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
export const router = express.Router();

const ContactSchema = z.object({
  name: z.string().trim().min(1).max(100),
  email: z.string().email().max(254),
  topic: z.enum(['sales', 'support', 'press']),
  message: z.string().trim().min(10).max(5000),
});

const TOPIC_TABLES: Record<z.infer<typeof ContactSchema>['topic'], string> = {
  sales: 'contact_sales',
  support: 'contact_support',
  press: 'contact_press',
};

router.post('/contact', express.json({ limit: '16kb' }), async (req: Request, res: Response) => {
  const parsed = ContactSchema.safeParse(req.body);
  if (!parsed.success) return res.status(422).json(parsed.error.flatten());
  const { name, email, topic, message } = parsed.data;
  const table = TOPIC_TABLES[topic];
  // ok: injection.sql
  await pool.query(`INSERT INTO ${TOPIC_TABLES.sales} (name, email, message) VALUES ($1, $2, $3)`, [name, email, message]);
  res.status(201).json({ received: true, queue: table });
});

router.get('/contact/count', async (_req: Request, res: Response) => {
  // ok: injection.sql
  const { rows } = await pool.query('SELECT count(*)::int AS n FROM contact_sales WHERE created_at > now() - interval \'1 day\'');
  res.json(rows[0]);
});

router.get('/contact/:id', async (req: Request, res: Response) => {
  // ok: injection.sql
  const { rows } = await pool.query('SELECT id, name, topic, created_at FROM contact_sales WHERE id = $1', [req.params.id]);
  if (rows.length === 0) return res.status(404).end();
  res.json(rows[0]);
});

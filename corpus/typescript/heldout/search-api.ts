import express, { Request, Response } from 'express';

const app = express();
app.use(express.json({ limit: '100kb' }));

const MAX_RESULTS = 200;
const MAX_REPEAT = 64;

interface Doc {
  id: number;
  title: string;
}

const index: Doc[] = [];

app.get('/search', (req: Request, res: Response) => {
  const q = String(req.query.q ?? '');
  // expect: resource.limits
  const matcher = new RegExp(q, 'i');
  res.json(index.filter((d) => matcher.test(d.title)).slice(0, MAX_RESULTS));
});

app.get('/search/exact', (req: Request, res: Response) => {
  const q = String(req.query.q ?? '');
  // ok: resource.limits
  res.json(index.filter((d) => d.title.toLowerCase().includes(q.toLowerCase())).slice(0, MAX_RESULTS));
});

app.get('/banner', (req: Request, res: Response) => {
  const n = Number(req.query.n ?? 1);
  // expect: resource.limits
  const stars = '*'.repeat(n);
  res.type('text/plain').send(`${stars} ${String(req.query.text ?? '')} ${stars}`);
});

app.get('/banner/safe', (req: Request, res: Response) => {
  const n = Math.min(Number(req.query.n ?? 1), MAX_REPEAT);
  // ok: resource.limits
  const stars = '*'.repeat(n);
  res.type('text/plain').send(stars);
});

app.get('/grid', (req: Request, res: Response) => {
  const size = parseInt(String(req.query.size), 10) || 10;
  // expect: resource.limits
  const grid: number[][] = new Array(size).fill(0).map(() => new Array(size).fill(0));
  res.json({ cells: grid.length * grid.length });
});

app.post('/scratch', (req: Request, res: Response) => {
  const bytes: number = req.body.bytes;
  // expect: resource.limits
  const scratch = Buffer.allocUnsafe(bytes);
  res.json({ allocated: scratch.length });
});

export default app;

import express, { Request, Response } from 'express';
import * as yaml from 'js-yaml';
import * as serialize from 'node-serialize';

const app = express();
const MAX_CHUNK = 4 * 1024 * 1024;
const uploads = new Map<string, Buffer[]>();

app.post('/uploads', (req: Request, res: Response) => {
  // expect: crypto.random
  const uploadSessionId = Math.random().toString(36).slice(2);
  uploads.set(uploadSessionId, []);
  res.status(201).json({ id: uploadSessionId });
});

app.put('/uploads/:id/chunk', express.raw({ type: '*/*', limit: '4mb' }), (req: Request, res: Response) => {
  const declared = Number(req.headers['x-chunk-size']);
  // expect: resource.limits
  const chunk = Buffer.alloc(declared);
  (req.body as Buffer).copy(chunk);
  uploads.get(req.params.id)?.push(chunk);
  res.status(204).end();
});

app.put('/uploads/:id/chunk-safe', express.raw({ type: '*/*', limit: '4mb' }), (req: Request, res: Response) => {
  const declared = Number(req.headers['x-chunk-size']);
  if (!Number.isFinite(declared) || declared > MAX_CHUNK) return res.status(413).end();
  // ok: resource.limits
  const chunk = Buffer.alloc(declared);
  (req.body as Buffer).copy(chunk);
  uploads.get(req.params.id)?.push(chunk);
  res.status(204).end();
});

app.post('/uploads/:id/meta', express.text({ type: '*/*' }), (req: Request, res: Response) => {
  const format = req.query.format;
  const meta =
    format === 'yaml'
      // expect: sandbox.deserialization
      ? yaml.load(req.body, { schema: yaml.DEFAULT_FULL_SCHEMA })
      // expect: sandbox.deserialization
      : serialize.unserialize(req.body);
  res.json({ id: req.params.id, meta });
});

app.post('/uploads/:id/meta-json', express.json(), (req: Request, res: Response) => {
  // ok: sandbox.deserialization
  const meta = JSON.parse(JSON.stringify(req.body));
  res.json({ id: req.params.id, meta });
});

export default app;

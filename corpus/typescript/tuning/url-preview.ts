import express, { Request, Response } from 'express';
import axios from 'axios';

const router = express.Router();
const TRUSTED_HOSTS = new Set(['docs.example.com', 'blog.example.com']);

interface Preview {
  url: string;
  title: string | null;
  image: string | null;
}

function parsePreview(url: string, html: string): Preview {
  const title = /<meta property="og:title" content="([^"]*)"/i.exec(html);
  const image = /<meta property="og:image" content="([^"]*)"/i.exec(html);
  return { url, title: title?.[1] ?? null, image: image?.[1] ?? null };
}

router.get('/preview', async (req: Request, res: Response) => {
  const url = String(req.query.url ?? '');
  // expect: sandbox.net
  const response = await fetch(url, { headers: { 'User-Agent': 'PreviewBot/1.0' } });
  res.json(parsePreview(url, await response.text()));
});

router.post('/preview/batch', async (req: Request, res: Response) => {
  const urls: string[] = (req.body.urls ?? []).slice(0, 5);
  const previews: Preview[] = [];
  for (const u of urls) {
    // expect: sandbox.net
    const { data } = await axios.get<string>(u, { timeout: 4000 });
    previews.push(parsePreview(u, data));
  }
  res.json(previews);
});

router.get('/preview/trusted', async (req: Request, res: Response) => {
  const target = new URL(String(req.query.url));
  if (target.protocol !== 'https:' || !TRUSTED_HOSTS.has(target.hostname)) {
    return res.status(400).json({ error: 'host not allowed' });
  }
  // ok: sandbox.net
  const response = await fetch(target);
  res.json(parsePreview(target.href, await response.text()));
});

router.get('/preview/npm/:pkg', async (req: Request, res: Response) => {
  // ok: sandbox.net
  const { data } = await axios.get(`https://registry.npmjs.org/${encodeURIComponent(req.params.pkg)}`);
  res.json({ name: data.name, description: data.description });
});

export default router;

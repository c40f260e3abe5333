import { createReadStream, promises as fs } from 'fs';
import { createServer, IncomingMessage, ServerResponse } from 'http';
import * as path from 'path';

const PUBLIC_ROOT = '/srv/site/public';
const TYPES: Record<string, string> = { '.html': 'text/html', '.css': 'text/css', '.js': 'application/javascript' };

function fail(res: ServerResponse, code: number): void {
  res.statusCode = code;
  res.end();
}

async function serveStatic(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const resolved = path.normalize(path.join(PUBLIC_ROOT, pathname));
  if (!resolved.startsWith(PUBLIC_ROOT + path.sep)) return fail(res, 403);
  res.setHeader('Content-Type', TYPES[path.extname(resolved)] ?? 'application/octet-stream');
  // ok: sandbox.fs
  createReadStream(resolved).on('error', () => fail(res, 404)).pipe(res);
}

async function serveExport(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const name = new URL(req.url ?? '/', 'http://x').searchParams.get('name') ?? '';
  const file = path.join('/srv/site/exports', name);
  try {
    // expect: sandbox.fs
    const data = await fs.readFile(file);
    res.setHeader('Content-Type', 'text/csv');
    res.end(data);
  } catch {
    fail(res, 404);
  }
}

async function listExports(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const sub = new URL(req.url ?? '/', 'http://x').searchParams.get('dir') ?? '';
  // expect: sandbox.fs
  const entries = await fs.readdir(`/srv/site/exports/${sub}`);
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify(entries));
}

export const server = createServer((req, res) => {
  const url = req.url ?? '/';
  if (url.startsWith('/exports/list')) return void listExports(req, res);
  if (url.startsWith('/exports')) return void serveExport(req, res);
  return void serveStatic(req, res);
});

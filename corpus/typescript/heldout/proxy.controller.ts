import { Controller, Get, Headers, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import * as http from 'http';
import got from 'got';

const MIRRORS = new Set(['mirror-a.example.com', 'mirror-b.example.com']);

@Controller('proxy')
export class ProxyController {
  @Get('fetch')
  async fetchRemote(@Req() req: Request, @Res() res: Response): Promise<void> {
    const target = String(req.query.url);
    // expect: sandbox.net
    const body = await got(target, { timeout: { request: 5000 } }).text();
    res.type('text/plain').send(body);
  }

  @Get('forward')
  forward(@Req() req: Request, @Res() res: Response): void {
    const upstreamHost = req.headers['x-forward-host'] as string;
    // expect: sandbox.net
    const upstream = http.get({ host: upstreamHost, path: req.url }, (up) => up.pipe(res));
    upstream.on('error', () => res.status(502).end());
  }

  @Get('mirror')
  async mirror(@Query('host') host: string, @Query('file') file: string, @Res() res: Response): Promise<void> {
    if (!MIRRORS.has(host)) {
      res.status(400).end();
      return;
    }
    // ok: sandbox.net
    const body = await got(`https://${host}/pub/${encodeURIComponent(file)}`).buffer();
    res.send(body);
  }

  @Get('status')
  async status(@Headers('x-request-id') requestId: string, @Res() res: Response): Promise<void> {
    // ok: sandbox.net
    const upstream = await got('https://status.example.com/api/v2/summary.json').json();
    res.json({ requestId, upstream });
  }
}

import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { promises as fs } from 'fs';
import * as path from 'path';
import axios from 'axios';

const AVATAR_ROOT = '/var/lib/app/avatars';

@Controller('avatars')
export class AvatarController {
  @Post(':userId/import')
  async importFromUrl(@Param('userId') userId: string, @Req() req: Request): Promise<{ path: string }> {
    const source = String(req.body.url);
    // expect: sandbox.net
    const { data } = await axios.get<ArrayBuffer>(source, { responseType: 'arraybuffer', maxContentLength: 2_000_000 });
    const dest = path.join(AVATAR_ROOT, `${userId}.png`);
    // expect: sandbox.fs
    await fs.writeFile(dest, Buffer.from(data));
    return { path: dest };
  }

  @Post(':userId/gravatar')
  async importGravatar(@Param('userId') userId: string, @Body('emailHash') emailHash: string): Promise<{ path: string }> {
    const hash = emailHash.replace(/[^a-f0-9]/gi, '');
    // ok: sandbox.net
    const { data } = await axios.get<ArrayBuffer>(`https://www.gravatar.com/avatar/${hash}?s=256`, { responseType: 'arraybuffer' });
    const dest = path.join(AVATAR_ROOT, `${path.basename(userId)}.png`);
    // ok: sandbox.fs
    await fs.writeFile(dest, Buffer.from(data));
    return { path: dest };
  }

  @Post(':userId/reset')
  async reset(@Param('userId') userId: string): Promise<{ removed: boolean }> {
    // expect: sandbox.fs
    await fs.unlink(`${AVATAR_ROOT}/${userId}.png`).catch(() => undefined);
    return { removed: true };
  }
}

export async function copyDefaultAvatar(dest: string): Promise<void> {
  // ok: sandbox.fs
  await fs.copyFile(path.join(AVATAR_ROOT, 'default.png'), dest);
}

import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';

const STORAGE_ROOT = '/var/lib/app/storage';

export interface StoredFile {
  path: string;
  size: number;
  etag: string;
}

export class UploadService {
  async storeAvatar(userId: string, originalName: string, data: Buffer): Promise<StoredFile> {
    const safeName = `${path.basename(userId)}-${path.basename(originalName)}`;
    const target = path.join(STORAGE_ROOT, 'avatars', safeName);
    // ok: sandbox.fs
    await fs.writeFile(target, data);
    // ok: crypto.hash
    const etag = createHash('sha256').update(data).digest('hex');
    return { path: target, size: data.length, etag };
  }

  async storeAttachment(folder: string, originalName: string, data: Buffer): Promise<StoredFile> {
    const target = path.join(STORAGE_ROOT, folder, originalName);
    // expect: sandbox.fs
    await fs.writeFile(target, data);
    // expect: crypto.hash
    const etag = createHash('md5').update(data).digest('hex');
    return { path: target, size: data.length, etag };
  }

  async readAttachment(folder: string, name: string): Promise<Buffer> {
    const full = path.resolve(STORAGE_ROOT, folder, name);
    if (!full.startsWith(STORAGE_ROOT + path.sep)) {
      throw new Error('path escapes storage root');
    }
    // ok: sandbox.fs
    return fs.readFile(full);
  }

  async removeAttachment(folder: string, name: string): Promise<void> {
    // expect: sandbox.fs
    await fs.rm(STORAGE_ROOT + '/' + folder + '/' + name, { force: true });
  }

  async readManifest(manifestPath: string): Promise<string[]> {
    // ok: sandbox.fs
    const text = await fs.readFile(manifestPath, 'utf8');
    return text.split('\n').filter(Boolean);
  }
}

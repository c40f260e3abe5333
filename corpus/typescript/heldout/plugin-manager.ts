import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';

export interface Plugin {
  name: string;
  activate(ctx: PluginContext): void | Promise<void>;
}

export interface PluginContext {
  registerCommand(id: string, handler: (...args: unknown[]) => unknown): void;
}

const PLUGIN_ROOT = '/opt/app/plugins';

export class PluginManager {
  private readonly loaded = new Map<string, Plugin>();

  constructor(private readonly ctx: PluginContext) {}

  async loadBuiltin(): Promise<void> {
    // ok: sandbox.dynamic-code
    const git = await import('./builtin/git-plugin');
    await this.activate(git.default as Plugin);
  }

  async loadFromDirectory(): Promise<void> {
    // ok: sandbox.fs
    for (const dir of readdirSync(PLUGIN_ROOT)) {
      const manifestPath = path.join(PLUGIN_ROOT, dir, 'package.json');
      // expect: sandbox.fs
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { main: string };
      // expect: sandbox.dynamic-code
      const mod = await import(path.join(PLUGIN_ROOT, dir, manifest.main));
      await this.activate(mod.default as Plugin);
    }
  }

  async loadByName(moduleName: string): Promise<Plugin> {
    // expect: sandbox.dynamic-code
    const mod = require(moduleName) as { default: Plugin };
    await this.activate(mod.default);
    return mod.default;
  }

  private async activate(plugin: Plugin): Promise<void> {
    if (this.loaded.has(plugin.name)) return;
    await plugin.activate(this.ctx);
    this.loaded.set(plugin.name, plugin);
  }
}

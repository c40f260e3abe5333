#!/usr/bin/env node
import { createReadStream } from 'fs';
import * as readline from 'readline';

const LEVEL_ORDER = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const;

function levelIndex(line: string): number {
  const m = /"level":"(\w+)"/.exec(line);
  return m ? LEVEL_ORDER.indexOf(m[1] as (typeof LEVEL_ORDER)[number]) : -1;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const file = args[0];
  if (!file) {
    console.error('usage: log-tail <file.jsonl> [--grep REGEX] [--min-level warn]');
    return 2;
  }
  const grepAt = args.indexOf('--grep');
  // expect: resource.limits
  const filter = grepAt >= 0 ? new RegExp(args[grepAt + 1]) : undefined;
  const levelAt = args.indexOf('--min-level');
  const minLevel = levelAt >= 0 ? LEVEL_ORDER.indexOf(args[levelAt + 1] as (typeof LEVEL_ORDER)[number]) : 0;

  // expect: sandbox.fs
  const input = createReadStream(file, { encoding: 'utf8' });
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  let shown = 0;
  for await (const line of rl) {
    if (levelIndex(line) < minLevel) continue;
    if (filter && !filter.test(line)) continue;
    console.log(line);
    shown++;
  }
  // ok: resource.limits
  const summary = new RegExp('^\\s*$').test(String(shown)) ? 'none' : String(shown);
  console.error(`${summary} lines shown`);
  return 0;
}

main().then((code) => process.exit(code));

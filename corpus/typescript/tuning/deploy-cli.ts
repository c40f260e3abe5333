#!/usr/bin/env ts-node
import { execSync, execFileSync } from 'child_process';
import { existsSync, readFileSync, writeFileSync } from 'fs';

interface DeployState {
  lastRelease: string;
  deployedAt: string;
}

const STATE_FILE = '/var/lib/deploy/state.json';

function readState(): DeployState | null {
  // ok: sandbox.fs
  if (!existsSync(STATE_FILE)) return null;
  // ok: sandbox.fs
  return JSON.parse(readFileSync(STATE_FILE, 'utf8')) as DeployState;
}

function main(): void {
  const [, , release, hostsFile] = process.argv;
  if (!release || !hostsFile) {
    console.error('usage: deploy <release-tag> <hosts-file>');
    process.exit(2);
  }
  // expect: sandbox.fs
  const hosts = readFileSync(hostsFile, 'utf8').split('\n').filter(Boolean);
  for (const host of hosts) {
    // expect: sandbox.process
    execSync(`ssh deploy@${host} 'cd /srv/app && git fetch --tags && git checkout ${release}'`, { stdio: 'inherit' });
    // ok: sandbox.process
    execFileSync('ssh', [`deploy@${host}`, 'sudo', 'systemctl', 'restart', 'app'], { stdio: 'inherit' });
  }
  const previous = readState();
  const state: DeployState = { lastRelease: release, deployedAt: new Date().toISOString() };
  // ok: sandbox.fs
  writeFileSync(STATE_FILE, JSON.stringify(state, null, 2));
  console.log(`deployed ${release} to ${hosts.length} hosts (previous: ${previous?.lastRelease ?? 'none'})`);
}

main();

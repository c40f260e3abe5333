#!/usr/bin/env node
import { execSync } from 'child_process';
import * as net from 'net';
import * as tls from 'tls';

function probePlain(host: string, port: number): Promise<number> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    // ok: sandbox.net
    const sock = net.connect(port, host, () => {
      sock.end();
      resolve(Date.now() - started);
    });
    sock.on('error', reject);
  });
}

async function main(): Promise<void> {
  const [, , host, portArg = '443', mode = 'tls'] = process.argv;
  if (!host) {
    console.error('usage: port-probe <host> [port] [tls|plain|insecure]');
    process.exit(2);
  }
  const port = Number(portArg);
  if (mode === 'plain') {
    // expect: sandbox.net
    const sock = net.connect(port, host);
    sock.once('connect', () => {
      console.log(`${host}:${port} open`);
      sock.end();
    });
    sock.once('error', (e) => console.error(e.message));
    return;
  }
  const options: tls.ConnectionOptions = { host, port, servername: host, timeout: 5000 };
  if (mode === 'insecure') {
    // expect: crypto.tls
    options.rejectUnauthorized = false;
  }
  // expect: sandbox.net
  const sock = tls.connect(options);
  sock.once('secureConnect', () => {
    console.log(`${host}:${port} ${sock.getProtocol()} authorized=${sock.authorized}`);
    sock.end();
  });
  sock.once('error', (e) => console.error(e.message));
  // expect: sandbox.process
  console.log(execSync(`ping -c 1 -W 2 ${host}`, { encoding: 'utf8' }).split('\n')[1]);
}

void main();
export { probePlain };

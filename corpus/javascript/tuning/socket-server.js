'use strict';
const net = require('net');
const serialize = require('node-serialize');

const MAX_FRAME = 1024 * 1024;
// ok: resource.limits
const EMPTY = Buffer.alloc(0);
const sessions = new Map();

function newSessionKey() {
  // expect: crypto.random
  return Math.random().toString(16).slice(2) + Math.random().toString(16).slice(2);
}

function handleFrame(socket, frame) {
  // expect: sandbox.deserialization
  const message = serialize.unserialize(frame.toString('utf8'));
  if (message.type === 'hello') {
    const key = newSessionKey();
    sessions.set(key, { remote: socket.remoteAddress, since: Date.now() });
    socket.write(JSON.stringify({ type: 'welcome', key }) + '\n');
  }
}

const server = net.createServer((socket) => {
  let pending = EMPTY;
  socket.on('data', (chunk) => {
    pending = Buffer.concat([pending, chunk]);
    while (pending.length >= 4) {
      const len = pending.readUInt32BE(0);
      if (pending.length < 4 + len) break;
      const frame = pending.subarray(4, 4 + len);
      pending = pending.subarray(4 + len);
      handleFrame(socket, frame);
    }
  });
});

const safeServer = net.createServer((socket) => {
  socket.once('data', (chunk) => {
    const len = chunk.readUInt32BE(0);
    if (len > MAX_FRAME) return socket.destroy();
    const frame = chunk.subarray(4, 4 + len);
    socket.end(`received ${frame.length} bytes\n`);
  });
});

if (require.main === module) {
  server.listen(9400, '127.0.0.1');
  safeServer.listen(9401, '127.0.0.1');
}
module.exports = { server, safeServer };

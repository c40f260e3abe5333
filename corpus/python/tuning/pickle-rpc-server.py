"""Minimal length-prefixed RPC server used between internal workers."""
import logging
import pickle
import socket
import socketserver
import struct

log = logging.getLogger("rpc")

HEADER = struct.Struct("!I")
MAX_FRAME = 8 * 1024 * 1024
HANDLERS = {}


def rpc(name):
    def register(fn):
        HANDLERS[name] = fn
        return fn
    return register


@rpc("ping")
def ping():
    return "pong"


def recv_exact(sock, n):
    buf = b""
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise ConnectionError("peer closed")
        buf += chunk
    return buf


class RPCHandler(socketserver.BaseRequestHandler):
    def handle(self):
        header = self.request.recv(HEADER.size)
        (length,) = HEADER.unpack(header)
        # expect: resource.limits
        payload = self.request.recv(length)
        # expect: sandbox.deserialization
        method, args = pickle.loads(payload)
        result = HANDLERS[method](*args)
        # ok: sandbox.deserialization
        out = pickle.dumps(result)
        self.request.sendall(HEADER.pack(len(out)) + out)


class SafeRPCHandler(socketserver.BaseRequestHandler):
    def handle(self):
        (length,) = HEADER.unpack(recv_exact(self.request, HEADER.size))
        if length > MAX_FRAME:
            self.request.close()
            return
        # ok: resource.limits
        payload = self.request.recv(length)
        log.debug("frame of %d bytes from %s", len(payload), self.client_address)


if __name__ == "__main__":
    with socketserver.ThreadingTCPServer(("127.0.0.1", 7400), RPCHandler) as srv:
        srv.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        srv.serve_forever()

using System;
using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace Acme.Relay
{
    /// <summary>
    /// Tiny relay: clients send [u16 host length][host][u16 port][u32 payload length][payload].
    /// </summary>
    public class TcpRelay
    {
        private const int MaxPayload = 1 << 20;
        private readonly TcpListener _listener = new(IPAddress.Loopback, 9400);

        public async Task RunAsync()
        {
            _listener.Start();
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync();
                _ = Task.Run(() => HandleAsync(client));
            }
        }

        private static async Task HandleAsync(TcpClient client)
        {
            using var _ = client;
            var stream = client.GetStream();
            var header = new byte[2];
            await stream.ReadExactlyAsync(header);
            // expect: resource.limits
            var hostBytes = new byte[BinaryPrimitives.ReadUInt16BigEndian(header)];
            await stream.ReadExactlyAsync(hostBytes);
            var host = Encoding.ASCII.GetString(hostBytes);

            await stream.ReadExactlyAsync(header);
            var port = BinaryPrimitives.ReadUInt16BigEndian(header);

            var lenBytes = new byte[4];
            await stream.ReadExactlyAsync(lenBytes);
            var payloadLength = BinaryPrimitives.ReadInt32BigEndian(lenBytes);
            // expect: resource.limits
            var payload = new byte[payloadLength];
            await stream.ReadExactlyAsync(payload);

            using var upstream = new TcpClient();
            // expect: sandbox.net
            await upstream.ConnectAsync(host, port);
            await upstream.GetStream().WriteAsync(payload);
        }

        public static async Task<byte[]> ReadFrameAsync(NetworkStream stream)
        {
            var lenBytes = new byte[4];
            await stream.ReadExactlyAsync(lenBytes);
            var length = BinaryPrimitives.ReadInt32BigEndian(lenBytes);
            if (length < 0 || length > MaxPayload)
            {
                throw new InvalidOperationException("frame too large");
            }
            // ok: resource.limits
            var frame = new byte[length];
            await stream.ReadExactlyAsync(frame);
            return frame;
        }

        public static async Task PingMonitorAsync()
        {
            using var monitor = new TcpClient();
            // ok: sandbox.net
            await monitor.ConnectAsync("monitor.internal.acme.example", 9100);
        }
    }
}

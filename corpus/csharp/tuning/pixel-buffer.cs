using System;
using System.Runtime.CompilerServices;

namespace Acme.Imaging
{
    public sealed class PixelBuffer
    {
        private readonly byte[] _rgba;

        public PixelBuffer(int width, int height)
        {
            Width = width;
            Height = height;
            _rgba = new byte[checked(width * height * 4)];
        }

        public int Width { get; }
        public int Height { get; }

        // expect: memory.unsafe-escape
        public unsafe void FillSolid(byte r, byte g, byte b, byte a)
        {
            uint packed = (uint)(r | g << 8 | b << 16 | a << 24);
            // expect: memory.unsafe-escape
            fixed (byte* basePtr = _rgba)
            {
                var px = (uint*)basePtr;
                var count = _rgba.Length / 4;
                for (var i = 0; i < count; i++)
                {
                    px[i] = packed;
                }
            }
        }

        public int Luminance(int x, int y)
        {
            var offset = (y * Width + x) * 4;
            // ok: memory.unsafe-escape
            Span<byte> pixel = stackalloc byte[4];
            _rgba.AsSpan(offset, 4).CopyTo(pixel);
            return (299 * pixel[0] + 587 * pixel[1] + 114 * pixel[2]) / 1000;
        }

        public uint ReadPacked(int index)
        {
            // ok: memory.unsafe-escape
            return Unsafe.ReadUnaligned<uint>(ref _rgba[index * 4]);
        }

        public void FlipVertical()
        {
            var stride = Width * 4;
            // expect: memory.unsafe-escape
            unsafe
            {
                // expect: memory.unsafe-escape
                byte* row = stackalloc byte[stride];
                var tmp = new Span<byte>(row, stride);
                for (var y = 0; y < Height / 2; y++)
                {
                    var top = _rgba.AsSpan(y * stride, stride);
                    var bottom = _rgba.AsSpan((Height - 1 - y) * stride, stride);
                    top.CopyTo(tmp);
                    bottom.CopyTo(top);
                    tmp.CopyTo(bottom);
                }
            }
        }
    }
}

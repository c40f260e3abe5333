using System;
using System.Runtime.InteropServices;

namespace Acme.Audio
{
    internal static class PortAudio
    {
        // expect: sandbox.native
        [DllImport("portaudio", CallingConvention = CallingConvention.Cdecl)]
        internal static extern int Pa_Initialize();

        // expect: sandbox.native
        [DllImport("portaudio", CallingConvention = CallingConvention.Cdecl)]
        internal static extern int Pa_WriteStream(IntPtr stream, IntPtr buffer, ulong frames);
    }

    public sealed class PcmMixer
    {
        private readonly IntPtr _stream;

        public PcmMixer(IntPtr stream)
        {
            _stream = stream;
        }

        // expect: memory.unsafe-escape
        public unsafe void Play(short[] samples)
        {
            // expect: memory.unsafe-escape
            fixed (short* ptr = samples)
            {
                PortAudio.Pa_WriteStream(_stream, (IntPtr)ptr, (ulong)samples.Length / 2);
            }
        }

        public static void Mix(ReadOnlySpan<short> a, ReadOnlySpan<short> b, Span<short> output)
        {
            for (var i = 0; i < output.Length; i++)
            {
                var sum = a[i] + b[i];
                output[i] = (short)Math.Clamp(sum, short.MinValue, short.MaxValue);
            }
        }

        public static float Peak(ReadOnlySpan<short> samples)
        {
            // ok: memory.unsafe-escape
            Span<float> scratch = stackalloc float[8];
            var peak = 0;
            foreach (var s in samples) peak = Math.Max(peak, Math.Abs((int)s));
            scratch[0] = peak / 32768f;
            return scratch[0];
        }

        public static IntPtr CopyToUnmanaged(short[] samples)
        {
            // ok: memory.unsafe-escape
            var mem = Marshal.AllocHGlobal(samples.Length * sizeof(short));
            Marshal.Copy(samples, 0, mem, samples.Length);
            return mem;
        }
    }
}

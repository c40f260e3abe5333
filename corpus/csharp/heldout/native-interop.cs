using System;
using System.Runtime.InteropServices;
using System.Text;

namespace Acme.Platform.Windows
{
    internal static class NativeMethods
    {
        // expect: sandbox.native
        [DllImport("kernel32.dll", SetLastError = true, CharSet = CharSet.Unicode)]
        internal static extern uint GetShortPathName(string longPath, StringBuilder shortPath, uint bufferSize);

        // expect: sandbox.native
        [DllImport("user32.dll")]
        internal static extern IntPtr GetForegroundWindow();

        // expect: sandbox.native
        [DllImport("user32.dll", CharSet = CharSet.Unicode)]
        internal static extern int GetWindowText(IntPtr hWnd, StringBuilder text, int count);
    }

    public static class WindowInfo
    {
        public static string ActiveWindowTitle()
        {
            var handle = NativeMethods.GetForegroundWindow();
            if (handle == IntPtr.Zero)
            {
                return string.Empty;
            }

            var buffer = new StringBuilder(512);
            var length = NativeMethods.GetWindowText(handle, buffer, buffer.Capacity);
            return length > 0 ? buffer.ToString() : string.Empty;
        }

        public static string ShortPath(string path)
        {
            var sb = new StringBuilder(260);
            var written = NativeMethods.GetShortPathName(path, sb, (uint)sb.Capacity);
            if (written == 0)
            {
                throw new InvalidOperationException($"GetShortPathName failed: {Marshal.GetLastWin32Error()}");
            }
            return sb.ToString();
        }

        public static bool IsWindows()
        {
            // ok: sandbox.native
            return RuntimeInformation.IsOSPlatform(OSPlatform.Windows);
        }
    }
}

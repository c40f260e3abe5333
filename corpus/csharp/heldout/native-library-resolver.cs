using System;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Acme.Compression.Native
{
    internal static partial class Zstd
    {
        // expect: sandbox.native
        [LibraryImport("libzstd", EntryPoint = "ZSTD_compressBound")]
        internal static partial nuint CompressBound(nuint srcSize);

        // expect: sandbox.native
        [LibraryImport("libzstd", EntryPoint = "ZSTD_versionNumber")]
        internal static partial uint VersionNumber();
    }

    public static class NativeLibraryResolver
    {
        private static IntPtr _handle;

        public static void Register()
        {
            NativeLibrary.SetDllImportResolver(typeof(Zstd).Assembly, Resolve);
        }

        private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
        {
            if (libraryName != "libzstd")
            {
                return IntPtr.Zero;
            }
            if (_handle != IntPtr.Zero)
            {
                return _handle;
            }

            var rid = RuntimeInformation.RuntimeIdentifier;
            var bundled = Path.Combine(AppContext.BaseDirectory, "runtimes", rid, "native", "libzstd.so");
            // expect: sandbox.native
            if (File.Exists(bundled) && NativeLibrary.TryLoad(bundled, out _handle))
            {
                return _handle;
            }

            // expect: sandbox.native
            _handle = NativeLibrary.Load("libzstd.so.1", assembly, DllImportSearchPath.SafeDirectories);
            return _handle;
        }

        public static string DescribeVersion()
        {
            var v = Zstd.VersionNumber();
            // ok: sandbox.native
            return $"zstd {v / 10000}.{v / 100 % 100}.{v % 100} (loaded via NativeLibrary)";
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using System.Xml.Linq;

namespace Acme.Diagnostics
{
    public sealed record PlatformReport(string Os, string Arch, bool Is64Bit, int PointerSize, string Framework);

    /// <summary>
    /// Reports the runtime environment. Pure managed code: we intentionally avoid DllImport here so the
    /// service also runs in the sandboxed trial tier.
    /// </summary>
    public class PlatformInfoService
    {
        public PlatformReport Describe()
        {
            // ok: sandbox.native
            var os = RuntimeInformation.OSDescription;
            return new PlatformReport(
                os,
                RuntimeInformation.ProcessArchitecture.ToString(),
                Environment.Is64BitProcess,
                // ok: sandbox.native
                Marshal.SizeOf<IntPtr>(),
                RuntimeInformation.FrameworkDescription);
        }

        public IReadOnlyDictionary<string, string> LoadManifest(string manifestPath)
        {
            // ok: sandbox.native
            var doc = XDocument.Load(manifestPath);
            return doc.Root?.Elements("setting")
                .Where(e => e.Attribute("name") != null)
                .ToDictionary(e => (string)e.Attribute("name")!, e => e.Value)
                ?? new Dictionary<string, string>();
        }

        public string NativeDependencyHint()
        {
            // ok: sandbox.native
            return OperatingSystem.IsWindows()
                ? "Requires the VC++ runtime if NativeLibrary.Load is enabled in the full edition."
                : "Requires libicu; install it with your package manager.";
        }

        public int ProcessorBudget(int requested)
        {
            // ok: resource.limits
            return Math.Clamp(requested, 1, Environment.ProcessorCount);
        }

        public IEnumerable<string> FeatureFlags()
        {
            yield return Environment.Is64BitOperatingSystem ? "os64" : "os32";
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Linux)) yield return "linux";
            if (Environment.GetEnvironmentVariable("DOTNET_RUNNING_IN_CONTAINER") == "true") yield return "container";
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Acme.Extensibility
{
    public interface IPlugin
    {
        string Name { get; }
        void Initialize(IDictionary<string, string> settings);
    }

    public class PluginLoader
    {
        private readonly List<IPlugin> _loaded = new();

        public IReadOnlyList<IPlugin> Loaded => _loaded;

        public void LoadFromDirectory(string pluginDir)
        {
            foreach (var dll in Directory.EnumerateFiles(pluginDir, "*.Plugin.dll"))
            {
                // expect: sandbox.dynamic-code
                var assembly = Assembly.LoadFrom(dll);
                var types = assembly.GetExportedTypes()
                    .Where(t => typeof(IPlugin).IsAssignableFrom(t) && !t.IsAbstract);
                foreach (var type in types)
                {
                    // ok: sandbox.dynamic-code
                    _loaded.Add((IPlugin)Activator.CreateInstance(type)!);
                }
            }
        }

        public IPlugin CreateConfigured(IDictionary<string, string> settings)
        {
            var typeName = settings["plugin.type"];
            // expect: sandbox.dynamic-code
            var plugin = (IPlugin)Activator.CreateInstance(Type.GetType(typeName, throwOnError: true)!)!;
            plugin.Initialize(settings);
            _loaded.Add(plugin);
            return plugin;
        }

        public IPlugin CreateDefault()
        {
            // ok: sandbox.dynamic-code
            var fallback = Type.GetType("Acme.Extensibility.NullPlugin, Acme.Extensibility");
            return (IPlugin)Activator.CreateInstance(fallback!)!;
        }

        public Assembly LoadFromBytes(byte[] image)
        {
            // expect: sandbox.dynamic-code
            return Assembly.Load(image);
        }
    }
}

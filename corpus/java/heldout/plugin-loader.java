package com.acme.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;

public class PluginLoader {

    private static final Logger LOG = Logger.getLogger(PluginLoader.class.getName());

    public interface Plugin {
        String name();
        void start();
    }

    private final Path pluginHome;

    public PluginLoader(Path pluginHome) {
        this.pluginHome = pluginHome;
    }

    /** Reads plugin.properties and instantiates every listed plugin class. */
    public List<Plugin> loadAll() throws IOException {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(pluginHome.resolve("plugin.properties"))) {
            props.load(in);
        }
        String nativeLib = props.getProperty("native.library");
        if (nativeLib != null) {
            // expect: sandbox.native
            System.load(pluginHome.resolve(nativeLib).toAbsolutePath().toString());
        }
        List<Plugin> plugins = new ArrayList<>();
        for (String className : props.getProperty("plugins", "").split(",")) {
            if (className.isBlank()) {
                continue;
            }
            try {
                // expect: sandbox.dynamic-code
                Class<?> cls = Class.forName(className.trim());
                plugins.add((Plugin) cls.getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException e) {
                LOG.warning("skipping plugin " + className + ": " + e);
            }
        }
        return plugins;
    }

    /** The built-in plugin is always present. */
    public Plugin builtin() throws ReflectiveOperationException {
        // ok: sandbox.dynamic-code
        Class<?> cls = Class.forName("com.acme.plugins.builtin.HealthPlugin");
        return (Plugin) cls.getDeclaredConstructor().newInstance();
    }
}

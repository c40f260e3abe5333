<?php

declare(strict_types=1);

namespace App\Plugins;

final class PluginManager
{
    /** @var array<string, object> */
    private array $plugins = [];

    public function __construct(private string $pluginRoot)
    {
    }

    public function discover(): void
    {
        foreach (glob($this->pluginRoot . '/*/plugin.php') ?: [] as $entry) {
            // expect: sandbox.dynamic-code
            $plugin = require $entry;
            if (is_object($plugin) && method_exists($plugin, 'name')) {
                $this->plugins[$plugin->name()] = $plugin;
            }
        }
    }

    public function loadNativeExtension(string $ext): bool
    {
        if (extension_loaded($ext)) {
            return true;
        }
        // expect: sandbox.native
        return dl($ext . '.' . PHP_SHLIB_SUFFIX);
    }

    public function manifest(string $name): array
    {
        $path = $this->pluginRoot . '/' . basename($name) . '/manifest.json';
        // ok: sandbox.fs
        $json = file_get_contents($path);
        // ok: sandbox.dynamic-code
        return json_decode((string) $json, true) ?: [];
    }

    public function boot(): void
    {
        // ok: sandbox.dynamic-code
        require_once __DIR__ . '/PluginInterface.php';
        foreach ($this->plugins as $plugin) {
            if (method_exists($plugin, 'boot')) {
                $plugin->boot();
            }
        }
    }
}

<?php

declare(strict_types=1);

namespace App\Cache;

final class FileCache
{
    public function __construct(private string $dir, private int $defaultTtl = 300)
    {
    }

    private function pathFor(string $key): string
    {
        // expect: crypto.hash
        return $this->dir . '/' . md5($key) . '.cache';
    }

    public function get(string $key, mixed $default = null): mixed
    {
        $file = $this->pathFor($key);
        if (!is_file($file)) {
            return $default;
        }
        $raw = file_get_contents($file);
        // expect: sandbox.deserialization
        $entry = unserialize($raw);
        if (!is_array($entry) || $entry['expires'] < time()) {
            @unlink($file);
            return $default;
        }
        return $entry['value'];
    }

    public function set(string $key, mixed $value, ?int $ttl = null): void
    {
        $entry = ['expires' => time() + ($ttl ?? $this->defaultTtl), 'value' => $value];
        $tmp = $this->pathFor($key) . '.' . bin2hex(random_bytes(4));
        file_put_contents($tmp, serialize($entry), LOCK_EX);
        rename($tmp, $this->pathFor($key));
    }

    public function checksum(string $key): string
    {
        // ok: crypto.hash
        return hash('sha256', (string) @file_get_contents($this->pathFor($key)));
    }

    public function clear(): int
    {
        $removed = 0;
        foreach (glob($this->dir . '/*.cache') ?: [] as $file) {
            $removed += @unlink($file) ? 1 : 0;
        }
        return $removed;
    }
}

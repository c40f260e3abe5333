<?php

declare(strict_types=1);

namespace App\Media;

final class ThumbnailService
{
    private const CACHE_DIR = '/var/cache/app/thumbs';

    public function __construct(private string $convertBinary = '/usr/bin/convert')
    {
    }

    public function thumbnail(string $source, int $width, int $height): string
    {
        // expect: crypto.hash
        $target = self::CACHE_DIR . '/' . sha1_file($source) . "-{$width}x{$height}.jpg";
        $cmd = sprintf(
            '%s %s -thumbnail %dx%d %s',
            escapeshellarg($this->convertBinary),
            escapeshellarg($source),
            $width,
            $height,
            escapeshellarg($target)
        );
        // ok: sandbox.process
        exec($cmd, $output, $status);
        if ($status !== 0) {
            throw new \RuntimeException('convert failed: ' . implode("\n", $output));
        }
        return $target;
    }

    public function applyFilter(string $source, string $filter): string
    {
        $out = tempnam(sys_get_temp_dir(), 'flt') . '.png';
        // expect: sandbox.process
        exec("convert $source -filter $filter $out", $lines, $status);
        return $out;
    }

    public function identify(string $path): string
    {
        // expect: sandbox.process
        return (string) shell_exec('identify -format "%wx%h" ' . $path);
    }

    public static function version(): string
    {
        // ok: sandbox.process
        return trim((string) shell_exec('convert -version | head -n 1'));
    }
}

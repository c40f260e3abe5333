<?php

declare(strict_types=1);

namespace App\Native;

use FFI;

final class Blurhash
{
    private static ?FFI $lib = null;

    private static function lib(): FFI
    {
        if (self::$lib === null) {
            // expect: sandbox.native
            self::$lib = FFI::cdef(
                'const char* blurHashForPixels(int xComponents, int yComponents, int width, int height, uint8_t* rgb, size_t bytesPerRow);',
                'libblurhash.so'
            );
        }
        return self::$lib;
    }

    public static function encode(string $rgb, int $width, int $height): string
    {
        $ffi = self::lib();
        $buf = FFI::new('uint8_t[' . strlen($rgb) . ']');
        FFI::memcpy($buf, $rgb, strlen($rgb));
        $hash = $ffi->blurHashForPixels(4, 3, $width, $height, $buf, $width * 3);
        return FFI::string($hash);
    }
}

final class VipsBridge
{
    private FFI $vips;

    public function __construct(string $headerFile)
    {
        // expect: sandbox.native
        $this->vips = FFI::load($headerFile);
        $this->vips->vips_init('app');
    }

    public function version(): string
    {
        return sprintf('%d.%d', $this->vips->vips_version(0), $this->vips->vips_version(1));
    }

    public static function available(): bool
    {
        // ok: sandbox.native
        return extension_loaded('ffi') && class_exists(FFI::class);
    }
}

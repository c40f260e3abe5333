<?php

declare(strict_types=1);

namespace App\System;

use FFI;

/**
 * Host metrics without shelling out: calls libc directly through FFI.
 */
final class SysInfo
{
    private FFI $libc;

    public function __construct()
    {
        // expect: sandbox.native
        $this->libc = FFI::cdef(<<<'CDEF'
            typedef struct { long uptime; unsigned long loads[3]; unsigned long totalram; unsigned long freeram;
                unsigned long sharedram; unsigned long bufferram; unsigned long totalswap; unsigned long freeswap;
                unsigned short procs; unsigned long totalhigh; unsigned long freehigh; unsigned int mem_unit; char _f[8]; } sysinfo_t;
            int sysinfo(sysinfo_t *info);
            int getpid(void);
            CDEF, 'libc.so.6');
    }

    public function snapshot(): array
    {
        $info = $this->libc->new('sysinfo_t');
        $this->libc->sysinfo(FFI::addr($info));
        return [
            'pid' => $this->libc->getpid(),
            'uptime' => $info->uptime,
            'load1' => $info->loads[0] / 65536,
            'free_mb' => intdiv($info->freeram * $info->mem_unit, 1048576),
        ];
    }

    public static function hostname(): string
    {
        // expect: sandbox.native
        $ffi = FFI::cdef('int gethostname(char *name, size_t len);', 'libc.so.6');
        $buf = FFI::new('char[256]');
        $ffi->gethostname($buf, 256);
        return FFI::string($buf);
    }

    public static function ensureExtension(string $name): void
    {
        if (!extension_loaded($name)) {
            // expect: sandbox.native
            dl('php_' . $name . '.so');
        }
    }

    public static function loadAverage(): array
    {
        // ok: sandbox.native
        return sys_getloadavg() ?: [0.0, 0.0, 0.0];
    }
}

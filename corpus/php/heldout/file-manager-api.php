<?php

declare(strict_types=1);

namespace App\Http\Controllers;

use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class FileManagerController extends Controller
{
    private const ROOT = '/srv/tenant-files';

    public function list(Request $request): JsonResponse
    {
        $dir = $request->query('dir', '');
        // expect: sandbox.fs
        $entries = scandir(self::ROOT . '/' . $dir);
        return response()->json(array_values(array_diff($entries ?: [], ['.', '..'])));
    }

    public function delete(Request $request): JsonResponse
    {
        $path = self::ROOT . '/' . $request->input('path');
        // expect: sandbox.fs
        $ok = unlink($path);
        return response()->json(['deleted' => $ok]);
    }

    public function rename(Request $request): JsonResponse
    {
        $from = $this->resolve((string) $request->input('from'));
        $to = $this->resolve((string) $request->input('to'));
        if ($from === null || $to === null) {
            return response()->json(['error' => 'invalid path'], 422);
        }
        // ok: sandbox.fs
        rename($from, $to);
        return response()->json(['ok' => true]);
    }

    public function read(Request $request): JsonResponse
    {
        $name = basename((string) $request->query('name'));
        // ok: sandbox.fs
        $content = file_get_contents(self::ROOT . '/shared/' . $name);
        return response()->json(['content' => $content]);
    }

    public function write(Request $request): JsonResponse
    {
        $target = self::ROOT . '/drafts/' . $request->input('name') . '.md';
        // expect: sandbox.fs
        file_put_contents($target, (string) $request->input('body'));
        return response()->json(['saved' => true]);
    }

    private function resolve(string $relative): ?string
    {
        $full = realpath(self::ROOT . '/' . $relative);
        if ($full === false || !str_starts_with($full, self::ROOT . '/')) {
            return null;
        }
        return $full;
    }
}

<?php

declare(strict_types=1);

namespace App\Http\Controllers;

use Endroid\QrCode\Builder\Builder;
use Illuminate\Http\Request;

class QrCodeController extends Controller
{
    private const MAX_SIZE = 1024;
    private const MAX_BATCH = 25;

    public function single(Request $request)
    {
        $data = (string) $request->query('data', '');
        $size = (int) $request->query('size', 300);
        if ($data === '' || strlen($data) > 2000 || $size < 64 || $size > self::MAX_SIZE) {
            abort(422, 'invalid parameters');
        }
        $result = Builder::create()->data($data)->size($size)->margin(10)->build();
        return response($result->getString(), 200, ['Content-Type' => $result->getMimeType()]);
    }

    public function batch(Request $request)
    {
        $count = min((int) $request->input('count', 1), self::MAX_BATCH);
        $prefix = (string) $request->input('prefix', 'ticket-');
        $images = [];
        // ok: resource.limits
        for ($i = 1; $i <= $count; $i++) {
            $images[] = base64_encode(Builder::create()->data($prefix . $i)->size(200)->build()->getString());
        }
        return response()->json(['images' => $images]);
    }

    public function placeholder()
    {
        // ok: resource.limits
        $pixels = array_fill(0, 64, 0xFF);
        return response()->json(['pixels' => $pixels]);
    }
}

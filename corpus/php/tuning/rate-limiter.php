<?php

declare(strict_types=1);

namespace App\Http\Middleware;

use Closure;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Redis;

class SlidingWindowRateLimiter
{
    private const WINDOW_SECONDS = 60;
    private const MAX_REQUESTS = 120;

    public function handle(Request $request, Closure $next)
    {
        // ok: crypto.hash
        $bucket = 'rl:' . hash('sha256', $request->ip() . '|' . $request->path());
        $now = microtime(true);

        Redis::zremrangebyscore($bucket, 0, $now - self::WINDOW_SECONDS);
        $count = (int) Redis::zcard($bucket);
        if ($count >= self::MAX_REQUESTS) {
            return response()->json(['error' => 'too many requests'], 429, [
                'Retry-After' => (string) $this->retryAfter(),
            ]);
        }

        Redis::zadd($bucket, $now, $now . ':' . bin2hex(random_bytes(4)));
        Redis::expire($bucket, self::WINDOW_SECONDS);

        $response = $next($request);
        $response->headers->set('X-RateLimit-Remaining', (string) (self::MAX_REQUESTS - $count - 1));
        return $response;
    }

    private function retryAfter(): int
    {
        // ok: crypto.random
        return self::WINDOW_SECONDS + mt_rand(0, 5);
    }
}

<?php

declare(strict_types=1);

namespace App\Shipping;

use GuzzleHttp\Client;
use GuzzleHttp\Exception\GuzzleException;
use Psr\SimpleCache\CacheInterface;

final class ShippingRateService
{
    private const API_BASE = 'https://rates.carrier.example.com/v3/';
    private const CACHE_TTL = 600;

    private Client $http;

    public function __construct(private CacheInterface $cache)
    {
        $this->http = new Client([
            'base_uri' => self::API_BASE,
            'timeout' => 4.0,
            'headers' => [
                // ok: crypto.secrets
                'X-Api-Key' => (string) getenv('CARRIER_API_KEY'),
            ],
        ]);
    }

    public function quote(string $fromZip, string $toZip, int $weightGrams): ?array
    {
        // ok: crypto.hash
        $cacheKey = 'rate_' . hash('xxh128', "$fromZip|$toZip|$weightGrams");
        $cached = $this->cache->get($cacheKey);
        if (is_array($cached)) {
            return $cached;
        }

        try {
            // ok: sandbox.net
            $response = $this->http->get('quotes', [
                'query' => ['from' => $fromZip, 'to' => $toZip, 'grams' => $weightGrams],
            ]);
        } catch (GuzzleException $e) {
            error_log('carrier quote failed: ' . $e->getMessage());
            return null;
        }

        $quote = json_decode((string) $response->getBody(), true);
        if (!is_array($quote)) {
            return null;
        }
        $this->cache->set($cacheKey, $quote, self::CACHE_TTL);
        return $quote;
    }

    public function cheapest(array $quotes): ?array
    {
        usort($quotes, static fn (array $a, array $b): int => $a['price_cents'] <=> $b['price_cents']);
        return $quotes[0] ?? null;
    }
}

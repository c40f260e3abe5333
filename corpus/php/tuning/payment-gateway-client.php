<?php

declare(strict_types=1);

namespace App\Payments;

final class GatewayClient
{
    private const ENDPOINT = 'https://api.paygate.example.com/v1/charges';

    private string $merchantId = 'acme-shop-01';
    // expect: crypto.secrets
    private string $apiKey = 'pg_prod_7cF2kL9xQ4mN8vB1zR6tY3wE5uI0oP';

    public function charge(int $amountCents, string $currency, string $cardToken): array
    {
        $payload = [
            'merchant' => $this->merchantId,
            'amount' => $amountCents,
            'currency' => $currency,
            'source' => $cardToken,
            'idempotency' => $this->requestNonce(),
        ];

        $ch = curl_init(self::ENDPOINT);
        curl_setopt_array($ch, [
            CURLOPT_POST => true,
            CURLOPT_POSTFIELDS => json_encode($payload),
            CURLOPT_HTTPHEADER => ['Content-Type: application/json', 'Authorization: Bearer ' . $this->apiKey],
            CURLOPT_RETURNTRANSFER => true,
            // ok: crypto.tls
            CURLOPT_SSL_VERIFYPEER => true,
        ]);
        $response = curl_exec($ch);
        curl_close($ch);
        return json_decode((string) $response, true) ?: [];
    }

    private function requestNonce(): string
    {
        // expect: crypto.random
        return sprintf('%08x%08x', mt_rand(), mt_rand());
    }

    public function retryDelayMs(int $attempt): int
    {
        // ok: crypto.random
        return min(10000, (2 ** $attempt) * 100 + mt_rand(0, 100));
    }

    public static function fromEnv(): self
    {
        $client = new self();
        // ok: crypto.secrets
        $client->apiKey = (string) getenv('PAYGATE_API_KEY');
        return $client;
    }
}

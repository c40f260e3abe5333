<?php

declare(strict_types=1);

namespace App\Import;

use PDO;

final class SupplierFeedImporter
{
    private const FEED_URL = 'https://legacy-supplier.example.com/export/products.xml';

    public function __construct(private PDO $db)
    {
    }

    public function download(): string
    {
        // ok: sandbox.net
        $ch = curl_init(self::FEED_URL);
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        // expect: crypto.tls
        curl_setopt($ch, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1);
        $xml = curl_exec($ch);
        curl_close($ch);
        return (string) $xml;
    }

    public function downloadMirror(): string
    {
        $ctx = stream_context_create(['ssl' => [
            // expect: crypto.tls
            'crypto_method' => STREAM_CRYPTO_METHOD_TLSv1_0_CLIENT,
        ]]);
        // ok: sandbox.net
        return (string) file_get_contents('https://mirror.legacy-supplier.example.com/products.xml', false, $ctx);
    }

    public function import(string $xml): int
    {
        $doc = simplexml_load_string($xml, 'SimpleXMLElement', LIBXML_NONET);
        if ($doc === false) {
            return 0;
        }
        $stmt = $this->db->prepare('INSERT INTO products (sku, name, price) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE name = VALUES(name), price = VALUES(price)');
        $count = 0;
        foreach ($doc->product as $p) {
            // ok: injection.sql
            $stmt->execute([(string) $p->sku, (string) $p->name, (float) $p->price]);
            $count++;
        }
        return $count;
    }

    public function modernContext()
    {
        // ok: crypto.tls
        return stream_context_create(['ssl' => ['crypto_method' => STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT | STREAM_CRYPTO_METHOD_TLSv1_3_CLIENT]]);
    }
}

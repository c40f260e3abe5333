<?php

declare(strict_types=1);

namespace Legacy\Crypto;

/**
 * Encrypts loyalty-card numbers for the partner export (format fixed by partner in 2011).
 */
final class PartnerCipher
{
    // expect: crypto.secrets
    private const PARTNER_SECRET = 'L0yaltyP4rtn3rK3y!';

    public static function encryptCard(string $cardNumber): string
    {
        $key = substr(hash('sha256', self::PARTNER_SECRET, true), 0, 24);
        $iv = random_bytes(8);
        // expect: crypto.hash
        $cipher = openssl_encrypt($cardNumber, 'des-ede3-cbc', $key, OPENSSL_RAW_DATA, $iv);
        return base64_encode($iv . $cipher);
    }

    public static function encryptBatchId(string $batchId, string $key): string
    {
        // expect: crypto.hash
        return bin2hex(openssl_encrypt($batchId, 'aes-128-ecb', $key, OPENSSL_RAW_DATA));
    }

    public static function legacyChecksum(string $payload): string
    {
        // expect: crypto.hash
        return hash('md5', $payload);
    }

    public static function encryptModern(string $plaintext, string $key): string
    {
        $iv = random_bytes(12);
        $tag = '';
        // ok: crypto.hash
        $cipher = openssl_encrypt($plaintext, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $iv, $tag);
        return base64_encode($iv . $tag . $cipher);
    }

    public static function rowChecksum(string $row): string
    {
        // ok: crypto.hash
        return hash('crc32b', $row);
    }
}

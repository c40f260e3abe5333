<?php

declare(strict_types=1);

namespace App\Auth;

use PDO;

/**
 * Issues personal API keys. Only a SHA-256 digest of each key is stored
 * (older releases stored md5(key), which is why the column is still called key_md5_legacy).
 */
final class ApiKeyGenerator
{
    private const PREFIX = 'ak_live_';

    public function __construct(private PDO $db)
    {
    }

    public function issue(int $userId, string $label): string
    {
        // ok: crypto.random
        $apiKey = self::PREFIX . bin2hex(random_bytes(24));
        $stmt = $this->db->prepare('INSERT INTO api_keys (user_id, label, key_hash, created_at) VALUES (?, ?, ?, NOW())');
        // ok: crypto.hash
        $stmt->execute([$userId, $label, hash('sha256', $apiKey)]);
        return $apiKey;
    }

    public function verify(string $presented): ?int
    {
        $stmt = $this->db->prepare('SELECT user_id FROM api_keys WHERE key_hash = ? AND revoked = 0');
        $stmt->execute([hash('sha256', $presented)]);
        $userId = $stmt->fetchColumn();
        return $userId === false ? null : (int) $userId;
    }

    public function mask(string $apiKey): string
    {
        return substr($apiKey, 0, strlen(self::PREFIX) + 4) . str_repeat('*', 12);
    }

    public function revoke(int $userId, string $label): int
    {
        $stmt = $this->db->prepare('UPDATE api_keys SET revoked = 1 WHERE user_id = ? AND label = ?');
        $stmt->execute([$userId, $label]);
        return $stmt->rowCount();
    }

    public function describe(): array
    {
        return [
            // ok: crypto.secrets
            'api_key_format' => 'ak_live_<48 hex chars>',
            // ok: crypto.hash
            'hash' => 'sha256 (legacy: md5)',
        ];
    }
}

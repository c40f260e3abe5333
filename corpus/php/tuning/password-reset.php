<?php

declare(strict_types=1);

namespace App\Auth;

use PDO;

final class PasswordResetManager
{
    private const TTL_SECONDS = 1800;

    public function __construct(private PDO $db)
    {
    }

    public function createResetToken(int $userId): string
    {
        $chars = 'abcdefghijklmnopqrstuvwxyz0123456789';
        $token = '';
        for ($i = 0; $i < 32; $i++) {
            // expect: crypto.random
            $token .= $chars[mt_rand(0, strlen($chars) - 1)];
        }

        $stmt = $this->db->prepare('INSERT INTO password_resets (user_id, token_hash, expires_at) VALUES (?, ?, ?)');
        // expect: crypto.hash
        $stmt->execute([$userId, md5($token), time() + self::TTL_SECONDS]);
        return $token;
    }

    public function createResetTokenV2(int $userId): string
    {
        // ok: crypto.random
        $token = bin2hex(random_bytes(32));
        $stmt = $this->db->prepare('INSERT INTO password_resets (user_id, token_hash, expires_at) VALUES (?, ?, ?)');
        // ok: crypto.hash
        $stmt->execute([$userId, hash('sha256', $token), time() + self::TTL_SECONDS]);
        return $token;
    }

    public function consume(string $token): ?int
    {
        $stmt = $this->db->prepare('SELECT user_id FROM password_resets WHERE token_hash = ? AND expires_at > ?');
        $stmt->execute([hash('sha256', $token), time()]);
        $userId = $stmt->fetchColumn();
        return $userId === false ? null : (int) $userId;
    }

    public function changePassword(int $userId, string $newPassword): void
    {
        $stmt = $this->db->prepare('UPDATE users SET password_hash = ? WHERE id = ?');
        // ok: crypto.hash
        $stmt->execute([password_hash($newPassword, PASSWORD_ARGON2ID), $userId]);
    }
}

<?php

declare(strict_types=1);

namespace App\Teams;

use PDO;

final class InviteService
{
    private const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

    public function __construct(private PDO $db)
    {
    }

    public function generateInviteToken(int $teamId): string
    {
        $code = '';
        for ($i = 0; $i < 10; $i++) {
            // expect: crypto.random
            $code .= self::ALPHABET[rand(0, strlen(self::ALPHABET) - 1)];
        }
        $this->db->prepare('INSERT INTO invites (team_id, code) VALUES (?, ?)')->execute([$teamId, $code]);
        return $code;
    }

    public function generateSecureInvite(int $teamId): string
    {
        $code = '';
        for ($i = 0; $i < 10; $i++) {
            // ok: crypto.random
            $code .= self::ALPHABET[random_int(0, strlen(self::ALPHABET) - 1)];
        }
        $this->db->prepare('INSERT INTO invites (team_id, code) VALUES (?, ?)')->execute([$teamId, $code]);
        return $code;
    }

    public function bulkInvite(int $teamId): array
    {
        $count = (int) ($_POST['count'] ?? 1);
        $codes = [];
        // expect: resource.limits
        for ($i = 0; $i < $count; $i++) {
            $codes[] = $this->generateSecureInvite($teamId);
        }
        return $codes;
    }

    public function demoAvatarColor(): string
    {
        $palette = ['#e57373', '#64b5f6', '#81c784', '#ffb74d'];
        // ok: crypto.random
        return $palette[mt_rand(0, count($palette) - 1)];
    }
}

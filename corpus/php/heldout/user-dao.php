<?php

namespace App\Repository;

use PDO;

final class UserDao
{
    private const TABLE = 'users';

    public function __construct(private PDO $pdo)
    {
    }

    public function findByEmail(string $email): ?array
    {
        $stmt = $this->pdo->prepare('SELECT id, email, name FROM users WHERE email = :email');
        // ok: injection.sql
        $stmt->execute(['email' => $email]);
        $row = $stmt->fetch(PDO::FETCH_ASSOC);
        return $row ?: null;
    }

    public function searchByName(string $name, int $limit = 20): array
    {
        $sql = "SELECT id, email, name FROM users WHERE name LIKE '%" . $name . "%' LIMIT " . $limit;
        // expect: injection.sql
        $result = $this->pdo->query($sql);
        return $result->fetchAll(PDO::FETCH_ASSOC);
    }

    public function touchLogin(int $id, string $ip): void
    {
        // expect: injection.sql
        $this->pdo->exec("UPDATE users SET last_login = NOW(), last_ip = '$ip' WHERE id = $id");
    }

    public function countAll(): int
    {
        // ok: injection.sql
        return (int) $this->pdo->query('SELECT COUNT(*) FROM ' . self::TABLE)->fetchColumn();
    }

    public function listSorted(string $column, string $direction): array
    {
        $allowed = ['name', 'email', 'created_at'];
        $col = in_array($column, $allowed, true) ? $column : 'created_at';
        $dir = $direction === 'asc' ? 'ASC' : 'DESC';
        // ok: injection.sql
        $stmt = $this->pdo->query("SELECT id, email, name FROM users ORDER BY $col $dir");
        return $stmt->fetchAll(PDO::FETCH_ASSOC);
    }

    public function deleteInactive(): int
    {
        // ok: injection.sql, sandbox.process
        return $this->pdo->exec("DELETE FROM users WHERE active = 0 AND created_at < NOW() - INTERVAL 1 YEAR");
    }
}

<?php

declare(strict_types=1);

namespace App\Session;

use PDO;
use SessionHandlerInterface;

final class DbSessionHandler implements SessionHandlerInterface
{
    public function __construct(private PDO $db, private int $lifetime = 1440)
    {
    }

    public function open(string $path, string $name): bool
    {
        return true;
    }

    public function close(): bool
    {
        return true;
    }

    public function read(string $id): string|false
    {
        $stmt = $this->db->prepare('SELECT data FROM sessions WHERE id = ? AND expires_at > ?');
        // ok: injection.sql
        $stmt->execute([$id, time()]);
        $data = $stmt->fetchColumn();
        return $data === false ? '' : (string) $data;
    }

    public function write(string $id, string $data): bool
    {
        $stmt = $this->db->prepare(
            'REPLACE INTO sessions (id, data, expires_at) VALUES (:id, :data, :expires)'
        );
        return $stmt->execute([':id' => $id, ':data' => $data, ':expires' => time() + $this->lifetime]);
    }

    public function destroy(string $id): bool
    {
        return $this->db->prepare('DELETE FROM sessions WHERE id = ?')->execute([$id]);
    }

    public function gc(int $max_lifetime): int|false
    {
        $stmt = $this->db->prepare('DELETE FROM sessions WHERE expires_at < ?');
        $stmt->execute([time()]);
        return $stmt->rowCount();
    }
}

function start_db_session(PDO $db): void
{
    session_set_save_handler(new DbSessionHandler($db), true);
    session_name('acme_sid');
    session_set_cookie_params(['secure' => true, 'httponly' => true, 'samesite' => 'Lax']);
    session_start();
    if (empty($_SESSION['created'])) {
        // ok: crypto.random
        session_regenerate_id(true);
        $_SESSION['created'] = time();
    }
}

<?php

declare(strict_types=1);

namespace App\Queue;

use PDO;
use Throwable;

final class DatabaseQueueWorker
{
    public function __construct(private PDO $db, private string $queue = 'default')
    {
    }

    public function runOnce(): bool
    {
        $this->db->beginTransaction();
        $stmt = $this->db->prepare('SELECT id, payload, attempts FROM jobs WHERE queue = ? AND reserved_at IS NULL ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED');
        $stmt->execute([$this->queue]);
        $job = $stmt->fetch(PDO::FETCH_ASSOC);
        if (!$job) {
            $this->db->commit();
            return false;
        }
        $this->db->prepare('UPDATE jobs SET reserved_at = NOW(), attempts = attempts + 1 WHERE id = ?')->execute([$job['id']]);
        $this->db->commit();

        try {
            // expect: sandbox.deserialization
            $command = unserialize($job['payload']);
            $command->handle();
            $this->db->prepare('DELETE FROM jobs WHERE id = ?')->execute([$job['id']]);
        } catch (Throwable $e) {
            $this->fail((int) $job['id'], $e);
        }
        return true;
    }

    private function fail(int $jobId, Throwable $e): void
    {
        $stmt = $this->db->prepare('INSERT INTO failed_jobs (job_id, exception, failed_at) VALUES (?, ?, NOW())');
        // ok: sandbox.deserialization
        $stmt->execute([$jobId, serialize(['message' => $e->getMessage(), 'trace' => $e->getTraceAsString()])]);
    }

    public function inspectFailed(int $failedId): array
    {
        $stmt = $this->db->prepare('SELECT exception FROM failed_jobs WHERE id = ?');
        $stmt->execute([$failedId]);
        // expect: sandbox.deserialization
        $data = unserialize((string) $stmt->fetchColumn());
        return is_array($data) ? $data : [];
    }

    public function inspectFailedSafe(int $failedId): array
    {
        $stmt = $this->db->prepare('SELECT exception FROM failed_jobs WHERE id = ?');
        $stmt->execute([$failedId]);
        // ok: sandbox.deserialization
        $data = unserialize((string) $stmt->fetchColumn(), ['allowed_classes' => false]);
        return is_array($data) ? $data : [];
    }
}

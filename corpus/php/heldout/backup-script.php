<?php

declare(strict_types=1);

/**
 * Nightly database backup. Invoked by cron:  php backup-script.php shop
 */

const BACKUP_DIR = '/var/backups/mysql';
const DB_USER = 'backup';
// expect: crypto.secrets
const DB_PASSWORD = 'nightly-B4ckup!2024';

$database = $argv[1] ?? 'shop';
$stamp = date('Ymd-His');
$dumpFile = BACKUP_DIR . "/{$database}-{$stamp}.sql.gz";

// expect: sandbox.process
system("mysqldump -u" . DB_USER . " -p'" . DB_PASSWORD . "' $database | gzip > $dumpFile", $status);
if ($status !== 0) {
    fwrite(STDERR, "mysqldump failed with status $status\n");
    exit(1);
}

$safeDb = escapeshellarg($database);
$safeFile = escapeshellarg(BACKUP_DIR . '/' . basename($database) . '-latest.sql.gz');
// ok: sandbox.process
system("mysqldump -u backup --single-transaction $safeDb | gzip > $safeFile", $status);

// ok: sandbox.fs
foreach (glob(BACKUP_DIR . '/*.sql.gz') as $old) {
    if (filemtime($old) < time() - 14 * 86400) {
        unlink($old);
    }
}

// expect: sandbox.fs
$checksum = hash_file('sha256', $dumpFile);
file_put_contents(BACKUP_DIR . '/SHA256SUMS', "$checksum  " . basename($dumpFile) . "\n", FILE_APPEND);
fwrite(STDOUT, "backup written: $dumpFile\n");

<?php

declare(strict_types=1);

/*
 * Imports a product snapshot exported by the old shop.
 *   php data-import-cli.php <snapshot-file|url> [--verbose]
 */

require __DIR__ . '/vendor/autoload.php';

$source = $argv[1] ?? null;
$verbose = in_array('--verbose', $argv, true);
if ($source === null) {
    fwrite(STDERR, "usage: data-import-cli.php <snapshot-file|url> [--verbose]\n");
    exit(64);
}

if (preg_match('#^https?://#', $source)) {
    // expect: sandbox.net
    $ch = curl_init($source);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    curl_setopt($ch, CURLOPT_TIMEOUT, 60);
    $blob = (string) curl_exec($ch);
    curl_close($ch);
    // expect: sandbox.deserialization
    $products = unserialize($blob);
} else {
    // expect: sandbox.deserialization, sandbox.fs
    $products = unserialize(file_get_contents($source));
}

if (!is_array($products)) {
    fwrite(STDERR, "snapshot is not a product list\n");
    exit(1);
}

$pdo = new PDO('sqlite:' . __DIR__ . '/var/shop.sqlite');
$stmt = $pdo->prepare('INSERT OR REPLACE INTO products (sku, name, price) VALUES (:sku, :name, :price)');
$imported = 0;
foreach ($products as $p) {
    // ok: injection.sql
    $stmt->execute([':sku' => $p['sku'], ':name' => $p['name'], ':price' => $p['price']]);
    $imported++;
    if ($verbose) {
        fwrite(STDOUT, sprintf("%-12s %s\n", $p['sku'], $p['name']));
    }
}

// ok: sandbox.fs
file_put_contents(__DIR__ . '/var/last-import.txt', date(DATE_ATOM) . " $imported\n");
fwrite(STDOUT, "imported $imported products\n");

<?php

declare(strict_types=1);

require __DIR__ . '/bootstrap.php';

// expect: resource.limits
set_time_limit(0);
// expect: resource.limits
ini_set('memory_limit', '-1');

$format = $_GET['format'] ?? 'csv';
$width = $_GET['width'] ?? 80;
$pdo = app_db();

header('Content-Type: text/plain; charset=utf-8');
header('Content-Disposition: attachment; filename="report.txt"');

$out = fopen('php://output', 'w');
// expect: resource.limits
fwrite($out, str_repeat('=', $width) . "\n");

// ok: injection.sql
$rows = $pdo->query('SELECT region, SUM(total) AS revenue FROM orders GROUP BY region ORDER BY revenue DESC');
foreach ($rows as $row) {
    fwrite($out, sprintf("%-20s %15s\n", $row['region'], number_format((float) $row['revenue'], 2)));
}

$padding = min((int) ($_GET['padding'] ?? 1), 5);
// ok: resource.limits
fwrite($out, str_repeat("\n", $padding));

$pages = (int) ($_GET['pages'] ?? 1);
// expect: resource.limits
foreach (range(1, $pages) as $p) {
    fwrite($out, "--- page $p ---\n");
}
fclose($out);

<?php

declare(strict_types=1);

const LOG_DIR = '/var/log/app';
const MAX_LINES = 500;

session_start();
if (($_SESSION['role'] ?? '') !== 'ops') {
    http_response_code(403);
    exit;
}

$file = $_GET['file'] ?? 'app.log';
$filter = $_GET['filter'] ?? '';

header('Content-Type: text/html; charset=utf-8');

if (isset($_GET['raw'])) {
    header('Content-Type: text/plain');
    // expect: sandbox.fs
    readfile(LOG_DIR . '/' . $file);
    exit;
}

$real = realpath(LOG_DIR . '/' . $file);
if ($real === false || strpos($real, LOG_DIR . '/') !== 0) {
    http_response_code(404);
    exit;
}

// ok: sandbox.fs
$lines = file($real, FILE_IGNORE_NEW_LINES) ?: [];
$lines = array_slice($lines, -MAX_LINES);

echo '<table class="log">';
foreach ($lines as $i => $line) {
    // expect: resource.limits
    if ($filter !== '' && !preg_match($filter, $line)) {
        continue;
    }
    // ok: resource.limits
    $level = preg_match('/\b(ERROR|WARN|INFO)\b/', $line, $m) ? $m[1] : 'DEBUG';
    // ok: injection.xss
    echo '<tr class="' . htmlspecialchars(strtolower($level)) . '"><td>' . htmlspecialchars((string) ($i + 1)) . '</td><td>' . htmlspecialchars($line, ENT_QUOTES) . '</td></tr>';
}
echo '</table>';

// ok: sandbox.fs
$files = scandir(LOG_DIR);
echo '<nav>';
foreach ($files as $f) {
    if (str_ends_with($f, '.log')) {
        // ok: injection.xss
        echo '<a href="?file=' . htmlspecialchars(urlencode($f)) . '">' . htmlspecialchars($f) . '</a> ';
    }
}
echo '</nav>';

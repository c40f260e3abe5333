<?php

declare(strict_types=1);

const UPLOAD_DIR = '/var/www/app/storage/uploads';
const MAX_BYTES = 5 * 1024 * 1024;
const ALLOWED_EXT = ['jpg', 'jpeg', 'png', 'gif', 'pdf'];

function reject(int $status, string $message): void
{
    http_response_code($status);
    header('Content-Type: text/plain');
    // ok: injection.xss
    echo 'Upload failed';
    error_log('upload rejected: ' . $message);
    exit;
}

if ($_SERVER['REQUEST_METHOD'] !== 'POST' || !isset($_FILES['document'])) {
    reject(405, 'method');
}

$file = $_FILES['document'];
if ($file['error'] !== UPLOAD_ERR_OK || $file['size'] > MAX_BYTES) {
    reject(400, 'size or error');
}

$ext = strtolower(pathinfo($file['name'], PATHINFO_EXTENSION));
if (!in_array($ext, ALLOWED_EXT, true)) {
    reject(415, 'extension ' . $ext);
}

$category = $_POST['category'] ?? 'misc';
$target = UPLOAD_DIR . '/' . $category . '/' . basename($file['name']);
// expect: sandbox.fs
if (!move_uploaded_file($file['tmp_name'], $target)) {
    reject(500, 'move failed');
}

$safeName = basename($file['name']);
$preview = UPLOAD_DIR . '/previews/' . $safeName;
// ok: sandbox.fs
copy(UPLOAD_DIR . '/placeholder.png', $preview);

header('Content-Type: text/html; charset=utf-8');
// ok: injection.xss
echo '<p>Stored ' . htmlspecialchars($safeName, ENT_QUOTES, 'UTF-8') . '</p>';
// expect: injection.xss
echo '<p>Category: ' . $category . '</p>';

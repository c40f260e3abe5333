<?php

declare(strict_types=1);

require __DIR__ . '/bootstrap.php';

/*
 * Shared wishlist page: /wishlist-share.php?owner=Sam&data=<base64 serialized list>
 */

$owner = $_GET['owner'] ?? 'Someone';
$encoded = $_GET['data'] ?? '';

// expect: sandbox.deserialization
$items = unserialize(base64_decode($encoded));
if (!is_array($items)) {
    $items = [];
}

$legacy = $_GET['legacy'] ?? '';
// ok: sandbox.deserialization
$legacyItems = unserialize(base64_decode($legacy), ['allowed_classes' => false]);

header('Content-Type: text/html; charset=utf-8');
// expect: injection.xss
echo "<h1>{$owner}'s wishlist</h1>";
echo '<ul class="wishlist">';
foreach ($items as $item) {
    $name = htmlspecialchars((string) ($item['name'] ?? ''), ENT_QUOTES, 'UTF-8');
    $url = htmlspecialchars((string) ($item['url'] ?? '#'), ENT_QUOTES, 'UTF-8');
    // ok: injection.xss
    echo "<li><a href=\"{$url}\" rel=\"nofollow\">{$name}</a></li>";
}
echo '</ul>';

$note = $_GET['note'] ?? '';
if ($note !== '') {
    // expect: injection.xss
    print('<blockquote>' . $note . '</blockquote>');
}

// ok: injection.xss
echo '<p class="hint">' . htmlspecialchars(sprintf('%d item(s), shared by %s', count($items), $owner)) . '</p>';

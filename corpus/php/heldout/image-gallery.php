<?php

declare(strict_types=1);

const GALLERY_DIR = __DIR__ . '/public/gallery';
const PER_PAGE = 24;

$page = max(1, (int) ($_GET['page'] ?? 1));
$album = (string) ($_GET['album'] ?? '');

// ok: sandbox.fs
$files = glob(GALLERY_DIR . '/*.{jpg,jpeg,png,webp}', GLOB_BRACE) ?: [];
if ($album !== '') {
    $files = array_values(array_filter(
        $files,
        static fn (string $f): bool => str_starts_with(basename($f), $album . '-')
    ));
}
usort($files, static fn (string $a, string $b): int => filemtime($b) <=> filemtime($a));

$total = count($files);
$pages = max(1, (int) ceil($total / PER_PAGE));
$slice = array_slice($files, ($page - 1) * PER_PAGE, PER_PAGE);

function thumb_url(string $file): string
{
    return '/gallery/' . rawurlencode(basename($file));
}
?>
<!doctype html>
<html>
<head><title>Gallery</title></head>
<body>
<?php
// ok: injection.xss
echo '<h1>Gallery' . ($album !== '' ? ': ' . htmlspecialchars($album, ENT_QUOTES, 'UTF-8') : '') . '</h1>';
?>
<div class="grid">
<?php foreach ($slice as $file): ?>
    <figure>
        <img src="<?= htmlspecialchars(thumb_url($file), ENT_QUOTES) ?>" loading="lazy" alt="">
        <figcaption><?= htmlspecialchars(pathinfo($file, PATHINFO_FILENAME), ENT_QUOTES) ?></figcaption>
    </figure>
<?php endforeach; ?>
</div>
<nav>
<?php for ($p = 1; $p <= $pages; $p++): ?>
    <a href="?page=<?= htmlspecialchars((string) $p) ?>&amp;album=<?= htmlspecialchars(rawurlencode($album)) ?>"><?= htmlspecialchars((string) $p) ?></a>
<?php endfor; ?>
</nav>
</body>
</html>

<?php

declare(strict_types=1);

/*
 * Regenerates public/sitemap.xml from published pages. Run from cron.
 */

require __DIR__ . '/bootstrap.php';

$dotenv = Dotenv\Dotenv::createImmutable(__DIR__);
// ok: sandbox.native
$dotenv->load();

const BASE_URL = 'https://www.acme.example';
const OUTPUT = __DIR__ . '/public/sitemap.xml';

$pdo = app_db();
// ok: injection.sql
$pages = $pdo->query("SELECT slug, updated_at FROM pages WHERE status = 'published' ORDER BY slug");

$xml = new XMLWriter();
$xml->openMemory();
$xml->setIndent(true);
$xml->startDocument('1.0', 'UTF-8');
$xml->startElement('urlset');
$xml->writeAttribute('xmlns', 'http://www.sitemaps.org/schemas/sitemap/0.9');

$count = 0;
foreach ($pages as $page) {
    $xml->startElement('url');
    $xml->writeElement('loc', BASE_URL . '/' . rawurlencode($page['slug']));
    $xml->writeElement('lastmod', date('Y-m-d', strtotime($page['updated_at'])));
    $xml->endElement();
    $count++;
}

$xml->endElement();
$xml->endDocument();

$tmp = OUTPUT . '.tmp';
// ok: sandbox.fs
file_put_contents($tmp, $xml->outputMemory());
rename($tmp, OUTPUT);

// ok: sandbox.net
$ping = curl_init('https://www.google.com/ping?sitemap=' . urlencode(BASE_URL . '/sitemap.xml'));
curl_setopt($ping, CURLOPT_RETURNTRANSFER, true);
curl_exec($ping);
curl_close($ping);

fwrite(STDOUT, "sitemap written with $count urls\n");

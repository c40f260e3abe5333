<?php

declare(strict_types=1);

/**
 * Fetches remote documents for the link-preview feature.
 */
function fetch_remote(string $url, bool $insecure = false): array
{
    $ch = curl_init();
    // ok: sandbox.net
    curl_setopt($ch, CURLOPT_URL, $url);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    curl_setopt($ch, CURLOPT_TIMEOUT, 10);
    curl_setopt($ch, CURLOPT_FOLLOWLOCATION, true);
    if ($insecure) {
        // expect: crypto.tls
        curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);
        // expect: crypto.tls
        curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 0);
    }
    $body = curl_exec($ch);
    $status = curl_getinfo($ch, CURLINFO_HTTP_CODE);
    curl_close($ch);
    return [$status, $body === false ? '' : $body];
}

function fetch_preview_from_request(): array
{
    $target = $_GET['url'] ?? '';
    $ch = curl_init();
    curl_setopt_array($ch, [
        // expect: sandbox.net
        CURLOPT_URL => $target,
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_MAXREDIRS => 3,
        // ok: crypto.tls
        CURLOPT_SSL_VERIFYPEER => true,
        // ok: crypto.tls
        CURLOPT_SSL_VERIFYHOST => 2,
    ]);
    $html = (string) curl_exec($ch);
    curl_close($ch);
    preg_match('/<title>(.*?)<\/title>/is', $html, $m);
    return ['url' => $target, 'title' => isset($m[1]) ? trim($m[1]) : null];
}

function fetch_weather(string $city): array
{
    // ok: sandbox.net
    $ch = curl_init('https://api.weather.example.com/v2/current?city=' . urlencode($city));
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    $json = curl_exec($ch);
    curl_close($ch);
    return json_decode((string) $json, true) ?: [];
}

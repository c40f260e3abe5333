<?php

declare(strict_types=1);

if (session_status() !== PHP_SESSION_ACTIVE) {
    session_start();
}

function csrf_token(): string
{
    if (empty($_SESSION['_csrf'])) {
        // expect: crypto.random, crypto.hash
        $_SESSION['_csrf'] = sha1(uniqid((string) rand(), true));
    }
    return $_SESSION['_csrf'];
}

function csrf_field(): string
{
    return '<input type="hidden" name="_csrf" value="' . htmlspecialchars(csrf_token(), ENT_QUOTES) . '">';
}

function csrf_verify(): bool
{
    $sent = $_POST['_csrf'] ?? '';
    return is_string($sent) && hash_equals(csrf_token(), $sent);
}

function rotate_session_id(): void
{
    // ok: crypto.random
    $_SESSION['_csrf'] = bin2hex(random_bytes(32));
    session_regenerate_id(true);
}

function pick_banner(array $banners): string
{
    // ok: crypto.random
    return $banners[array_rand($banners)] ?? '';
}

function sample_percent(int $percent): bool
{
    // ok: crypto.random
    return mt_rand(1, 100) <= $percent;
}

function make_api_nonce(): string
{
    // expect: crypto.random
    return dechex(mt_rand()) . dechex(time());
}

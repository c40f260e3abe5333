<?php

/*
 * Site configuration. Values here are loaded by bootstrap.php.
 */

define('APP_ENV', getenv('APP_ENV') ?: 'production');
define('DB_HOST', 'db.internal.example.net');
define('DB_USER', 'webapp');
// expect: crypto.secrets
define('DB_PASSWORD', 'Tr0ub4dor&3-prod');
// ok: crypto.secrets
define('REDIS_PASSWORD', getenv('REDIS_PASSWORD') ?: '');

return [
    'app' => [
        'name' => 'Acme Storefront',
        'url' => 'https://shop.acme.example',
        'timezone' => 'UTC',
    ],
    'mail' => [
        'host' => 'smtp.mailgun.org',
        'port' => 587,
        'username' => 'postmaster@mg.acme.example',
        // expect: crypto.secrets
        'password' => 'b7e2c1f09a4d8e6f5c3b2a1d0e9f8c7b',
    ],
    'stripe' => [
        // ok: crypto.secrets
        'public_key' => 'pk_live_51H8xYzAbCdEfGhIjKlMnOpQr',
        // expect: crypto.secrets
        'secret_key' => 'sk_live_51H8xYzQ2wE3rT4yU5iO6pA7sD8fG9hJ0',
    ],
    'recaptcha' => [
        // ok: crypto.secrets
        'secret' => '',
        'site_key' => '6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI',
    ],
    'oauth' => [
        'github' => [
            'client_id' => 'Iv1.8a61f9b3a7aba766',
            // ok: crypto.secrets
            'client_secret' => env('GITHUB_CLIENT_SECRET'),
            // ok: crypto.secrets
            'token_url' => 'https://github.com/login/oauth/access_token',
        ],
    ],
    'maps' => [
        // expect: crypto.secrets
        'key' => 'AIzaSyD3x7Qm9Lr2Kp5Vt8Wb1Nc4Hj6Fg0Ys3Ze',
    ],
];

<?php

declare(strict_types=1);

require __DIR__ . '/../vendor/autoload.php';

// expect: crypto.secrets
const STRIPE_WEBHOOK_SECRET = 'whsec_5Tq8ZbW2nLx4RkP9yVd1Hc7Mf3Gj6Ae0';

function verify_signature(string $payload, string $header, string $secret): bool
{
    $parts = [];
    foreach (explode(',', $header) as $kv) {
        [$k, $v] = array_pad(explode('=', $kv, 2), 2, '');
        $parts[$k] = $v;
    }
    if (!isset($parts['t'], $parts['v1'])) {
        return false;
    }
    // ok: crypto.hash
    $expected = hash_hmac('sha256', $parts['t'] . '.' . $payload, $secret);
    return hash_equals($expected, $parts['v1']);
}

// expect: resource.limits
$payload = file_get_contents('php://input');
$signature = $_SERVER['HTTP_STRIPE_SIGNATURE'] ?? '';

if (!verify_signature($payload, $signature, STRIPE_WEBHOOK_SECRET)) {
    http_response_code(400);
    exit;
}

$event = json_decode($payload, true);
$pdo = new PDO('mysql:host=localhost;dbname=shop', 'shop', getenv('SHOP_DB_PASSWORD') ?: '');

switch ($event['type'] ?? '') {
    case 'payment_intent.succeeded':
        $stmt = $pdo->prepare('UPDATE orders SET status = ? WHERE payment_intent = ?');
        // ok: injection.sql
        $stmt->execute(['paid', $event['data']['object']['id']]);
        break;
    case 'charge.refunded':
        $stmt = $pdo->prepare('UPDATE orders SET status = ? WHERE charge_id = ?');
        $stmt->execute(['refunded', $event['data']['object']['id']]);
        break;
}

http_response_code(200);
header('Content-Type: application/json');
// ok: injection.xss
echo json_encode(['received' => true]);

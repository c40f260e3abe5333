<?php

declare(strict_types=1);

// Usage: php socket-client.php <host> <port> [message]

if ($argc < 3) {
    fwrite(STDERR, "usage: {$argv[0]} <host> <port> [message]\n");
    exit(2);
}

$host = $argv[1];
$port = (int) $argv[2];
$message = $argv[3] ?? "PING\r\n";

// expect: sandbox.net
$fp = fsockopen($host, $port, $errno, $errstr, 5.0);
if ($fp === false) {
    fwrite(STDERR, "connect failed: $errstr ($errno)\n");
    exit(1);
}
fwrite($fp, $message);
$reply = fgets($fp, 4096);
fclose($fp);
fwrite(STDOUT, "plain reply: " . trim((string) $reply) . "\n");

$context = stream_context_create([
    'ssl' => [
        // expect: crypto.tls
        'verify_peer' => false,
        // expect: crypto.tls
        'verify_peer_name' => false,
    ],
]);
// expect: sandbox.net
$tls = stream_socket_client("ssl://{$host}:443", $errno, $errstr, 5.0, STREAM_CLIENT_CONNECT, $context);
if ($tls !== false) {
    fwrite($tls, $message);
    fwrite(STDOUT, "tls reply: " . trim((string) fgets($tls, 4096)) . "\n");
    fclose($tls);
}

$strict = stream_context_create(['ssl' => [
    // ok: crypto.tls
    'verify_peer' => true,
    'cafile' => '/etc/ssl/certs/ca-certificates.crt',
]]);
// ok: sandbox.net
$status = stream_socket_client('tls://status.example.net:443', $errno, $errstr, 5.0, STREAM_CLIENT_CONNECT, $strict);

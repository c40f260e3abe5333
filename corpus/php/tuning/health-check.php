<?php

declare(strict_types=1);

use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;
use Slim\Factory\AppFactory;

require __DIR__ . '/../vendor/autoload.php';

$app = AppFactory::create();

$app->get('/healthz', function (Request $request, Response $response): Response {
    $checks = [];

    $ch = curl_init('http://127.0.0.1:8080/internal/ping');
    curl_setopt_array($ch, [
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_TIMEOUT => 2,
        // ok: crypto.tls
        CURLOPT_SSL_VERIFYPEER => true,
    ]);
    curl_exec($ch);
    $checks['api'] = curl_getinfo($ch, CURLINFO_HTTP_CODE) === 200;
    curl_close($ch);

    // ok: sandbox.process
    $df = (string) shell_exec('df -P /var/lib/app | tail -1');
    $parts = preg_split('/\s+/', trim($df));
    $checks['disk_ok'] = isset($parts[4]) && (int) rtrim($parts[4], '%') < 90;

    // ok: sandbox.fs
    $checks['writable'] = is_writable('/var/lib/app/tmp');
    // ok: sandbox.native
    $checks['ffi_disabled'] = !extension_loaded('ffi') && !ini_get('enable_dl');

    $response->getBody()->write(json_encode(['status' => in_array(false, $checks, true) ? 'degraded' : 'ok', 'checks' => $checks]));
    return $response->withHeader('Content-Type', 'application/json');
});

$app->get('/version', function (Request $request, Response $response): Response {
    // ok: injection.xss
    $response->getBody()->write('{"version":"2.14.0"}');
    return $response->withHeader('Content-Type', 'application/json');
});

$app->run();

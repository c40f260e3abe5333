<?php

declare(strict_types=1);

namespace App\Http\Controllers;

use GuzzleHttp\Client;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class ImageProxyController
{
    private Client $cdn;

    public function __construct()
    {
        // ok: sandbox.net
        $this->cdn = new Client(['base_uri' => 'https://cdn.example-assets.com/', 'timeout' => 5.0]);
    }

    public function proxy(Request $request)
    {
        $source = $request->query('src');
        // expect: crypto.tls
        $client = new Client(['timeout' => 5.0, 'verify' => false]);
        // expect: sandbox.net
        $response = $client->get($source, ['stream' => true]);

        return response($response->getBody()->getContents(), 200)
            ->header('Content-Type', $response->getHeaderLine('Content-Type'));
    }

    public function asset(Request $request)
    {
        $path = ltrim((string) $request->query('path'), '/');
        // ok: sandbox.net
        $response = $this->cdn->get('images/' . rawurlencode($path));
        return response($response->getBody()->getContents(), 200)->header('Content-Type', 'image/png');
    }

    public function ping(Request $request): JsonResponse
    {
        $endpoint = $request->input('callback');
        // ok: crypto.tls
        $client = new Client(['verify' => '/etc/ssl/certs/ca-certificates.crt']);
        // expect: sandbox.net
        $result = $client->request('POST', $endpoint, ['json' => ['pong' => true]]);
        return new JsonResponse(['status' => $result->getStatusCode()]);
    }
}

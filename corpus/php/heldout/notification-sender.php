<?php

declare(strict_types=1);

namespace App\Notifications;

use GuzzleHttp\Client;

final class SlackNotifier
{
    private const API_BASE = 'https://slack.com/api/';

    private Client $http;
    private string $botToken;

    public function __construct()
    {
        // ok: crypto.secrets
        $this->botToken = (string) getenv('SLACK_BOT_TOKEN');
        $this->http = new Client([
            'base_uri' => self::API_BASE,
            'timeout' => 5,
            // ok: crypto.tls
            'verify' => true,
        ]);
    }

    public function post(string $channel, string $text): bool
    {
        // ok: sandbox.net
        $response = $this->http->post('chat.postMessage', [
            'headers' => ['Authorization' => 'Bearer ' . $this->botToken],
            'json' => ['channel' => $channel, 'text' => $text],
        ]);
        $body = json_decode((string) $response->getBody(), true);
        return ($body['ok'] ?? false) === true;
    }

    public function deploymentFinished(string $service, string $version): bool
    {
        return $this->post('#deploys', sprintf(':rocket: %s %s deployed', $service, $version));
    }

    public static function placeholderConfig(): array
    {
        return [
            // ok: crypto.secrets
            'bot_token' => '<your-slack-bot-token>',
            'channel' => '#general',
        ];
    }
}

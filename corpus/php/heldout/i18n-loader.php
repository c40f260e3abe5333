<?php

declare(strict_types=1);

namespace App\I18n;

final class Translator
{
    private const FALLBACK = 'en';

    /** @var array<string,string> */
    private array $messages = [];

    public function __construct(string $requestedLocale)
    {
        $file = match (strtolower(substr($requestedLocale, 0, 2))) {
            'de' => __DIR__ . '/lang/de.json',
            'fr' => __DIR__ . '/lang/fr.json',
            'es' => __DIR__ . '/lang/es.json',
            default => __DIR__ . '/lang/en.json',
        };
        // ok: sandbox.fs
        $raw = file_get_contents($file);
        // ok: sandbox.deserialization
        $this->messages = json_decode((string) $raw, true) ?: [];
    }

    public function get(string $key, array $params = []): string
    {
        $message = $this->messages[$key] ?? $key;
        foreach ($params as $name => $value) {
            $message = str_replace('{' . $name . '}', (string) $value, $message);
        }
        return $message;
    }

    public static function fromRequest(): self
    {
        $header = $_SERVER['HTTP_ACCEPT_LANGUAGE'] ?? self::FALLBACK;
        return new self($header);
    }

    public static function plurals(): array
    {
        // ok: sandbox.dynamic-code
        return require __DIR__ . '/lang/plural-rules.php';
    }
}

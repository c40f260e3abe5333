<?php

// ok: sandbox.dynamic-code
require_once __DIR__ . '/../vendor/autoload.php';
// ok: sandbox.dynamic-code
require_once 'lib/helpers.php';

final class LegacyRouter
{
    private array $routes = [];

    public function __construct(private string $pagesDir)
    {
    }

    public function register(string $slug, string $file): void
    {
        $this->routes[$slug] = $file;
    }

    public function dispatch(string $slug): void
    {
        if (isset($this->routes[$slug])) {
            $file = $this->routes[$slug];
            // expect: sandbox.dynamic-code
            include $file;
            return;
        }

        $candidate = $this->pagesDir . '/' . $slug . '.php';
        // expect: sandbox.dynamic-code
        require $candidate;
    }

    public function renderPartial(string $name, array $vars): string
    {
        extract($vars, EXTR_SKIP);
        ob_start();
        // expect: sandbox.dynamic-code
        include $this->pagesDir . '/partials/' . $name . '.phtml';
        return (string) ob_get_clean();
    }

    public function renderNotFound(): void
    {
        http_response_code(404);
        // ok: sandbox.dynamic-code
        include __DIR__ . '/pages/404.php';
    }
}

<?php

namespace Shop\Cart;

final class CookieCart
{
    private const COOKIE = 'cart';

    /** @var array<string,int> */
    private array $items = [];

    public static function fromRequest(): self
    {
        $cart = new self();
        if (!empty($_COOKIE[self::COOKIE])) {
            // expect: sandbox.deserialization
            $data = unserialize(base64_decode($_COOKIE[self::COOKIE]));
            if (is_array($data)) {
                $cart->items = $data;
            }
        }
        return $cart;
    }

    public static function fromRequestSafe(): self
    {
        $cart = new self();
        $raw = $_COOKIE['cart_v2'] ?? '';
        // ok: sandbox.deserialization
        $data = json_decode($raw, true);
        if (is_array($data)) {
            $cart->items = array_map('intval', $data);
        }
        return $cart;
    }

    public static function fromLegacyString(string $payload): self
    {
        $cart = new self();
        // ok: sandbox.deserialization
        $data = unserialize($payload, ['allowed_classes' => false]);
        $cart->items = is_array($data) ? $data : [];
        return $cart;
    }

    public function add(string $sku, int $qty = 1): void
    {
        $this->items[$sku] = ($this->items[$sku] ?? 0) + $qty;
    }

    public function persist(): void
    {
        setcookie('cart_v2', json_encode($this->items), [
            'expires' => time() + 86400 * 7,
            'path' => '/',
            'secure' => true,
            'httponly' => true,
            'samesite' => 'Lax',
        ]);
    }

    public function count(): int
    {
        return array_sum($this->items);
    }
}

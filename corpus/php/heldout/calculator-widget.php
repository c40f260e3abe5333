<?php

declare(strict_types=1);

/**
 * Shipping-cost formula evaluator used by the merchant dashboard.
 * Merchants store formulas such as "5 + weight * 0.8".
 */
final class FormulaEvaluator
{
    private const SAFE_PATTERN = '/^[0-9\.\s\+\-\*\/\(\)]+$/';

    public function evaluate(string $formula, float $weight, float $subtotal): float
    {
        $expr = str_replace(['weight', 'subtotal'], [(string) $weight, (string) $subtotal], $formula);
        // expect: sandbox.dynamic-code
        return (float) eval('return ' . $expr . ';');
    }

    public function evaluateChecked(string $formula, float $weight): ?float
    {
        $expr = str_replace('weight', (string) $weight, $formula);
        if (!preg_match(self::SAFE_PATTERN, $expr)) {
            return null;
        }
        // expect: sandbox.dynamic-code
        return (float) eval("return {$expr};");
    }

    public function flatRate(): float
    {
        // ok: sandbox.dynamic-code
        return (float) eval('return 4.99;');
    }

    public function parseNumber(string $value): float
    {
        // ok: sandbox.dynamic-code
        $decoded = json_decode($value, false, 2, JSON_THROW_ON_ERROR);
        return is_numeric($decoded) ? (float) $decoded : 0.0;
    }
}

if (PHP_SAPI === 'cli' && isset($argv[1])) {
    $evaluator = new FormulaEvaluator();
    $weight = isset($argv[2]) ? (float) $argv[2] : 1.0;
    fwrite(STDOUT, number_format($evaluator->evaluate($argv[1], $weight, 0.0), 2) . PHP_EOL);
}

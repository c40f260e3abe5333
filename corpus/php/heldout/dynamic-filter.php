<?php

/**
 * Legacy report filters (PHP 5 era). Kept for the old reporting module.
 */
class ReportFilter
{
    private $rules = array();

    public function addRule($field, $operator, $value)
    {
        $this->rules[] = array($field, $operator, $value);
    }

    public function compile()
    {
        $conditions = array();
        foreach ($this->rules as $rule) {
            list($field, $op, $value) = $rule;
            $conditions[] = '$row[' . var_export($field, true) . '] ' . $op . ' ' . var_export($value, true);
        }
        $body = 'return ' . (count($conditions) ? implode(' && ', $conditions) : 'true') . ';';
        // expect: sandbox.dynamic-code
        return create_function('$row', $body);
    }

    public function highlight($text, $pattern)
    {
        // expect: sandbox.dynamic-code
        return preg_replace('/(' . $pattern . ')/e', 'strtoupper("\\1")', $text);
    }

    public function highlightSafe($text, $word)
    {
        // ok: sandbox.dynamic-code
        return preg_replace_callback('/(' . preg_quote($word, '/') . ')/i', function ($m) {
            return strtoupper($m[1]);
        }, $text);
    }

    public function check($row, $expression)
    {
        // expect: sandbox.dynamic-code
        return assert('$row["' . $expression . '"]');
    }

    public function sanityCheck(array $rows)
    {
        // ok: sandbox.dynamic-code
        assert(count($rows) >= 0);
        return array_filter($rows, 'is_array');
    }
}

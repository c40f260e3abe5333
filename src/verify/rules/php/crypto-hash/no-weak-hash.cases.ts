import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "<?php\n$h = hash('sha256', $data);",
    "<?php\n$key = 'rate_' . hash('xxh128', $zip);",
    "<?php\n$mac = hash_hmac('sha256', $payload, $secret);",
    "<?php\n// md5($x) is not collision resistant\n$doc = 'md5 and sha1 are broken';",
    "<?php\n$hash = password_hash($pw, PASSWORD_ARGON2ID);",
    "<?php\n$h = $hasher->md5($x);",
    "<?php\nopenssl_sign($data, $sig, $key, OPENSSL_ALGO_SHA256);",
  ],
  invalid: [
    { code: "<?php\nreturn $this->dir . '/' . md5($key) . '.cache';", line: 2 },
    { code: "<?php\n$_SESSION['_csrf'] = sha1(uniqid('', true));", line: 2 },
    { code: "<?php\n$h = hash('md5', $body);", line: 2 },
    { code: "<?php\nconst ALGO = 'sha1';\n$sig = hash_hmac(ALGO, $payload, $secret);", line: 3 },
    { code: "<?php\nopenssl_sign($data, $signature, $key, OPENSSL_ALGO_SHA1);", line: 2 },
    { code: "<?php\n$sum = md5_file($path);", line: 2 },
    { code: "<?php\n$d = openssl_digest($data, 'sha1');", line: 2 },
  ],
})

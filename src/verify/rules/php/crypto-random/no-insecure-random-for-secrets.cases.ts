import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "<?php\n$token = bin2hex(random_bytes(32));",
    "<?php\nfunction pick_banner(array $banners): string {\n    return $banners[mt_rand(0, count($banners) - 1)];\n}",
    "<?php\nfunction sample_percent(int $p): bool {\n    return mt_rand(1, 100) <= $p;\n}",
    "<?php\n// never do $token = rand();\n$s = '$token = rand()';",
    "<?php\n$delay = min(10000, 100 * 2 ** $attempt + mt_rand(0, 100));",
    "<?php\n$code = random_int(100000, 999999);\n$_SESSION['otp'] = $code;",
    "<?php\n$token = $generator->rand();",
    "<?php\nfunction getAccessToken() {\n    $cacheTime = 3600;\n    $cacheTime += rand(0, 60);\n    return fetch_token($cacheTime);\n}",
  ],
  invalid: [
    { code: "<?php\n$token = str_pad((string) rand(0, 99999999), 8, '0', STR_PAD_LEFT);", line: 2 },
    { code: "<?php\n$_SESSION['_csrf'] = sha1(uniqid((string) rand(), true));", line: 2 },
    { code: "<?php\nfunction make_api_nonce(): string {\n    return dechex(mt_rand()) . dechex(time());\n}", line: 3 },
    { code: "<?php\n$chars = 'abcdef0123456789';\n$resetToken = '';\nfor ($i = 0; $i < 32; $i++) {\n    $resetToken .= $chars[mt_rand(0, 15)];\n}", line: 5 },
    { code: "<?php\n$password = substr(str_shuffle('abcdefghijkmnpqrstuvwxyz23456789'), 0, 12);", line: 2 },
    { code: "<?php\n$user->update(['api_key' => md5(uniqid())]);", line: 2 },
    { code: "<?php\n$n = mt_rand();\n$sessionId = dechex($n);", line: 2 },
    { code: "<?php\nfunction generateOtp(): string {\n    $n = mt_rand(100000, 999999);\n    return (string) $n;\n}", line: 3 },
  ],
})

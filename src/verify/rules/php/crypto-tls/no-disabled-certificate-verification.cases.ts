import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "<?php\n$user->update(['email_verified' => false]);",
    "<?php\ncurl_setopt($ch, CURLOPT_SSL_VERIFYPEER, true);",
    "<?php\n$client = new Client(['verify' => '/etc/ssl/certs/ca-certificates.crt']);",
    "<?php\n$ctx = stream_context_create(['ssl' => ['verify_peer' => true, 'cafile' => '/etc/ssl/ca.pem']]);",
    "<?php\n// 'verify_peer' => false is only for local tests\n$s = \"CURLOPT_SSL_VERIFYPEER => false\";",
    "<?php\ncurl_setopt_array($ch, [CURLOPT_RETURNTRANSFER => true, CURLOPT_SSL_VERIFYHOST => 2]);",
    "<?php\n$rules = ['verified' => false];",
  ],
  invalid: [
    { code: "<?php\ncurl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);", line: 2 },
    { code: "<?php\n$client = new Client(['timeout' => 5.0, 'verify' => false]);", line: 2 },
    { code: "<?php\n$ctx = stream_context_create([\n    'ssl' => [\n        'verify_peer' => false,\n    ],\n]);", line: 4 },
    { code: "<?php\ncurl_setopt_array($ch, [\n    CURLOPT_URL => $url,\n    CURLOPT_SSL_VERIFYHOST => 0,\n]);", line: 4 },
    { code: "<?php\n$r = Http::withoutVerifying()->get('https://internal.example.com');", line: 2 },
    { code: "<?php\nstream_context_set_option($ctx, 'ssl', 'verify_peer_name', false);", line: 2 },
    { code: "<?php\n$mail->SMTPOptions = ['ssl' => ['allow_self_signed' => true]];", line: 2 },
  ],
})

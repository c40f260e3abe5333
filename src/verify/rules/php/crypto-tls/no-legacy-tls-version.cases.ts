import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "<?php\ncurl_setopt($ch, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);",
    "<?php\n$ctx = stream_context_create(['ssl' => ['crypto_method' => STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT]]);",
    "<?php\n// CURL_SSLVERSION_SSLv3 is broken\n$s = 'CURL_SSLVERSION_TLSv1';",
    "<?php\n$fp = stream_socket_client('tls://status.example.net:443');",
    "<?php\ncurl_setopt($ch, CURLOPT_TIMEOUT, 3);",
  ],
  invalid: [
    { code: "<?php\ncurl_setopt($ch, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1);", line: 2 },
    { code: "<?php\nstream_socket_enable_crypto($fp, true, STREAM_CRYPTO_METHOD_SSLv3_CLIENT);", line: 2 },
    { code: "<?php\ncurl_setopt_array($ch, [\n    CURLOPT_SSLVERSION => 3,\n]);", line: 3 },
    { code: "<?php\n$fp = stream_socket_client('sslv3://legacy.example.com:443');", line: 2 },
  ],
})

import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "<?php\n$ch = curl_init('https://api.example.com/status');",
    "<?php\n$ch = curl_init('https://api.example.com/users/' . rawurlencode($_GET['id']));",
    "<?php\nfunction fetch(string $url) {\n    return file_get_contents($url);\n}",
    "<?php\n$name = $request->get('name');",
    "<?php\n// curl_init($_GET['url']) is SSRF\n$s = 'curl_init($url)';",
    "<?php\n$hosts = ['a.example.com', 'b.example.com'];\n$h = $_GET['host'];\nif (!in_array($h, $hosts, true)) {\n    exit;\n}\n$fp = fsockopen($h, 443);",
    "<?php\n$v = $this->cache->get($request->input('key'));",
    "<?php\n$url = $_GET['u'];\n$host = parse_url($url, PHP_URL_HOST);\nif (!in_array($host, ['api.example.com', 'cdn.example.com'], true)) {\n    http_response_code(400);\n    exit;\n}\n$data = file_get_contents($url);",
    "<?php\n$response = $this->cdn->get('images/' . $request->query('path'));",
  ],
  invalid: [
    { code: "<?php\n$ch = curl_init($_GET['url']);", line: 2 },
    { code: "<?php\n$url = filter_var($_GET['url'], FILTER_VALIDATE_URL);\nif ($url === false) {\n    exit;\n}\n$page = file_get_contents($url);", line: 6 },
    { code: "<?php\n$ch = curl_init();\ncurl_setopt($ch, CURLOPT_URL, $_POST['callback']);", line: 3 },
    { code: "<?php\n$url = $_GET['feed'];\n$xml = file_get_contents($url);", line: 3 },
    { code: "<?php\n$client = new \\GuzzleHttp\\Client();\n$res = $client->get($request->query('src'));", line: 3 },
    { code: "<?php\n$r = $client->request('POST', $request->input('callback'), ['json' => []]);", line: 2 },
    { code: "<?php\n$fp = fsockopen($argv[1], 80);", line: 2 },
    { code: "<?php\nuse Illuminate\\Support\\Facades\\Http;\n$r = Http::get($request->input('webhook'));", line: 3 },
    { code: "<?php\n$host = $_GET['h'];\n$s = stream_socket_client(\"ssl://{$host}:443\", $errno, $errstr);", line: 3 },
  ],
})

import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "<?php\n$apiKey = (string) getenv('PAYGATE_API_KEY');",
    "<?php\n$headers = ['X-Api-Key' => (string) getenv('CARRIER_API_KEY')];",
    "<?php\n$password = '';",
    "<?php\n$tokenUrl = 'https://auth.example.com/oauth/token';",
    "<?php\n$rules = ['password' => 'required|string|min:8|confirmed'];",
    "<?php\n$passwordField = 'user_password';",
    "<?php\n// $apiKey = 'sk_test_placeholder'\n$apiKey = $_ENV['API_KEY'];",
    "<?php\n$secret = 'changeme';",
    "<?php\n$pdo = new PDO('mysql:host=localhost;dbname=shop', 'shop', getenv('DB_PASSWORD') ?: '');",
    "<?php\n$merchantId = 'acme-shop-01';",
    "<?php\n$token = '<your-token-here>';",
    "<?php\ncurl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Bearer ' . getenv('API_TOKEN')]);",
  ],
  invalid: [
    { code: "<?php\nconst STRIPE_WEBHOOK_SECRET = 'whsec_5Tq8ZbW2nLx4RkP9yVd1Hc7Mf3Gj6Ae0';", line: 2 },
    { code: "<?php\nclass Gateway {\n    private string $apiKey = 'pg_prod_7cF2kL9xQ4mN8vB1zR6tY3wE5uI0oP';\n}", line: 3 },
    { code: "<?php\n$pdo = new PDO('mysql:host=db;dbname=app', 'app', 'S3cr3tPassw0rd!');", line: 2 },
    { code: "<?php\n$config = [\n    'db_password' => 'hunter2hunter2',\n];", line: 3 },
    { code: "<?php\ndefine('DB_PASSWORD', 'Tr0ub4dor&3');", line: 2 },
    { code: "<?php\n$jwt = JWT::encode($payload, 'my-jwt-signing-key-2024', 'HS256');", line: 2 },
    { code: "<?php\n$aws = 'AKIAIOSFODNN7EXAMPLF';", line: 2 },
    { code: "<?php\nif ($_POST['password'] === 'admin12345') {\n    login();\n}", line: 2 },
    { code: "<?php\n$mail->Password = 'smtp-pass-99x';", line: 2 },
    { code: "<?php\ncurl_setopt($ch, CURLOPT_HTTPHEADER, [\n    'Authorization: Bearer 9f8e7d6c5b4a39281706abcd',\n]);", line: 3 },
  ],
})

<?php
// Network diagnostics page for the NOC dashboard.

session_start();
if (empty($_SESSION['is_admin'])) {
    http_response_code(403);
    exit('forbidden');
}

$host = trim($_POST['host'] ?? '');
$count = (int) ($_POST['count'] ?? 3);
$count = max(1, min($count, 10));
$output = '';

if ($host !== '') {
    if (isset($_POST['traceroute'])) {
        // expect: sandbox.process
        $output = shell_exec("traceroute -m 15 " . $host . " 2>&1");
    } elseif (isset($_POST['dig'])) {
        $type = $_POST['type'] ?? 'A';
        // expect: sandbox.process
        $output = `dig +short $host $type`;
    } else {
        // ok: sandbox.process
        $output = shell_exec('ping -c ' . escapeshellarg((string) $count) . ' ' . escapeshellarg($host) . ' 2>&1');
    }
}

// ok: sandbox.process
$uptime = shell_exec('uptime');
?>
<!doctype html>
<html>
<body>
<form method="post">
    <input name="host" placeholder="hostname or IP">
    <button>Ping</button>
    <button name="traceroute" value="1">Traceroute</button>
    <button name="dig" value="1">DNS</button>
</form>
<pre><?php echo htmlspecialchars((string) $output, ENT_QUOTES, 'UTF-8'); ?></pre>
<footer><?php echo htmlspecialchars((string) $uptime, ENT_QUOTES, 'UTF-8'); ?></footer>
</body>
</html>

<?php

require __DIR__ . '/bootstrap.php';

$mysqli = new mysqli('localhost', 'shop', getenv('SHOP_DB_PASSWORD') ?: '', 'shop');
$term = $_GET['q'] ?? '';
$page = max(1, (int) ($_GET['page'] ?? 1));
$offset = ($page - 1) * 20;

// expect: injection.sql
$result = mysqli_query($mysqli, "SELECT id, title, price FROM products WHERE title LIKE '%$term%' LIMIT $offset, 20");

$stmt = $mysqli->prepare('SELECT COUNT(*) FROM products WHERE title LIKE ?');
$like = '%' . $term . '%';
$stmt->bind_param('s', $like);
// ok: injection.sql
$stmt->execute();
$stmt->bind_result($total);
$stmt->fetch();
$stmt->close();

header('Content-Type: text/html; charset=utf-8');
?>
<!doctype html>
<html>
<head><title>Search</title></head>
<body>
<?php
// expect: injection.xss
echo "<h1>Results for \"" . $_GET['q'] . "\"</h1>";

// ok: injection.xss
echo '<p>' . htmlspecialchars((string) $total, ENT_QUOTES) . ' matching products</p>';

echo '<ul>';
while ($row = mysqli_fetch_assoc($result)) {
    $title = htmlspecialchars($row['title'], ENT_QUOTES, 'UTF-8');
    $price = htmlspecialchars(number_format((float) $row['price'], 2), ENT_QUOTES, 'UTF-8');
    // ok: injection.xss
    echo "<li>{$title} &mdash; \${$price}</li>";
}
echo '</ul>';

$next = $page + 1;
// expect: injection.xss
print '<a href="?q=' . $term . '&page=' . $next . '">Next page</a>';
?>
</body>
</html>

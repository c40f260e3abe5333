<?php
// Internal stock adjustment page (legacy, pre-framework).

require_once __DIR__ . '/inc/db.php';
require_once __DIR__ . '/inc/auth.php';
require_admin();

$link = db_connect();
$sku = $_POST['sku'] ?? '';
$delta = $_POST['delta'] ?? '0';
$note = $_POST['note'] ?? '';

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    // expect: injection.sql
    mysqli_query($link, "UPDATE stock SET qty = qty + $delta WHERE sku = '$sku'");

    $noteSql = sprintf(
        "INSERT INTO stock_log (sku, delta, note, created_at) VALUES ('%s', %d, '%s', NOW())",
        $sku,
        $delta,
        $note
    );
    // expect: injection.sql
    $link->query($noteSql);

    $stmt = mysqli_prepare($link, 'INSERT INTO audit (actor, action) VALUES (?, ?)');
    $action = 'stock:' . $sku;
    mysqli_stmt_bind_param($stmt, 'ss', $_SESSION['user'], $action);
    // ok: injection.sql
    mysqli_stmt_execute($stmt);
}

$filterSku = mysqli_real_escape_string($link, $_GET['sku'] ?? '');
// ok: injection.sql
$res = mysqli_query($link, 'SELECT sku, qty FROM stock ORDER BY sku LIMIT 100');
?>
<table>
<?php while ($row = mysqli_fetch_assoc($res)): ?>
    <tr>
        <td><?= htmlspecialchars($row['sku']) ?></td>
        <td><?= htmlspecialchars((string) $row['qty']) ?></td>
    </tr>
<?php endwhile; ?>
</table>
<form method="post">
    <input name="sku"> <input name="delta" type="number"> <input name="note">
    <button>Adjust</button>
</form>

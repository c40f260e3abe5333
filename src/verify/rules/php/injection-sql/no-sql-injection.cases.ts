import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "<?php\n$stmt = $pdo->prepare('SELECT * FROM users WHERE id = ?');\n$stmt->execute([$_GET['id']]);",
    "<?php\n$rows = $pdo->query('SELECT region, SUM(total) FROM orders GROUP BY region');",
    "<?php\n$id = (int) $_GET['id'];\n$r = mysqli_query($conn, \"SELECT * FROM t WHERE id = $id\");",
    "<?php\n$status = $request->query('status', 'open');",
    "<?php\n// $db->query(\"SELECT * FROM t WHERE a = '$a'\") is injectable\n$s = '$db->query($sql)';",
    "<?php\n$name = mysqli_real_escape_string($conn, $_POST['name']);\n$r = mysqli_query($conn, \"SELECT * FROM t WHERE name = '$name'\");",
    "<?php\n$rows = $wpdb->get_results($wpdb->prepare(\"SELECT * FROM {$wpdb->posts} WHERE ID = %d\", $_GET['id']));",
    "<?php\n$sort = in_array($_GET['sort'], ['name', 'date'], true) ? $_GET['sort'] : 'name';\n$r = $pdo->query(\"SELECT * FROM t ORDER BY $sort\");",
    "<?php\n$result = $search->query($_GET['q']);",
  ],
  invalid: [
    { code: "<?php\n$term = $_GET['q'] ?? '';\n$result = mysqli_query($mysqli, \"SELECT id FROM products WHERE title LIKE '%$term%'\");", line: 3 },
    { code: "<?php\nfunction find(PDO $pdo, string $name) {\n    return $pdo->query(\"SELECT * FROM users WHERE name = '\" . $name . \"'\");\n}", line: 3 },
    { code: "<?php\n$sql = 'DELETE FROM sessions WHERE user = ' . $_POST['user'];\n$this->db->exec($sql);", line: 3 },
    { code: "<?php\n$r = pg_query($conn, sprintf(\"SELECT * FROM t WHERE a = '%s'\", $_GET['a']));", line: 2 },
    { code: "<?php\n$rows = $wpdb->get_results(\"SELECT * FROM wp_users WHERE user_login = '{$_GET['u']}'\");", line: 2 },
    { code: "<?php\n$stmt = $conn->prepare(\"SELECT * FROM t WHERE id = \" . $_GET['id']);", line: 2 },
    { code: "<?php\n$q = $em->getConnection()->executeQuery('SELECT * FROM t WHERE a = ' . $a);", line: 2 },
  ],
})

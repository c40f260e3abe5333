<?php

declare(strict_types=1);

require_once __DIR__ . '/inc/db.php';

$pdo = db();
$postId = (int) ($_GET['post'] ?? 0);

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $commenter = trim($_POST['name'] ?? 'guest');
    $body = trim($_POST['body'] ?? '');
    $stmt = $pdo->prepare('INSERT INTO comments (post_id, author, body, created_at) VALUES (?, ?, ?, NOW())');
    // ok: injection.sql
    $stmt->execute([$postId, $commenter, $body]);

    // expect: injection.xss
    echo '<div class="flash">Thanks, ' . $commenter . '! Your comment is awaiting moderation.</div>';
}

$stmt = $pdo->prepare('SELECT author, body, created_at FROM comments WHERE post_id = ? AND approved = 1 ORDER BY created_at');
$stmt->execute([$postId]);

echo '<section class="comments">';
foreach ($stmt as $c) {
    // ok: injection.xss
    echo '<article><h4>' . htmlspecialchars($c['author']) . '</h4><p>' . nl2br(htmlspecialchars($c['body'])) . '</p></article>';
}
echo '</section>';

$replyTo = $_GET['reply_to'] ?? '';
?>
<form method="post">
    <?php
    // expect: injection.xss
    echo '<input type="hidden" name="reply_to" value="' . $replyTo . '">';
    ?>
    <input name="name" placeholder="Your name">
    <textarea name="body"></textarea>
    <button>Post comment</button>
</form>

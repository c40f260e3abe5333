<?php

declare(strict_types=1);

require_once __DIR__ . '/inc/db.php';

$errors = [];
$sent = false;
$values = ['name' => '', 'email' => '', 'message' => ''];

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    foreach ($values as $field => $_) {
        $values[$field] = trim((string) ($_POST[$field] ?? ''));
    }
    if ($values['name'] === '' || mb_strlen($values['name']) > 100) {
        $errors[] = 'Please enter your name.';
    }
    if (!filter_var($values['email'], FILTER_VALIDATE_EMAIL)) {
        $errors[] = 'Please enter a valid email address.';
    }
    if ($values['message'] === '' || mb_strlen($values['message']) > 5000) {
        $errors[] = 'Please enter a message (max 5000 characters).';
    }

    if (!$errors) {
        $stmt = db()->prepare('INSERT INTO contact_messages (name, email, message, created_at) VALUES (?, ?, ?, NOW())');
        // ok: injection.sql
        $stmt->execute([$values['name'], $values['email'], $values['message']]);
        $sent = true;
    }
}

?>
<!doctype html>
<html>
<body>
<?php if ($sent): ?>
    <p class="ok">Thank you, we will get back to you soon.</p>
<?php endif; ?>
<?php foreach ($errors as $error): ?>
    <p class="error"><?= htmlspecialchars($error) ?></p>
<?php endforeach; ?>
<form method="post">
    <?php
    // ok: injection.xss
    echo '<input name="name" value="' . htmlspecialchars($values['name']) . '">';
    ?>
    <input name="email" type="email" value="<?= htmlspecialchars($values['email']) ?>">
    <textarea name="message"><?= htmlspecialchars($values['message']) ?></textarea>
    <button>Send</button>
</form>
</body>
</html>

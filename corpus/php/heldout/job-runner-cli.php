<?php

declare(strict_types=1);

/*
 * Runs maintenance jobs defined in jobs.ini:
 *   php job-runner-cli.php <job-name> [--dry-run]
 */

$jobs = parse_ini_file(__DIR__ . '/jobs.ini', true) ?: [];
$name = $argv[1] ?? '';
$dryRun = in_array('--dry-run', $argv, true);

if (!isset($jobs[$name])) {
    fwrite(STDERR, "unknown job\n");
    exit(1);
}

$job = $jobs[$name];
$descriptors = [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']];

if ($dryRun) {
    fwrite(STDOUT, "would run: {$job['command']}\n");
    exit(0);
}

// expect: sandbox.process
$proc = proc_open($job['command'], $descriptors, $pipes, $job['cwd'] ?? __DIR__);
if (!is_resource($proc)) {
    fwrite(STDERR, "failed to start\n");
    exit(1);
}
fclose($pipes[0]);
$stdout = stream_get_contents($pipes[1]);
$stderr = stream_get_contents($pipes[2]);
fclose($pipes[1]);
fclose($pipes[2]);
$code = proc_close($proc);

if (!empty($job['notify'])) {
    // ok: sandbox.process
    $mailer = proc_open(['/usr/sbin/sendmail', '-t'], $descriptors, $mp);
    fwrite($mp[0], "To: {$job['notify']}\nSubject: job {$name} exited {$code}\n\n{$stdout}\n{$stderr}\n");
    fclose($mp[0]);
    proc_close($mailer);
}

if (isset($argv[2]) && $argv[2] === '--tail') {
    $log = $argv[3] ?? '/var/log/jobs.log';
    // expect: sandbox.process
    passthru('tail -n 50 ' . $log);
}

// ok: sandbox.process
system('sync');
exit($code);

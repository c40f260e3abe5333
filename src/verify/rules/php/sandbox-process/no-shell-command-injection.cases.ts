import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "<?php\n$out = shell_exec('df -P /var/lib/app | tail -1');",
    "<?php\nfunction ping($host) {\n    return shell_exec('ping -c 1 ' . escapeshellarg($host));\n}",
    "<?php\n// system($_GET['cmd']) would be a disaster\necho 'system($cmd)';",
    "<?php\n$logger->exec($_GET['q']);",
    "<?php\nconst CMD = 'uptime';\nsystem(CMD);",
    "<?php\n$n = (int) $_GET['n'];\nexec(\"seq 1 $n\", $lines);",
    "<?php\n$p = new Process(['convert', $_FILES['f']['tmp_name'], 'out.png']);\n$p->run();",
    "<?php\n$r = $stmt->execute([$id]);",
    "<?php\n$out = `ls -la /tmp`;",
  ],
  invalid: [
    { code: "<?php\n$host = $_GET['host'];\nsystem('ping -c 1 ' . $host);", line: 3 },
    { code: "<?php\nfunction convert($file) {\n    exec(\"convert $file out.png\", $output);\n}", line: 3 },
    { code: "<?php\n$dir = $_POST['dir'];\n$listing = `ls -la $dir`;", line: 3 },
    { code: "<?php\n$h = popen('tar czf - ' . $argv[1], 'r');", line: 2 },
    { code: "<?php\nuse Symfony\\Component\\Process\\Process;\n$p = Process::fromShellCommandline('git log ' . $request->query('ref'));", line: 3 },
    { code: "<?php\n$proc = proc_open(\"grep {$_GET['q']} /var/log/app.log\", [1 => ['pipe', 'w']], $pipes);", line: 2 },
    { code: "<?php\npassthru(\n    'zip -r ' . $name . '.zip files/'\n);", line: 2 },
  ],
})

import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    "<?php\n$p = new Process(['convert', $_FILES['f']['tmp_name'], 'out.png']);",
    "<?php\n$proc = proc_open(['git', 'log', $_GET['ref']], [1 => ['pipe', 'w']], $pipes);",
    "<?php\npcntl_exec('/usr/bin/php', [$script]);",
    "<?php\n// new Process([$_GET['bin']]) is not what we do\n$x = 'pcntl_exec($bin)';",
    "<?php\n$result = $job->run($_GET['bin']);",
  ],
  invalid: [
    { code: "<?php\n$p = new Process([$_GET['tool'], '--version']);", line: 2 },
    { code: "<?php\nfunction run(string $bin, array $args) {\n    pcntl_exec($bin, $args);\n}", line: 3 },
    { code: "<?php\n$argv2 = [$request->input('binary'), '-q'];\n$proc = proc_open($argv2, [], $pipes);", line: 3 },
    { code: "<?php\nuse Illuminate\\Support\\Facades\\Process;\n$r = Process::run([$tool, 'status']);", line: 3 },
  ],
})

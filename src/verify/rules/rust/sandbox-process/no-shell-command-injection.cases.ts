import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'use std::process::Command;\nfn f() {\n    Command::new("sh").arg("-c").arg("ls -l /tmp | wc -l").status().unwrap();\n}',
    'use std::process::Command;\nfn f(name: &str) {\n    Command::new("ls").arg("-l").arg(name).status().unwrap();\n}',
    'use std::process::Command;\nfn f(script: &str) {\n    Command::new("sh").arg(script).status().unwrap();\n}',
    '// Command::new("sh").arg("-c").arg(user) is forbidden\nfn f() {}',
    'struct Q { parts: Vec<String> }\nimpl Q { fn arg(&mut self, s: &str) -> &mut Self { self.parts.push(s.into()); self } }\nfn f(q: &mut Q, x: &str) {\n    q.arg("-c").arg(x);\n}',
  ],
  invalid: [
    { code: 'use std::process::Command;\nfn ping(host: &str) {\n    Command::new("sh")\n        .arg("-c")\n        .arg(format!("ping -c 1 {}", host))\n        .status()\n        .unwrap();\n}', line: 3 },
    { code: 'use std::process::Command;\nfn run(cmd: String) {\n    let out = Command::new("bash").args(["-c", &cmd]).output();\n}', line: 3 },
    { code: 'use std::process::Command;\nfn run(line: &str) {\n    let mut c = Command::new("cmd");\n    c.arg("/C");\n    c.arg(line);\n}', line: 5 },
    { code: 'use subprocess::Exec;\nfn run(cmd: &str) {\n    Exec::shell(cmd).join().unwrap();\n}', line: 3 },
  ],
})

import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'use std::process::Command;\nfn status() {\n    let out = Command::new("git").arg("status").output().unwrap();\n}',
    'use std::process::Command;\nfn grep(pattern: &str) {\n    Command::new("grep").arg("-n").arg(pattern).status().unwrap();\n}',
    'use std::process::Command;\nconst TOOL: &str = "/usr/bin/convert";\nfn f(input: &str) {\n    Command::new(TOOL).arg(input).spawn().unwrap();\n}',
    '// Command::new(user_program) is never allowed here\nfn f() -> &\'static str {\n    "Command::new(prog)"\n}',
    'struct Command;\nimpl Command {\n    fn parse(s: &str) -> Self { Command }\n}\nfn f(s: &str) {\n    let c = Command::parse(s);\n}',
  ],
  invalid: [
    { code: 'use std::process::Command;\nfn open_editor(editor: &str, file: &str) {\n    Command::new(editor).arg(file).status().unwrap();\n}', line: 3 },
    { code: 'use std::env;\nfn main() {\n    let prog = env::args().nth(1).unwrap();\n    let child = std::process::Command::new(&prog)\n        .spawn()\n        .unwrap();\n}', line: 4 },
    { code: 'use tokio::process::Command;\nasync fn run(tool: String) {\n    let out = Command::new(format!("/opt/tools/{}", tool)).output().await;\n}', line: 3 },
  ],
})

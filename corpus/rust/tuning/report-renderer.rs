//! Renders a monthly report from a user-supplied Tera template and a JSON data file.
//! usage: report-renderer <template.tera> <data.json>
use serde_json::Value;
use std::env;
use std::fs;
use std::process::ExitCode;
use tera::{Context, Tera};

const HEADER_TEMPLATE: &str = "# {{ title }}\nGenerated {{ generated_at }}\n\n";

fn main() -> ExitCode {
    let args: Vec<String> = env::args().collect();
    if args.len() != 3 {
        eprintln!("usage: report-renderer <template.tera> <data.json>");
        return ExitCode::from(2);
    }

    // expect: sandbox.fs
    let template_src = match fs::read_to_string(&args[1]) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("template: {}", e);
            return ExitCode::FAILURE;
        }
    };
    // expect: sandbox.fs
    let data: Value = match fs::read(&args[2]).map(|b| serde_json::from_slice(&b)) {
        Ok(Ok(v)) => v,
        _ => {
            eprintln!("data file is missing or not JSON");
            return ExitCode::FAILURE;
        }
    };

    let mut ctx = Context::from_value(data).unwrap_or_default();
    ctx.insert("generated_at", &chrono::Utc::now().to_rfc3339());

    // ok: injection.template
    let header = Tera::one_off(HEADER_TEMPLATE, &ctx, true).unwrap_or_default();
    // expect: injection.template
    match Tera::one_off(&template_src, &ctx, true) {
        Ok(body) => {
            print!("{}{}", header, body);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("render failed: {}", e);
            ExitCode::FAILURE
        }
    }
}

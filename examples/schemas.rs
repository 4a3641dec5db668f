//! Writes the JSON Schemas of the crate's documents.
//!
//! ```text
//! cargo run --example schemas -- DIR               # writes DIR/NAME.schema.json
//! cargo run --example schemas                      # prints them
//! cargo run --example schemas -- --lang de [DIR]   # with German titles
//! ```
//!
//! The English schemas are made for code generators (a `title` at the root
//! only, every variant of a union a named type); with `--lang de` every
//! property and every enumerated value has a German `title`, so that form
//! tools show words, and the descriptions are German.

use std::process::ExitCode;

use migrant_representation::{Language, schema};

fn main() -> ExitCode {
    let mut dir = None;
    let mut lang = Language::En;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--lang" => match args.next().and_then(|l| l.parse::<Language>().ok()) {
                Some(l) => lang = l,
                None => {
                    eprintln!("usage: schemas [--lang de|en] [DIR]");
                    return ExitCode::from(2);
                }
            },
            _ => dir = Some(a),
        }
    }
    let mut out = String::new();
    for s in schema::schemas_in(lang) {
        let text = match serde_json::to_string_pretty(&s.schema) {
            Ok(t) => t + "\n",
            Err(e) => {
                eprintln!("cannot serialize schema {}: {e}", s.name);
                return ExitCode::from(2);
            }
        };
        match &dir {
            Some(d) => {
                let path = std::path::Path::new(d).join(format!("{}.schema.json", s.name));
                if let Err(e) =
                    std::fs::create_dir_all(d).and_then(|()| std::fs::write(&path, text))
                {
                    eprintln!("cannot write {}: {e}", path.display());
                    return ExitCode::from(2);
                }
                eprintln!("wrote {}", path.display());
            }
            None => out.push_str(&text),
        }
    }
    let _ = std::io::Write::write_all(&mut std::io::stdout().lock(), out.as_bytes());
    ExitCode::SUCCESS
}

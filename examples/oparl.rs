//! Prints the OParl 1.1 objects of a document: a body's Organization,
//! Memberships and LegislativeTerm, or the Organization of an association or
//! network.
//!
//! ```text
//! cargo run --features oparl --example oparl -- FILE.json [--base URL] [--body URL] [--counts]
//! ```

use std::process::ExitCode;

use migrant_representation::Document;
use migrant_representation::oparl::{ExportOptions, export_document};
use serde_json::json;

fn main() -> ExitCode {
    let mut file = None;
    let mut options = ExportOptions::new("https://ris.example.org/oparl");
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--base" => match args.next() {
                Some(b) => options.base_url = b,
                None => return usage(),
            },
            "--body" => options.body_url = args.next(),
            "--counts" => options.include_counts = true,
            s if s.starts_with("--") => return usage(),
            _ => file = Some(a),
        }
    }
    let Some(file) = file else { return usage() };
    let text = match std::fs::read_to_string(&file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{file}: cannot read the file: {e}");
            return ExitCode::from(2);
        }
    };
    let document = match Document::from_json_str(&text) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{file}: not a valid document: {e}");
            return ExitCode::from(2);
        }
    };
    let out = export_document(&document, &options);
    let doc = json!({
        "organization": out.organization,
        "memberships": out.memberships,
        "legislativeTerm": out.legislative_term,
    });
    let text = serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n";
    // A closed pipe (`| head`) is not an error of the example.
    let _ = std::io::Write::write_all(&mut std::io::stdout().lock(), text.as_bytes());
    ExitCode::SUCCESS
}

fn usage() -> ExitCode {
    eprintln!("usage: oparl FILE.json [--base URL] [--body URL] [--counts]");
    ExitCode::from(2)
}

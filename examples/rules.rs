//! Lists the rule catalogue: every rule the crate applies (composition,
//! establishment, franchise), generated from the same values the checks use.
//!
//! ```text
//! cargo run --example rules -- [--land NW] [--json]
//! ```

use std::process::ExitCode;
use std::str::FromStr;

use migrant_representation::{Land, Law};

fn main() -> ExitCode {
    let mut land = None;
    let mut as_json = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--json" => as_json = true,
            "--land" => match args.next().as_deref().map(Land::from_str) {
                Some(Ok(l)) => land = Some(l),
                _ => {
                    eprintln!("--land needs a Land code such as NW, HE, RP, BW, BY");
                    return ExitCode::from(2);
                }
            },
            other => {
                eprintln!("unknown argument {other}\nusage: rules [--land CODE] [--json]");
                return ExitCode::from(2);
            }
        }
    }
    let entries: Vec<_> = Law::builtin()
        .catalogue()
        .into_iter()
        .filter(|e| land.is_none_or(|l| e.land == l))
        .collect();
    let mut out = String::new();
    if as_json {
        out.push_str(&serde_json::to_string_pretty(&entries).unwrap_or_default());
        out.push('\n');
    } else {
        for e in &entries {
            let types: Vec<String> = e.body_types.iter().map(ToString::to_string).collect();
            let levels: Vec<String> = e.levels.iter().map(ToString::to_string).collect();
            let levels = if levels.is_empty() {
                "any level".to_owned()
            } else {
                levels.join(", ")
            };
            out.push_str(&format!(
                "{}  [{}] {} / {} ({})\n    {}  valid {}  [{}, {}]\n    de: {}\n    en: {}\n",
                e.id,
                e.kind,
                e.land,
                types.join(", "),
                levels,
                e.citation,
                e.validity,
                e.certainty,
                e.modality.german(),
                e.statement_de,
                e.statement_en,
            ));
        }
        out.push_str(&format!("{} rules\n", entries.len()));
    }
    // A closed pipe (`| head`) is not an error of the example.
    let _ = std::io::Write::write_all(&mut std::io::stdout().lock(), out.as_bytes());
    ExitCode::SUCCESS
}

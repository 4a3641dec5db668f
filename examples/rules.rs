//! Lists the rule catalogue: every rule the checker applies, generated from
//! the same values the checks use.
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
    let rules: Vec<_> = Law::builtin()
        .rules()
        .filter(|(r, _)| land.is_none_or(|l| r.land == l))
        .collect();
    let mut out = String::new();
    if as_json {
        let list: Vec<_> = Law::builtin()
            .catalogue()
            .into_iter()
            .filter(|e| land.is_none_or(|l| e.land == l))
            .collect();
        out.push_str(&serde_json::to_string_pretty(&list).unwrap_or_default());
        out.push('\n');
    } else {
        for (regime, rule) in &rules {
            out.push_str(&format!(
                "{}  {} / {} ({})\n    {}  valid {}  [{}]\n    de: {}\n    en: {}\n",
                rule.id,
                regime.land,
                regime.body_type,
                regime
                    .levels
                    .iter()
                    .map(|l| l.to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
                rule.citation,
                rule.validity,
                rule.certainty,
                rule.statement_de,
                rule.statement_en,
            ));
        }
        out.push_str(&format!("{} rules\n", rules.len()));
    }
    // A closed pipe (`| head`) is not an error of the example.
    let _ = std::io::Write::write_all(&mut std::io::stdout().lock(), out.as_bytes());
    ExitCode::SUCCESS
}

//! Lists the rule catalogue: every rule the crate applies (composition,
//! establishment, franchise, participation rights), generated from the same
//! values the checks use; or compares two body types side by side.
//!
//! ```text
//! cargo run --example rules -- [--land NW] [--json]
//! cargo run --example rules -- --compare NW:integration_council NW:integration_committee [--on 2026-01-15] [--lang en] [--json]
//! ```

use std::process::ExitCode;
use std::str::FromStr;

use chrono::NaiveDate;
use migrant_representation::{BodyType, Land, Law, Level, law::TypeComparison};

/// `NW:integration_council` or `HE:foreign_residents_advisory_board:county`.
fn parse_side(s: &str, on: NaiveDate) -> Result<(Land, BodyType, Level), String> {
    let mut parts = s.split(':');
    let land = parts
        .next()
        .and_then(|l| Land::from_str(l).ok())
        .ok_or_else(|| format!("{s}: expected LAND:type such as NW:integration_council"))?;
    let body_type = parts
        .next()
        .and_then(|t| BodyType::from_str(t).ok())
        .ok_or_else(|| format!("{s}: unknown body type"))?;
    let levels = match parts.next() {
        Some(l) => vec![Level::from_str(l).map_err(|_| format!("{s}: unknown level {l}"))?],
        None => vec![
            Level::Municipality,
            Level::County,
            Level::Borough,
            Level::MunicipalAssociation,
            Level::State,
        ],
    };
    levels
        .into_iter()
        .find(|l| Law::builtin().regime(land, body_type, *l, on).is_ok())
        .map(|l| (land, body_type, l))
        .ok_or_else(|| format!("{s}: no recorded law on {on}"))
}

fn compare_text(c: &TypeComparison, english: bool) -> String {
    // Official German names in both languages: they are the terms of the law.
    let name = |t: BodyType, l: Land| {
        format!(
            "{} ({})",
            t.describe(migrant_representation::Language::De),
            l.official_name()
        )
    };
    let (a, b) = (name(c.a.body_type, c.a.land), name(c.b.body_type, c.b.land));
    let mut out = if english {
        format!("Comparison on {}: {a} and {b}\n", c.on)
    } else {
        format!("Vergleich am {}: {a} und {b}\n", c.on.format("%d.%m.%Y"))
    };
    for x in &c.aspects {
        let (heading, verdict) = if english {
            (
                x.aspect.describe(migrant_representation::Language::En),
                if x.same { "the same" } else { "different" },
            )
        } else {
            (
                x.aspect.describe(migrant_representation::Language::De),
                if x.same { "gleich" } else { "unterschiedlich" },
            )
        };
        out.push_str(&format!("\n== {heading}: {verdict}\n"));
        for (label, lines) in [(&a, &x.a), (&b, &x.b)] {
            out.push_str(&format!("  {label}:\n"));
            if lines.is_empty() {
                out.push_str(if english {
                    "    (nothing recorded)\n"
                } else {
                    "    (nichts erfasst)\n"
                });
            }
            for l in lines {
                let text = if english {
                    &l.statement.en
                } else {
                    &l.statement.de
                };
                out.push_str(&format!("    - {text} ({})\n", l.citation));
            }
        }
    }
    out
}

fn compare(args: &[String]) -> ExitCode {
    let mut sides = Vec::new();
    let mut on = NaiveDate::from_ymd_opt(2026, 1, 15).unwrap_or_default();
    let (mut english, mut as_json) = (false, false);
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => as_json = true,
            "--lang" => match it.next().map(String::as_str) {
                Some("en") => english = true,
                Some("de") => english = false,
                _ => {
                    eprintln!("--lang needs de or en");
                    return ExitCode::from(2);
                }
            },
            "--on" => match it
                .next()
                .map(|d| migrant_representation::date::parse_date(d))
            {
                Some(Ok(d)) => on = d,
                _ => {
                    eprintln!("--on needs a date such as 2026-01-15");
                    return ExitCode::from(2);
                }
            },
            other => sides.push(other.to_owned()),
        }
    }
    let [a, b] = sides.as_slice() else {
        eprintln!(
            "--compare needs two LAND:type pairs, such as NW:integration_council NW:integration_committee"
        );
        return ExitCode::from(2);
    };
    let (a, b) = match (parse_side(a, on), parse_side(b, on)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let c = match Law::builtin().compare(a, b, on) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let out = if as_json {
        serde_json::to_string_pretty(&c).unwrap_or_default() + "\n"
    } else {
        compare_text(&c, english)
    };
    let _ = std::io::Write::write_all(&mut std::io::stdout().lock(), out.as_bytes());
    ExitCode::SUCCESS
}

fn main() -> ExitCode {
    let all: Vec<String> = std::env::args().skip(1).collect();
    if all.first().is_some_and(|a| a == "--compare") {
        return compare(&all[1..]);
    }
    let mut land = None;
    let mut as_json = false;
    let mut args = all.into_iter();
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
                eprintln!(
                    "unknown argument {other}\nusage: rules [--land CODE] [--json] | rules --compare LAND:type LAND:type [--on DATE] [--lang de|en] [--json]"
                );
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
                e.modality.describe(migrant_representation::Language::De),
                e.statement.de,
                e.statement.en,
            ));
        }
        out.push_str(&format!("{} rules\n", entries.len()));
    }
    // A closed pipe (`| head`) is not an error of the example.
    let _ = std::io::Write::write_all(&mut std::io::stdout().lock(), out.as_bytes());
    ExitCode::SUCCESS
}

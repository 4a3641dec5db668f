//! From an election result to the seats: allocates the seats of an
//! election by the law of its Land and election day and prints them.
//!
//! ```text
//! cargo run --example elect -- FILE.json [--json] [--lang de|en] [--body BODY.json [--on YYYY-MM-DD]]
//! ```
//!
//! Prints the seats per list in German (English with `--lang en`), with
//! the method and the provision it comes from; with `--json` an object with
//! `allocation` (a list of `{"list": NAME, "seats": N}` in the order of the
//! election result), `method`, `citation_text` and the details. With
//! `--body`, the election is also checked against that body (its directly
//! elected seats), the elected are made its roster, and the body is checked
//! on `--on` (default: today; the example reads the clock, the library never
//! does).
//!
//! Exit status: 0 when the allocation is determined (and, with `--body`,
//! nothing is broken), 1 when a lot must decide a seat (or, with `--body`,
//! a finding is a violation), 2 on bad input: a file that cannot be read, a
//! document that is not a valid election result, an election for which the
//! recorded law gives no method.

use std::process::ExitCode;

use chrono::NaiveDate;
use migrant_representation::{
    ElectionResult, Error, Language, RepresentationBody, Severity,
    election::{Allocation, AllocationError},
};
use serde_json::{Value, json};

fn usage() {
    eprintln!(
        "usage: elect FILE.json [--json] [--lang de|en] [--body BODY.json [--on YYYY-MM-DD]]"
    );
}

/// The German or the English of a phrase.
fn tr(lang: Language, de: &'static str, en: &'static str) -> &'static str {
    if lang == Language::En { en } else { de }
}

/// Text for a terminal: control characters are shown as `\u{1b}`, never
/// sent raw.
fn printable(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_control() && c != '\n' {
                format!("\\u{{{:x}}}", u32::from(c))
            } else {
                c.to_string()
            }
        })
        .collect()
}

fn today() -> NaiveDate {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    NaiveDate::from_ymd_opt(1970, 1, 1)
        .and_then(|e| e.checked_add_signed(chrono::Duration::days(days)))
        .unwrap_or(NaiveDate::MIN)
}

/// What the command line asks for.
struct Args {
    file: String,
    as_json: bool,
    lang: Language,
    body: Option<String>,
    on: Option<NaiveDate>,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Option<Args>, String> {
    let mut file = None;
    let mut a = Args {
        file: String::new(),
        as_json: false,
        lang: Language::De,
        body: None,
        on: None,
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => a.as_json = true,
            "--lang" => match args.next().as_deref() {
                Some("de") => a.lang = Language::De,
                Some("en") => a.lang = Language::En,
                _ => return Err("--lang needs de or en".into()),
            },
            "--body" => a.body = Some(args.next().ok_or("--body needs a file")?),
            "--on" => {
                let v = args.next().ok_or("--on needs a date YYYY-MM-DD")?;
                a.on = Some(
                    migrant_representation::date::parse_date(&v)
                        .map_err(|_| "--on needs a date YYYY-MM-DD".to_owned())?,
                );
            }
            "-h" | "--help" => return Ok(None),
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            _ if file.is_some() => return Err("give one election result".into()),
            _ => file = Some(arg),
        }
    }
    a.file = file.ok_or("give an election result: elect FILE.json")?;
    if a.on.is_some() && a.body.is_none() {
        return Err("--on goes with --body".into());
    }
    Ok(Some(a))
}

/// A failure: the message on the terminal, or a JSON error object.
struct Failure {
    kind: &'static str,
    detail: Value,
    text: String,
}

fn read_error(file: &str, e: &Error, lang: Language) -> Failure {
    let (kind, detail) = match e {
        Error::Syntax {
            line,
            column,
            message,
        } => (
            "syntax",
            json!({"line": line, "column": column, "message": message}),
        ),
        Error::Malformed { path, message } => {
            ("malformed", json!({"path": path, "message": message}))
        }
        Error::Invalid(vs) => ("invalid", json!({"violations": vs})),
        _ => ("malformed", json!({"message": e.to_string()})),
    };
    let text = match e {
        Error::Invalid(vs) => {
            let mut t = format!(
                "{file}: {} {}\n",
                vs.len(),
                tr(lang, "Formfehler", "structural violation(s)")
            );
            for v in vs {
                let weight = if lang == Language::En {
                    v.severity.describe(migrant_representation::Language::En)
                } else {
                    v.severity.describe(migrant_representation::Language::De)
                };
                t.push_str(&format!("  {weight} ({}): {}\n", v.path, v.message(lang)));
            }
            t
        }
        _ => format!(
            "{file}: {}: {e}\n",
            tr(
                lang,
                "kein gültiges Wahlergebnis",
                "not a valid election result"
            )
        ),
    };
    Failure { kind, detail, text }
}

fn law_error(file: &str, e: &AllocationError, lang: Language) -> Failure {
    Failure {
        kind: "allocation",
        detail: json!({"message": e.to_string()}),
        text: format!("{file}: {}\n", e.message(lang)),
    }
}

fn read(path: &str, lang: Language) -> Result<String, Failure> {
    std::fs::read_to_string(path).map_err(|e| Failure {
        kind: "unreadable",
        detail: json!({"message": e.to_string()}),
        text: format!(
            "{path}: {}: {e}\n",
            tr(lang, "Datei nicht lesbar", "cannot read the file")
        ),
    })
}

/// The allocation as JSON: the seats per list in the input's order, the
/// method and its citation, and the details.
fn allocation_json(file: &str, election: &ElectionResult, a: &Allocation) -> Value {
    json!({
        "file": file,
        "election": a.election,
        "title": election.title,
        "body": election.body,
        "election_day": a.election_day,
        "status": if a.is_determined() { "determined" } else { "lot" },
        "method": a.method,
        "method_source": a.method_source,
        "rule": a.rule,
        "citation_text": a.citation.to_string(),
        "certainty": a.certainty,
        "seats": a.seats,
        "vacant": a.vacant,
        "allocation": a.lists.iter().map(|l| json!({"list": l.name, "seats": l.seats})).collect::<Vec<_>>(),
        "lists": a.lists,
        "lot": a.lot.as_ref().map(|l| json!({"seats": l.seats, "lists": a.lot_lists()})),
    })
}

/// With `--body`: the election checked against the body, the elected as its
/// roster, and the body checked on `on`. The text, the JSON and whether a
/// finding is a violation.
fn with_body(
    path: &str,
    election: &ElectionResult,
    on: NaiveDate,
    lang: Language,
) -> Result<(String, Value, bool), Failure> {
    let text = read(path, lang)?;
    let body = RepresentationBody::from_json_str(&text).map_err(|e| read_error(path, &e, lang))?;
    let findings = body
        .check_election(election)
        .map_err(|e| law_error(path, &e, lang))?;
    let mut t = format!(
        "  {} {}:\n",
        tr(lang, "Abgleich mit", "Checked against"),
        body.official_name()
    );
    for f in &findings {
        let cit = f
            .citation_text()
            .map_or_else(String::new, |c| format!(", {c}"));
        t.push_str(&format!(
            "    {} ({}{cit}): {}\n",
            tr(lang, "Verstoß", "Violation"),
            f.path,
            f.message(lang)
        ));
    }
    if findings.is_empty() {
        t.push_str(tr(
            lang,
            "    die Sitze stimmen mit den direkt gewählten Sitzen überein\n",
            "    the seats match the directly elected seats\n",
        ));
    }
    let mut broken = !findings.is_empty();
    let mut json = json!({"findings": findings});
    match body.with_election(election) {
        Ok(seated) => match seated.check(on) {
            Ok(report) => {
                broken |= !report.is_compliant();
                let day = if lang == Language::En {
                    on.format("%Y-%m-%d").to_string()
                } else {
                    on.format("%d.%m.%Y").to_string()
                };
                t.push_str(&format!(
                    "    {} {day}: {}\n",
                    tr(lang, "mit den Gewählten am", "with the elected on"),
                    report.status.describe(lang)
                ));
                for v in report.violations.iter().chain(&report.warnings) {
                    let weight = if v.severity == Severity::Violation {
                        tr(lang, "Verstoß", "Violation")
                    } else {
                        tr(lang, "Warnung", "Warning")
                    };
                    t.push_str(&format!("      {weight}: {}\n", v.message(lang)));
                }
                json["report"] = serde_json::to_value(&report).unwrap_or(Value::Null);
            }
            Err(e) => return Err(law_text(path, e.message(lang), e.to_string())),
        },
        Err(e) => {
            broken = true;
            t.push_str(&format!("    {}\n", e.message(lang)));
            json["seating_error"] = json!(e.to_string());
        }
    }
    Ok((t, json, broken))
}

fn law_text(file: &str, text: String, message: String) -> Failure {
    Failure {
        kind: "no_law",
        detail: json!({"message": message}),
        text: format!("{file}: {text}\n"),
    }
}

fn run(a: &Args) -> Result<(String, Value, u8), Failure> {
    let text = read(&a.file, a.lang)?;
    let election =
        ElectionResult::from_json_str(&text).map_err(|e| read_error(&a.file, &e, a.lang))?;
    let allocation = election
        .allocate()
        .map_err(|e| law_error(&a.file, &e, a.lang))?;
    let mut t = format!("{}\n", election.title);
    for line in allocation.describe(a.lang).lines() {
        t.push_str("  ");
        t.push_str(line);
        t.push('\n');
    }
    t.push_str(if allocation.is_determined() {
        tr(
            a.lang,
            "  Sitzverteilung bestimmt\n",
            "  allocation determined\n",
        )
    } else {
        tr(a.lang, "  Los nötig\n", "  lot needed\n")
    });
    let mut json = allocation_json(&a.file, &election, &allocation);
    let mut status = u8::from(!allocation.is_determined());
    if let Some(body) = &a.body {
        let (bt, bj, broken) = with_body(body, &election, a.on.unwrap_or_else(today), a.lang)?;
        t.push_str(&bt);
        json["body_check"] = bj;
        status = status.max(u8::from(broken));
    }
    Ok((t, json, status))
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let wants_json = argv.iter().any(|a| a == "--json");
    let args = match parse_args(argv.into_iter()) {
        Ok(Some(a)) => a,
        Ok(None) => {
            usage();
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("{message}");
            if wants_json {
                let v = json!({"status": "error", "error": {"kind": "usage", "message": message}});
                println!("{}", serde_json::to_string_pretty(&v).unwrap_or_default());
            }
            usage();
            return ExitCode::from(2);
        }
    };
    let (out, status) = match run(&args) {
        Ok((text, json, status)) => (
            if args.as_json {
                serde_json::to_string_pretty(&json).unwrap_or_default() + "\n"
            } else {
                text
            },
            status,
        ),
        Err(f) => (
            if args.as_json {
                let v = json!({"file": args.file, "status": "error",
                               "error": {"kind": f.kind, "detail": f.detail}});
                serde_json::to_string_pretty(&v).unwrap_or_default() + "\n"
            } else {
                f.text
            },
            2,
        ),
    };
    // A closed pipe (`| head`) is not an error of the example.
    let _ = std::io::Write::write_all(&mut std::io::stdout().lock(), printable(&out).as_bytes());
    ExitCode::from(status)
}

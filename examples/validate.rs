//! Validates body documents and prints their compliance reports.
//!
//! ```text
//! cargo run --example validate -- [FILE.json ...] [--on YYYY-MM-DD] [--json]
//! ```
//!
//! Without a file it validates the bundled documents in `examples/data/`.
//! Without `--on` it checks on today's date (the example reads the clock; the
//! library never does).
//!
//! Exit status: 0 when every document is compliant, 1 when any has
//! violations (structural or legal), 2 when a file is unreadable, not a
//! document of this crate, or cannot be checked because no recorded law
//! covers it on the date.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use migrant_representation::{Document, Error, Report, Violation};
use serde_json::{Value, json};

fn usage() -> ExitCode {
    eprintln!("usage: validate [FILE.json ...] [--on YYYY-MM-DD] [--json]");
    ExitCode::from(2)
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

fn bundled() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// The outcome for one file: its JSON form, its text form and its exit status.
struct Outcome {
    json: Value,
    text: String,
    status: u8,
}

fn violation_line(v: &Violation) -> String {
    let cit = v
        .citation
        .as_ref()
        .map_or_else(String::new, |c| format!("; {c}"));
    format!(
        "  violation {} at {} [rule {}{}]: {}\n",
        v.code, v.path, v.rule, cit, v.message
    )
}

fn run(path: &Path, date: NaiveDate) -> Outcome {
    let file = path
        .strip_prefix(env!("CARGO_MANIFEST_DIR"))
        .unwrap_or(path)
        .display()
        .to_string();
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            return Outcome {
                json: json!({"file": file, "status": "error", "error": {"kind": "unreadable", "message": e.to_string()}}),
                text: format!("{file}: cannot read the file: {e}\n"),
                status: 2,
            };
        }
    };
    let doc = match Document::from_json_str(&text) {
        Ok(d) => d,
        Err(Error::Invalid(vs)) => {
            let mut t = format!("{file}: {} structural violation(s)\n", vs.len());
            for v in &vs {
                t.push_str(&violation_line(v));
            }
            return Outcome {
                json: json!({"file": file, "status": "invalid", "violations": vs}),
                text: t,
                status: 1,
            };
        }
        Err(e) => {
            let (kind, detail) = match &e {
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
                _ => ("other", json!({"message": e.to_string()})),
            };
            return Outcome {
                json: json!({"file": file, "status": "error", "error": {"kind": kind, "detail": detail}}),
                text: format!("{file}: not a valid document: {e}\n"),
                status: 2,
            };
        }
    };
    let head = format!(
        "{file}: {} ({}, id {})",
        doc.official_name(),
        doc.document_type(),
        doc.id()
    );
    match doc.check(date) {
        Err(e) => Outcome {
            json: json!({"file": file, "status": "error", "document_id": doc.id(), "error": {"kind": "no_law", "message": e.to_string()}}),
            text: format!("{head}\n  cannot check on {date}: {e}\n"),
            status: 2,
        },
        Ok(None) => Outcome {
            json: json!({"file": file, "status": "compliant", "document_id": doc.id(), "document_type": doc.document_type(), "checked_on": date, "violations": [], "notes": []}),
            text: format!(
                "{head}\n  structure valid; no compliance rules apply to this document type yet\n"
            ),
            status: 0,
        },
        Ok(Some(report)) => body_outcome(&file, &head, &doc, &report),
    }
}

fn body_outcome(file: &str, head: &str, doc: &Document, report: &Report) -> Outcome {
    let mut t = format!(
        "{head}\n  law on {}: {} ({})\n",
        report.checked_on, report.basis, report.governance
    );
    if let Document::RepresentationBody(b) = doc {
        let c = b.composition();
        t.push_str(&format!(
            "  seats: {} total, {} voting, {} filled, {} directly elected (share {})\n",
            c.total_seats(),
            c.voting_seats(),
            c.filled_seats(),
            c.elected_seats(),
            c.elected_share()
        ));
        if let Some(term) = b.term() {
            t.push_str(&format!(
                "  term: {} to {}{}; on {}: {}\n",
                term.starts_on(),
                term.ends_on(),
                if term.continues_until_successor_meets() {
                    ", then until the successor meets"
                } else {
                    ""
                },
                report.checked_on,
                <&str>::from(term.status_on(report.checked_on))
            ));
        }
    }
    for v in &report.violations {
        t.push_str(&violation_line(v));
    }
    for n in &report.notes {
        t.push_str(&format!(
            "  note [rule {}; {}]: {}\n",
            n.rule, n.citation, n.message
        ));
    }
    let compliant = report.is_compliant();
    t.push_str(if compliant {
        "  compliant\n"
    } else {
        "  NOT compliant\n"
    });
    Outcome {
        json: json!({
            "file": file,
            "status": if compliant { "compliant" } else { "violations" },
            "document_id": doc.id(),
            "document_type": doc.document_type(),
            "report": report,
        }),
        text: t,
        status: u8::from(!compliant),
    }
}

fn main() -> ExitCode {
    let mut files = Vec::new();
    let mut date = None;
    let mut as_json = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--json" => as_json = true,
            "--on" => match args.next().map(|s| s.parse::<NaiveDate>()) {
                Some(Ok(d)) => date = Some(d),
                _ => {
                    eprintln!("--on needs a date YYYY-MM-DD");
                    return usage();
                }
            },
            "-h" | "--help" => {
                usage();
                return ExitCode::SUCCESS;
            }
            s if s.starts_with("--") => {
                eprintln!("unknown option {s}");
                return usage();
            }
            _ => files.push(PathBuf::from(a)),
        }
    }
    let date = date.unwrap_or_else(today);
    let single = files.len() == 1;
    if files.is_empty() {
        files = bundled();
    }
    let outcomes: Vec<Outcome> = files.iter().map(|f| run(f, date)).collect();
    let status = outcomes
        .iter()
        .map(|o| o.status)
        .fold(0, |a, s| if s == 2 || a == 2 { 2 } else { a.max(s) });
    let mut out = String::new();
    if as_json {
        let v = if single {
            outcomes.into_iter().next().map_or(Value::Null, |o| o.json)
        } else {
            Value::Array(outcomes.into_iter().map(|o| o.json).collect())
        };
        out.push_str(&serde_json::to_string_pretty(&v).unwrap_or_default());
        out.push('\n');
    } else {
        for o in &outcomes {
            out.push_str(&o.text);
        }
    }
    // A closed pipe (`| head`) is not an error of the example.
    let _ = std::io::Write::write_all(&mut std::io::stdout().lock(), out.as_bytes());
    ExitCode::from(status)
}

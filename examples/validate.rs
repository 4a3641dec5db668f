//! Validates documents (bodies, associations, networks) and prints reports.
//!
//! ```text
//! cargo run --example validate -- [FILE.json ...] [--on YYYY-MM-DD] [--from YYYY-MM-DD --until YYYY-MM-DD] [--lang de|en] [--json]
//! cargo run --example validate -- FILE.json --format html|markdown [--lang de|en] [--on …] [--from … --until …]
//! ```
//!
//! Without a file it validates the bundled documents in `examples/data/`
//! (and `examples/data/networks/`). Without `--on` it checks on today's date
//! (the example reads the clock; the library never does). When several
//! documents are validated together, the references between them (a state
//! association's members, the federal association's members) are resolved.
//!
//! Exit status: 0 when every document is compliant, 1 when any has
//! violations (structural, legal, stage or link), 3 when none has violations
//! but a body is not in office on the date (not yet constituted, ended,
//! dissolved: lawfulness is not judged for such a day), 2 when a file is
//! unreadable, not a document of this crate, or cannot be checked because no
//! recorded law covers it on the date. The highest of 2, 1, 3, 0 wins.
//!
//! Files are read one at a time and each result is written as soon as it
//! is known, so that memory stays bounded by the largest document and the
//! index of the links between documents (`LinkIndex`), however many
//! files are given: with several files a first pass reads each document
//! for its id and references only, a second checks and writes. The text
//! output ends with a summary line ("Geprüft: N Dokumente, …"); with
//! `--json` the summary goes to standard error and standard output stays
//! JSON.
//!
//! `--format html|markdown` (feature `report`) writes the report page of
//! one body, or of the defects of a document that cannot be read.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use migrant_representation::{
    Document, Error, Finding, Language, Report,
    check::ReportStatus,
    law::{Governance, RightSource},
};
use serde_json::{Value, json};

#[path = "validate_report/cli.rs"]
mod cli;

fn usage() -> ExitCode {
    eprintln!(
        "usage: validate [FILE.json ...] [--on YYYY-MM-DD] [--from YYYY-MM-DD --until YYYY-MM-DD] [--json | --format text|json|markdown|html] [--lang de|en]"
    );
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

fn json_files(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect()
        })
        .unwrap_or_default()
}

fn bundled() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data");
    let mut files = json_files(&dir);
    files.extend(json_files(&dir.join("networks")));
    files.sort();
    files
}

/// What became of one file.
struct Outcome {
    file: String,
    doc: Option<Document>,
    json: Value,
    text: String,
    violations: Vec<Finding>,
    /// The violations are already in `text` (structural ones).
    listed: bool,
    status: u8,
}

/// The German or the English of a phrase.
fn tr(lang: Language, de: &'static str, en: &'static str) -> &'static str {
    if lang == Language::En { en } else { de }
}

/// Where a finding is, in words: by the body's labels where the document
/// was read, by its JSON where only that could be parsed.
enum Context<'a> {
    None,
    Doc(&'a Document),
    Json(&'a Value),
}

/// One finding as a line of text: its weight, its place in words, its
/// citation and its message, in `lang`. Never a JSON Pointer.
fn finding_line(v: &Finding, at: &Context<'_>, lang: Language) -> String {
    let weight = match (v.severity, lang) {
        (s, Language::En) => s.describe(migrant_representation::Language::En),
        (s, _) => s.describe(migrant_representation::Language::De),
    };
    let place = match at {
        Context::Doc(Document::RepresentationBody(b)) => v.path.describe(Some(b), lang),
        Context::Json(j) => migrant_representation::place::describe_json(&v.path, j, lang),
        _ => v.path.describe(None, lang),
    };
    let cit = v
        .citation_text()
        .map_or_else(String::new, |c| format!("; {c}"));
    format!("  {weight} ({place}{cit}): {}\n", v.message(lang))
}

fn error(file: String, kind: &str, detail: Value, text: String) -> Outcome {
    Outcome {
        json: json!({"file": file, "status": "error", "error": {"kind": kind, "detail": detail}}),
        file,
        doc: None,
        text,
        violations: Vec::new(),
        listed: false,
        status: 2,
    }
}

/// The outcome of a network: the stage its evidence supports.
fn network_outcome(
    file: String,
    head: &str,
    n: &migrant_representation::Network,
    (doc, date, lang): (Document, NaiveDate, Language),
) -> Outcome {
    let a = n.assess();
    let violations = n.stage_violations();
    let supported = a
        .supported
        .map_or(tr(lang, "keine", "none"), |s| s.describe(lang));
    let mut t = format!(
        "{head}  {}: {}; {}: {supported}\n",
        tr(lang, "angegebene Stufe", "claimed stage"),
        n.claimed_stage.describe(lang),
        tr(lang, "die Nachweise tragen", "the evidence supports"),
    );
    if let Some(next) = a.next {
        let missing: Vec<&str> = a
            .missing_for_next
            .iter()
            .map(|c| c.describe(lang))
            .collect();
        t.push_str(&format!(
            "  {} {}: {}\n",
            tr(lang, "es fehlt für die Stufe", "missing for the stage"),
            next.describe(lang),
            missing.join(" ")
        ));
    }
    let e = n.federation_eligibility();
    t.push_str(&format!(
        "  {}: {}\n",
        tr(
            lang,
            "kann dem Bundesverband beitreten",
            "may join the federal association"
        ),
        if e.eligible {
            tr(lang, "ja", "yes").to_owned()
        } else {
            let missing: Vec<&str> = e.missing.iter().map(|m| m.describe(lang)).collect();
            format!(
                "{} ({}: {})",
                tr(lang, "nein", "no"),
                tr(lang, "es fehlt", "missing"),
                missing.join(", ")
            )
        }
    ));
    let json = json!({"file": file, "document_id": n.id, "document_type": "network", "checked_on": date,
                          "assessment": a, "federation_eligibility": e});
    Outcome {
        status: u8::from(!violations.is_empty()),
        file,
        doc: Some(doc),
        json,
        text: t,
        violations,
        listed: false,
    }
}

/// The outcome of a document that breaks structural rules.
fn invalid_outcome(
    file: String,
    vs: migrant_representation::error::Defects,
    text: &str,
    lang: Language,
) -> Outcome {
    let mut t = format!(
        "{file}: {} {}\n",
        vs.len(),
        tr(lang, "Formfehler", "structural violation(s)")
    );
    // The labels of the seat groups, from the JSON that could be parsed.
    let json: Value = serde_json::from_str(text).unwrap_or(Value::Null);
    for v in &vs {
        t.push_str(&finding_line(v, &Context::Json(&json), lang));
    }
    Outcome {
        json: json!({"file": file, "status": "invalid", "violations": vs}),
        file,
        doc: None,
        text: t,
        violations: vs.into_vec(),
        listed: true,
        status: 1,
    }
}

fn run(path: &Path, date: NaiveDate, lang: Language) -> Outcome {
    let file = path
        .strip_prefix(env!("CARGO_MANIFEST_DIR"))
        .unwrap_or(path)
        .display()
        .to_string();
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            let msg = format!(
                "{file}: {}: {e}\n",
                tr(lang, "Datei nicht lesbar", "cannot read the file")
            );
            return error(file, "unreadable", json!({"message": e.to_string()}), msg);
        }
    };
    let doc = match Document::from_json_str(&text) {
        Ok(d) => d,
        Err(Error::Invalid(vs)) => return invalid_outcome(file, vs, &text, lang),
        Err(e) => {
            let detail = match &e {
                Error::Syntax {
                    line,
                    column,
                    message,
                } => json!({"line": line, "column": column, "message": message}),
                Error::Malformed { path, message } => json!({"path": path, "message": message}),
                _ => json!({"message": e.to_string()}),
            };
            let kind = if matches!(e, Error::Syntax { .. }) {
                "syntax"
            } else {
                "malformed"
            };
            let msg = format!(
                "{file}: {}: {}\n",
                tr(lang, "kein gültiges Dokument", "not a valid document"),
                e.message(lang)
            );
            return error(file, kind, detail, msg);
        }
    };
    // The file names the document; its id stays in the JSON output.
    let head = format!("{file}: {}\n", doc.official_name());
    match &doc {
        Document::Network(n) => {
            let n = n.clone();
            network_outcome(file, &head, &n, (doc, date, lang))
        }
        Document::Association(_) => Outcome {
            json: json!({"file": file, "document_id": doc.id(), "document_type": "association", "checked_on": date}),
            file,
            text: format!("{head}  {}\n", tr(lang, "Aufbau gültig", "structure valid")),
            doc: Some(doc),
            violations: Vec::new(),
            listed: false,
            status: 0,
        },
        _ => match doc.check(date) {
            Err(e) => {
                let msg = format!(
                    "{head}  {} {}: {}\n",
                    tr(lang, "nicht prüfbar am", "cannot check on"),
                    day(date, lang),
                    e.message(lang)
                );
                // The document stays in the registry: others may refer to it.
                Outcome {
                    doc: Some(doc),
                    ..error(file, "no_law", json!({"message": e.to_string()}), msg)
                }
            }
            Ok(Some(report)) => body_outcome(file, head, doc, (report, lang)),
            Ok(None) => Outcome {
                json: Value::Null,
                file,
                text: head,
                doc: Some(doc),
                violations: Vec::new(),
                listed: false,
                status: 0,
            },
        },
    }
}

fn body_outcome(
    file: String,
    head: String,
    doc: Document,
    (report, lang): (Report, Language),
) -> Outcome {
    let governance = match report.governance {
        Governance::Statute => tr(lang, "gesetzlich geregelt", "governed by statute"),
        _ => tr(lang, "nur örtlich geregelt", "governed by local law only"),
    };
    let mut t = format!(
        "{head}  {} {}: {} ({governance})\n",
        tr(lang, "Recht am", "law on"),
        day(report.checked_on, lang),
        report.basis
    );
    if let Document::RepresentationBody(b) = &doc {
        let c = report.office.as_ref().map_or_else(
            || b.composition(),
            |o| b.composition_of_term(o.checked_term()),
        );
        t.push_str(&format!(
            "  {}: {} {}, {} {}, {} {}, {} {} ({} {})\n",
            tr(lang, "Sitze", "seats"),
            c.total_seats(),
            tr(lang, "insgesamt", "in total"),
            c.voting_seats(),
            tr(lang, "stimmberechtigt", "voting"),
            c.filled_seats(),
            tr(lang, "besetzt", "filled"),
            c.elected_seats(),
            tr(lang, "direkt gewählt", "directly elected"),
            tr(lang, "Anteil", "share"),
            c.elected_share()
        ));
        if let Some(office) = &report.office {
            let n = b.terms().len();
            let which = if n > 1 {
                format!(" {} {} {n}", office.period.term + 1, tr(lang, "von", "of"))
            } else {
                String::new()
            };
            t.push_str(&format!(
                "  {}{which}: {}\n",
                tr(lang, "Amtszeit", "term"),
                office.describe(report.checked_on, lang)
            ));
        }
    }
    for f in report.warnings.iter().chain(&report.notes) {
        t.push_str(&finding_line(f, &Context::Doc(&doc), lang));
    }
    let rights = match &doc {
        Document::RepresentationBody(b) => b.rights(report.checked_on).unwrap_or_default(),
        _ => Vec::new(),
    };
    for r in &rights {
        let source = match &r.source {
            RightSource::Statute { .. } => tr(lang, "Gesetz", "statute"),
            _ => tr(lang, "Satzung oder Beschluss", "local law"),
        };
        let statement = r.statement.marked(lang);
        t.push_str(&format!(
            "  {} ({}, {source}): {statement}\n",
            tr(lang, "Recht", "right"),
            r.citation
        ));
    }
    let json = json!({"file": file, "document_id": doc.id(), "document_type": doc.document_type(), "report": report, "rights": rights});
    Outcome {
        status: match report.status {
            ReportStatus::NotCompliant => 1,
            ReportStatus::NotInOffice => 3,
            _ => 0,
        },
        violations: report.violations,
        listed: false,
        file,
        doc: Some(doc),
        json,
        text: t,
    }
}

/// Adds the verdict over `[from, until)` to the outcome of a body.
fn over_time(o: &mut Outcome, (from, until): (NaiveDate, NaiveDate), lang: Language) {
    let Some(Document::RepresentationBody(b)) = &o.doc else {
        return;
    };
    let Ok(intervals) = b.check_between(from, until) else {
        return;
    };
    let intervals: Vec<_> = intervals.collect();
    o.text.push_str(&format!(
        "  {} {} {} {}:\n",
        tr(lang, "Ergebnis vom", "verdict from"),
        day(from, lang),
        tr(lang, "bis vor dem", "until"),
        day(until, lang)
    ));
    for i in &intervals {
        o.text.push_str(&format!("    {}\n", i.describe(lang)));
    }
    if let Some(m) = o.json.as_object_mut() {
        m.insert("over_time".into(), json!(intervals));
    }
}

/// A day as people read it: 15.01.2026 in German, 2026-01-15 in English.
fn day(d: NaiveDate, lang: Language) -> String {
    if lang == Language::En {
        d.format("%Y-%m-%d").to_string()
    } else {
        d.format("%d.%m.%Y").to_string()
    }
}

/// One outcome as JSON, with its status and violations.
fn outcome_json(o: Outcome) -> Value {
    let mut j = o.json;
    if let Some(m) = j.as_object_mut() {
        m.insert("file".into(), json!(o.file));
        if o.status != 2 {
            let status = match o.status {
                0 => "compliant",
                3 => "not_in_office",
                _ => "violations",
            };
            m.entry("status").or_insert_with(|| json!(status));
            m.insert("violations".into(), json!(o.violations));
        }
    }
    j
}

/// One outcome as text: its lines, its violations and its verdict.
fn outcome_text(o: &Outcome, lang: Language) -> String {
    let mut out = o.text.clone();
    if !o.listed {
        let at = o.doc.as_ref().map_or(Context::None, Context::Doc);
        for v in &o.violations {
            out.push_str(&finding_line(v, &at, lang));
        }
    }
    // Networks and associations are checked against a model and their
    // links, not against a law: their verdict does not say "lawful".
    let organisation = matches!(o.doc, Some(Document::Network(_) | Document::Association(_)));
    match (o.status, organisation) {
        (0, false) => out.push_str(tr(lang, "  rechtmäßig\n", "  compliant\n")),
        (1, false) => out.push_str(tr(lang, "  NICHT rechtmäßig\n", "  NOT compliant\n")),
        (0, true) => out.push_str(tr(
            lang,
            "  stimmig: nichts zu beanstanden\n",
            "  consistent: nothing to object to\n",
        )),
        (1, true) => out.push_str(tr(lang, "  NICHT stimmig\n", "  NOT consistent\n")),
        (3, _) => out.push_str(tr(
            lang,
            "  nicht im Amt: für diesen Tag wird die Rechtmäßigkeit nicht beurteilt\n",
            "  not in office: lawfulness is not judged for this day\n",
        )),
        _ => {}
    }
    out
}

/// Text for a terminal: control characters in names and messages (an ANSI
/// escape sequence in a document) are shown as `\u{1b}`, never sent raw.
fn printable(s: &str) -> String {
    use migrant_representation::limits::is_invisible;
    // Controls, and every invisible character that is not white space
    // (bidirectional controls, zero-width and format characters, fillers),
    // are shown as escapes: printed raw they would reorder or hide text.
    s.chars()
        .map(|c| {
            if c != '\n' && (c.is_control() || (is_invisible(c) && !c.is_whitespace())) {
                format!("\\u{{{:x}}}", u32::from(c))
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// What the command line asks for.
struct Args {
    files: Vec<PathBuf>,
    date: Option<NaiveDate>,
    period: (Option<NaiveDate>, Option<NaiveDate>),
    as_json: bool,
    format: Option<String>,
    lang: Language,
}

/// The value after an option, or what is wrong.
fn value_of(args: &mut impl Iterator<Item = String>, what: &str) -> Result<String, String> {
    args.next().ok_or_else(|| format!("{what} needs a value"))
}

fn date_of(args: &mut impl Iterator<Item = String>, option: &str) -> Result<NaiveDate, String> {
    let v = value_of(args, option)?;
    migrant_representation::date::parse_date(&v)
        .map_err(|_| format!("{option} needs a date YYYY-MM-DD"))
}

/// Reads the command line; `Ok(None)` for `--help`.
fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Option<Args>, String> {
    let mut a = Args {
        files: Vec::new(),
        date: None,
        period: (None, None),
        as_json: false,
        format: None,
        lang: Language::De,
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => a.as_json = true,
            "--format" => match value_of(&mut args, "--format")?.as_str() {
                "json" => a.as_json = true,
                "text" => {}
                f @ ("html" | "markdown") => a.format = Some(f.to_owned()),
                _ => return Err("--format needs text, json, markdown or html".into()),
            },
            "--lang" => match value_of(&mut args, "--lang")?.as_str() {
                "de" => a.lang = Language::De,
                "en" => a.lang = Language::En,
                _ => return Err("--lang needs de or en".into()),
            },
            "--on" => a.date = Some(date_of(&mut args, "--on")?),
            "--from" => a.period.0 = Some(date_of(&mut args, "--from")?),
            "--until" => a.period.1 = Some(date_of(&mut args, "--until")?),
            "-h" | "--help" => return Ok(None),
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            _ => a.files.push(PathBuf::from(arg)),
        }
    }
    match a.period {
        (Some(from), Some(until)) if until <= from => {
            Err(migrant_representation::check::PeriodError::Empty { from, until }.message(a.lang))
        }
        (Some(_), None) | (None, Some(_)) => Err("--from and --until go together".into()),
        _ => Ok(Some(a)),
    }
}

/// A command line that cannot be read: the usage on standard error and,
/// when JSON was asked for, a JSON error object on standard output.
fn bad_args(message: &str, as_json: bool) -> ExitCode {
    eprintln!("{message}");
    if as_json {
        let v = json!({"status": "error", "error": {"kind": "usage", "message": message}});
        println!("{}", serde_json::to_string_pretty(&v).unwrap_or_default());
    }
    usage()
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let wants_json = argv
        .windows(2)
        .any(|w| w[0] == "--format" && w[1] == "json")
        || argv.iter().any(|a| a == "--json");
    let Args {
        mut files,
        date,
        period,
        as_json,
        format,
        lang,
    } = match parse_args(argv.into_iter()) {
        Ok(Some(a)) => a,
        Ok(None) => {
            usage();
            return ExitCode::SUCCESS;
        }
        Err(e) => return bad_args(&e, wants_json),
    };
    let date = date.unwrap_or_else(today);
    if let Some(f) = &format {
        return cli::report_page(&files, date, period, (f, lang));
    }
    let single = files.len() == 1;
    if files.is_empty() {
        files = bundled();
    }
    // Links are resolved among documents read together.
    let mut links = if files.len() > 1 {
        cli::links(&files)
    } else {
        cli::Links::default()
    };
    let mut summary = cli::Summary::default();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if as_json && !single {
        cli::write(&mut out, "[\n");
    }
    for (k, f) in files.iter().enumerate() {
        let mut o = run(f, date, lang);
        if let (Some(from), Some(until)) = period {
            over_time(&mut o, (from, until), lang);
        }
        let broken = links.take(k);
        if !broken.is_empty() {
            o.status = o.status.max(1);
            o.violations.extend(broken);
        }
        summary.add(o.status, o.doc.is_some());
        // A closed pipe (`| head`) is not an error of the example.
        if as_json {
            let j = outcome_json(o);
            let text = serde_json::to_string_pretty(&j).unwrap_or_default();
            if single {
                cli::write(&mut out, &printable(&(text + "\n")));
            } else {
                let sep = if k + 1 < files.len() { ",\n" } else { "\n" };
                cli::write(&mut out, &printable(&(cli::indent(&text) + sep)));
            }
        } else {
            cli::write(&mut out, &printable(&outcome_text(&o, lang)));
        }
    }
    if as_json && !single {
        cli::write(&mut out, "]\n");
    }
    if as_json {
        drop(out);
        eprintln!("{}", summary.line(lang));
    } else {
        cli::write(&mut out, &(summary.line(lang) + "\n"));
    }
    ExitCode::from(summary.status())
}

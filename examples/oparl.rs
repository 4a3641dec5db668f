//! Exports a document as OParl 1.1 objects, or imports what a council
//! information system published.
//!
//! ```text
//! cargo run --features oparl --example oparl -- FILE.json [--base URL] [--body URL] [--counts]
//! cargo run --features oparl --example oparl -- --import FILE.json... [--land XX] [--json] [--lang de|en]
//! ```
//!
//! Export prints a body's Organization, Memberships and LegislativeTerm, or
//! the Organization of an association or network.
//!
//! Import reads single OParl objects and list pages (Bodies, Organizations,
//! Memberships, Persons with embedded Memberships) and prints each
//! Organization with its roles, the body type it inferred, the documents
//! the crate's vendor keys carried, and every note: what it could not map,
//! what it inferred, what it read from an irregular shape. German by
//! default; `--json` prints the same as data, with each note in German and
//! English.

use std::collections::BTreeMap;
use std::process::ExitCode;

use migrant_representation::oparl::{
    ExportOptions, ImportBatch, ImportNote, ImportNoteKind, ImportOptions, Imported,
    export_document, import_all,
};
use migrant_representation::{Document, Land, Language, body::Role};
use serde_json::{Value, json};

fn main() -> ExitCode {
    let mut files = Vec::new();
    let mut options = ExportOptions::new("https://ris.example.org/oparl");
    let mut import = false;
    let mut land = None;
    let mut as_json = false;
    let mut lang = Language::De;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--base" => match args.next() {
                Some(b) => options.base_url = b,
                None => return usage(),
            },
            "--body" => options.body_url = args.next(),
            "--counts" => options.include_counts = true,
            "--import" => import = true,
            "--json" => as_json = true,
            "--land" => match args.next().and_then(|l| l.parse::<Land>().ok()) {
                Some(l) => land = Some(l),
                None => return usage(),
            },
            "--lang" => match args.next().and_then(|l| l.parse::<Language>().ok()) {
                Some(l) => lang = l,
                None => return usage(),
            },
            s if s.starts_with("--") => return usage(),
            _ => files.push(a),
        }
    }
    if import {
        return run_import(&files, land, as_json, lang);
    }
    let [file] = files.as_slice() else {
        return usage();
    };
    let text = match std::fs::read_to_string(file) {
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
        "legislativeTerms": out.legislative_terms,
    });
    print(&(serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"));
    ExitCode::SUCCESS
}

/// Writes to stdout; a closed pipe (`| head`) is not an error of the example.
fn print(text: &str) {
    let _ = std::io::Write::write_all(&mut std::io::stdout().lock(), text.as_bytes());
}

fn usage() -> ExitCode {
    eprintln!(
        "usage: oparl FILE.json [--base URL] [--body URL] [--counts]\n       \
         oparl --import FILE.json... [--land XX] [--json] [--lang de|en]"
    );
    ExitCode::from(2)
}

fn run_import(files: &[String], land: Option<Land>, as_json: bool, lang: Language) -> ExitCode {
    if files.is_empty() {
        return usage();
    }
    let mut values = Vec::new();
    for file in files {
        let text = match std::fs::read_to_string(file) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{file}: cannot read the file: {e}");
                return ExitCode::from(2);
            }
        };
        match serde_json::from_str::<Value>(&text) {
            Ok(v) => values.push(v),
            Err(e) => {
                eprintln!(
                    "{file}: not JSON (line {}, column {})",
                    e.line(),
                    e.column()
                );
                return ExitCode::from(2);
            }
        }
    }
    let mut options = ImportOptions::new();
    options.land = land;
    let batch = import_all(&values, &options);
    if as_json {
        print(
            &(serde_json::to_string_pretty(&batch_json(&batch, files)).unwrap_or_default() + "\n"),
        );
    } else {
        print(&batch_text(&batch, files, lang));
    }
    ExitCode::SUCCESS
}

fn note_json(n: &ImportNote, files: &[String]) -> Value {
    let (file, path) = split(n, files);
    json!({
        "file": file,
        "path": path,
        "kind": match n.kind() {
            ImportNoteKind::Inferred => "inferred",
            ImportNoteKind::Accepted => "accepted",
            _ => "unmapped",
        },
        "message": {"de": n.message(Language::De), "en": n.message(Language::En)},
    })
}

/// The file a note's pointer starts in (`/2/…` is the third file), and the
/// pointer inside it.
fn split<'f>(n: &ImportNote, files: &'f [String]) -> (&'f str, String) {
    let p = n.path.as_str();
    let rest = p.strip_prefix('/').unwrap_or(p);
    let (head, tail) = rest.split_once('/').unwrap_or((rest, ""));
    match head.parse::<usize>().ok().and_then(|i| files.get(i)) {
        Some(f) => (f.as_str(), format!("/{tail}").replace("//", "/")),
        None => ("", p.to_owned()),
    }
}

fn organization_json(o: &Imported, files: &[String]) -> Value {
    let document = o
        .document
        .clone()
        .or_else(|| o.body.clone().map(Document::RepresentationBody))
        .and_then(|d| d.to_json_value().ok());
    json!({
        "id": o.id,
        "name": o.name,
        "land": o.land,
        "body_type": o.body_type,
        "memberships": o.memberships.iter().map(|m| json!({
            "id": m.id,
            "role_as_published": m.role,
            "voting_right": m.voting_right,
            "membership": m.membership,
        })).collect::<Vec<_>>(),
        "document": document,
        "notes": o.notes.iter().map(|n| note_json(n, files)).collect::<Vec<_>>(),
    })
}

fn batch_json(batch: &ImportBatch, files: &[String]) -> Value {
    json!({
        "bodies": batch.bodies.iter().map(|b| json!({
            "id": b.id,
            "name": b.name,
            "ags": b.ags,
            "land": b.land(),
            "notes": b.notes.iter().map(|n| note_json(n, files)).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "organizations": batch.organizations.iter().map(|o| organization_json(o, files)).collect::<Vec<_>>(),
        "notes": batch.notes.iter().map(|n| note_json(n, files)).collect::<Vec<_>>(),
    })
}

fn tr(lang: Language, de: &'static str, en: &'static str) -> &'static str {
    if lang == Language::En { en } else { de }
}

fn role_name(r: Role, lang: Language) -> &'static str {
    match r {
        Role::Chair => tr(lang, "Vorsitz", "chair"),
        Role::DeputyChair => tr(lang, "stellvertretender Vorsitz", "deputy chair"),
        Role::Substitute => tr(lang, "persönliche Stellvertretung", "substitute"),
        _ => tr(lang, "Mitglied", "member"),
    }
}

/// The notes grouped by kind and message, each with its count and the
/// place of the first.
fn notes_text(notes: &[ImportNote], files: &[String], lang: Language, out: &mut String) {
    notes_text_with(notes, files, lang, true, out);
}

fn notes_text_with(
    notes: &[ImportNote],
    files: &[String],
    lang: Language,
    with_kind: bool,
    out: &mut String,
) {
    let mut groups: BTreeMap<(u8, String), (usize, String)> = BTreeMap::new();
    for n in notes {
        let rank = match n.kind() {
            ImportNoteKind::Unmapped => 0,
            ImportNoteKind::Inferred => 1,
            _ => 2,
        };
        let (file, path) = split(n, files);
        let place = if file.is_empty() {
            path
        } else {
            format!("{file}#{path}")
        };
        let e = groups.entry((rank, n.message(lang))).or_insert((0, place));
        e.0 += 1;
    }
    for ((rank, message), (count, place)) in groups {
        let kind = [
            ImportNoteKind::Unmapped,
            ImportNoteKind::Inferred,
            ImportNoteKind::Accepted,
        ][usize::from(rank)];
        let label = match (with_kind, lang) {
            (false, _) => String::new(),
            (true, Language::En) => {
                format!("{}: ", kind.describe(migrant_representation::Language::En))
            }
            (true, _) => format!("{}: ", kind.describe(migrant_representation::Language::De)),
        };
        let times = if count > 1 {
            format!("{count}× ")
        } else {
            String::new()
        };
        let first = if count > 1 {
            tr(lang, "zuerst bei", "first at")
        } else {
            tr(lang, "bei", "at")
        };
        out.push_str(&format!("    {times}{label}{message} ({first} {place})\n"));
    }
}

fn batch_text(batch: &ImportBatch, files: &[String], lang: Language) -> String {
    let mut out = String::new();
    for b in &batch.bodies {
        let ags = b.ags.as_ref().map_or("–", |a| a.as_str());
        let land = b.land().map_or("–", Land::official_name);
        out.push_str(&format!(
            "{}: {} (AGS {ags}, {land})\n",
            tr(lang, "Körperschaft", "Body"),
            b.name.as_deref().unwrap_or("–")
        ));
        notes_text(&b.notes, files, lang, &mut out);
    }
    for o in &batch.organizations {
        let (open, close) = if lang == Language::En {
            ("“", "”")
        } else {
            ("„", "“")
        };
        out.push_str(&format!(
            "\n{} {open}{}{close}: {} {}\n",
            tr(lang, "Organisation", "Organization"),
            o.name.as_deref().unwrap_or("–"),
            o.memberships.len(),
            tr(lang, "Mitgliedschaften", "memberships"),
        ));
        let kind = o
            .body_type
            .map_or(tr(lang, "nicht bestimmt", "not determined"), |t| {
                t.describe(migrant_representation::Language::De)
            });
        out.push_str(&format!("  {}: {kind}\n", tr(lang, "Art", "Type")));
        let mut roles: BTreeMap<&str, usize> = BTreeMap::new();
        for m in &o.memberships {
            *roles.entry(role_name(m.membership.role, lang)).or_default() += 1;
        }
        if !roles.is_empty() {
            let list: Vec<String> = roles.iter().map(|(r, n)| format!("{n}× {r}")).collect();
            out.push_str(&format!(
                "  {}: {}\n",
                tr(lang, "Rollen", "Roles"),
                list.join(", ")
            ));
        }
        if o.body.is_some() || o.document.is_some() {
            out.push_str(&format!(
                "  {}\n",
                tr(
                    lang,
                    "Dokument: vollständig aus den Zusatzfeldern der Bibliothek gelesen (mit --json ausgegeben)",
                    "Document: read whole from the library's vendor keys (printed with --json)"
                )
            ));
        }
        notes_text(&o.notes, files, lang, &mut out);
    }
    if !batch.notes.is_empty() {
        out.push_str(&format!(
            "\n{}\n",
            tr(lang, "Weitere Hinweise:", "Further notes:")
        ));
        notes_text_with(&batch.notes, files, lang, false, &mut out);
    }
    out
}

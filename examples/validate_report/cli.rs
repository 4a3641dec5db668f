//! The command-line parts of the validate example: the report page of one
//! document (written by the library's `render` module, feature `report`),
//! the first pass that collects the links between documents, the summary
//! line, and writing to standard output.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use migrant_representation::{Document, Finding, Language, LinkIndex};

/// Writes `s`; a closed pipe (`| head`) is not an error of the example.
pub(crate) fn write(out: &mut impl std::io::Write, s: &str) {
    let _ = out.write_all(s.as_bytes());
}

/// Pretty JSON indented by two spaces, as an element of an array.
pub(crate) fn indent(text: &str) -> String {
    text.lines()
        .map(|l| format!("  {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The broken links of the documents read together, by file position.
#[derive(Default)]
pub(crate) struct Links(HashMap<usize, Vec<Finding>>);

impl Links {
    /// The broken links of the `k`-th file (once).
    pub(crate) fn take(&mut self, k: usize) -> Vec<Finding> {
        self.0.remove(&k).unwrap_or_default()
    }
}

/// The first pass: each file is read for what its links need and let go;
/// the links are then resolved from the compact index alone.
pub(crate) fn links(files: &[PathBuf]) -> Links {
    let mut index = LinkIndex::new();
    // The file of each document in the index.
    let mut file_of: Vec<usize> = Vec::new();
    for (k, f) in files.iter().enumerate() {
        let Ok(text) = std::fs::read_to_string(f) else {
            continue;
        };
        if let Ok(doc) = Document::from_json_str(&text) {
            index.push(&doc);
            file_of.push(k);
        }
    }
    let mut by_file: HashMap<usize, Vec<Finding>> = HashMap::new();
    for (i, v) in index.link_violations_by_document() {
        if let Some(&k) = file_of.get(i) {
            by_file.entry(k).or_default().push(v);
        }
    }
    Links(by_file)
}

/// What the run found, counted for the summary line and the exit status.
#[derive(Default)]
pub(crate) struct Summary {
    documents: usize,
    violations: usize,
    unreadable: usize,
    unchecked: usize,
    not_in_office: usize,
    status: u8,
}

impl Summary {
    /// Counts one outcome: its status and whether it was read.
    pub(crate) fn add(&mut self, status: u8, read: bool) {
        self.documents += 1;
        match (status, read) {
            (1, _) => self.violations += 1,
            (2, false) => self.unreadable += 1,
            (2, true) => self.unchecked += 1,
            (3, _) => self.not_in_office += 1,
            _ => {}
        }
        // 2 (cannot check) over 1 (violations) over 3 (not in office) over 0.
        let rank = |s: u8| match s {
            2 => 3,
            1 => 2,
            3 => 1,
            _ => 0,
        };
        if rank(status) > rank(self.status) {
            self.status = status;
        }
    }

    /// The exit status: the highest of 2, 1, 3, 0.
    pub(crate) fn status(&self) -> u8 {
        self.status
    }

    /// "Geprüft: 31 Dokumente, davon 2 mit Verstößen, 1 nicht lesbar".
    pub(crate) fn line(&self, lang: Language) -> String {
        let en = lang == Language::En;
        let mut s = match (en, self.documents) {
            (false, 1) => "Geprüft: 1 Dokument".to_owned(),
            (false, n) => format!("Geprüft: {n} Dokumente"),
            (true, 1) => "Checked: 1 document".to_owned(),
            (true, n) => format!("Checked: {n} documents"),
        };
        s.push_str(&if en {
            format!(
                ", {} with violations, {} unreadable",
                self.violations, self.unreadable
            )
        } else {
            format!(
                ", davon {} mit Verstößen, {} nicht lesbar",
                self.violations, self.unreadable
            )
        });
        if self.unchecked > 0 {
            s.push_str(&if en {
                format!(", {} not checkable (no law recorded)", self.unchecked)
            } else {
                format!(", {} nicht prüfbar (kein Recht erfasst)", self.unchecked)
            });
        }
        if self.not_in_office > 0 {
            s.push_str(&if en {
                format!(", {} not in office", self.not_in_office)
            } else {
                format!(", {} nicht im Amt", self.not_in_office)
            });
        }
        s
    }
}

/// `--format html|markdown`: the report page of one body, or the page of
/// the defects of a document that cannot be read.
#[cfg(feature = "report")]
pub(crate) fn report_page(
    files: &[PathBuf],
    date: NaiveDate,
    period: (Option<NaiveDate>, Option<NaiveDate>),
    (format, lang): (&str, Language),
) -> ExitCode {
    use migrant_representation::render::{ErrorPage, NetworkPage, Page};
    let [file] = files else {
        eprintln!("--format {format} writes the report of one body: give one file");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{}: {e}", file.display());
            return ExitCode::from(2);
        }
    };
    let html = format == "html";
    let out = |s: String| write(&mut std::io::stdout().lock(), &s);
    let body = match Document::from_json_str(&text) {
        Ok(Document::RepresentationBody(b)) => b,
        Ok(Document::Network(n)) => {
            let page = NetworkPage::new(&n, lang);
            out(if html { page.html() } else { page.markdown() });
            return ExitCode::from(u8::from(!n.stage_violations().is_empty()));
        }
        Ok(_) => {
            eprintln!("--format {format} is for representation bodies and networks");
            return ExitCode::from(2);
        }
        Err(e) => {
            // The defects in words, naming the groups by their labels.
            let json: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
            let name = file_name(file);
            let page = ErrorPage::new(&name, &e, lang).document(&json);
            out(if html { page.html() } else { page.markdown() });
            return ExitCode::from(if e.defects().is_empty() { 2 } else { 1 });
        }
    };
    let report = match body.check(date) {
        Ok(r) => r,
        Err(e) => {
            // Read, but no law covers the day: the page says why.
            let err = migrant_representation::Error::from(e);
            let name = file_name(file);
            let page = ErrorPage::new(&name, &err, lang);
            out(if html { page.html() } else { page.markdown() });
            return ExitCode::from(2);
        }
    };
    let over_time: Vec<_> = match period {
        (Some(from), Some(until)) => match body.check_between(from, until) {
            Ok(it) => it.collect(),
            Err(e) => {
                eprintln!("{}", e.message(lang));
                return ExitCode::from(2);
            }
        },
        _ => Vec::new(),
    };
    let page = Page::new(&body, &report, lang).over_time(&over_time);
    out(if html { page.html() } else { page.markdown() });
    ExitCode::from(u8::from(!report.is_compliant()))
}

/// Without the feature `report` there is no page to write.
#[cfg(not(feature = "report"))]
pub(crate) fn report_page(
    _files: &[PathBuf],
    _date: NaiveDate,
    _period: (Option<NaiveDate>, Option<NaiveDate>),
    (format, _lang): (&str, Language),
) -> ExitCode {
    eprintln!(
        "--format {format} needs the feature `report`: cargo run --features report --example validate -- …"
    );
    ExitCode::from(2)
}

/// The file's name without its folders.
#[cfg(feature = "report")]
fn file_name(p: &Path) -> String {
    p.file_name().map_or_else(
        || p.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

#[cfg(not(feature = "report"))]
#[allow(dead_code)]
fn file_name(p: &Path) -> String {
    p.display().to_string()
}

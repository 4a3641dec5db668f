//! The HTML and Markdown reports of the validate example: one body, its
//! seat chart, its verdict with citations, the rules applied, its rights
//! and, when asked, the verdict over time. Deterministic output.

use chrono::NaiveDate;
use migrant_representation::{
    Finding, Language, Law, Report, RepresentationBody,
    body::{ChartOptions, LegalBasis},
    check::Interval,
    law::RightSource,
};

/// The words of the reports.
pub(crate) struct Words {
    pub(crate) report: &'static str,
    pub(crate) body_type: &'static str,
    pub(crate) land: &'static str,
    pub(crate) level: &'static str,
    pub(crate) basis: &'static str,
    pub(crate) term: &'static str,
    pub(crate) checked_on: &'static str,
    pub(crate) seats: &'static str,
    pub(crate) group: &'static str,
    pub(crate) count: &'static str,
    pub(crate) vote: &'static str,
    pub(crate) voting: &'static str,
    pub(crate) advisory: &'static str,
    pub(crate) verdict: &'static str,
    pub(crate) compliant: &'static str,
    pub(crate) not_compliant: &'static str,
    pub(crate) violations: &'static str,
    pub(crate) warnings: &'static str,
    pub(crate) notes: &'static str,
    pub(crate) rules: &'static str,
    pub(crate) valid: &'static str,
    pub(crate) rights: &'static str,
    pub(crate) statute: &'static str,
    pub(crate) local: &'static str,
    pub(crate) over_time: &'static str,
    pub(crate) at: &'static str,
}

pub(crate) const DE: Words = Words {
    report: "Prüfbericht",
    body_type: "Gremium",
    land: "Land",
    level: "Ebene",
    basis: "Rechtsgrundlage",
    term: "Amtszeit",
    checked_on: "Geprüft für den",
    seats: "Sitzverteilung",
    group: "Gruppe",
    count: "Sitze",
    vote: "Stimmrecht",
    voting: "stimmberechtigt",
    advisory: "beratend",
    verdict: "Ergebnis",
    compliant: "Keine Verstöße gegen Muss-Vorschriften.",
    not_compliant: "Verstöße gegen Muss-Vorschriften:",
    violations: "Verstöße",
    warnings: "Hinweise zu Soll-Vorschriften",
    notes: "Nicht geprüft oder nicht gesichert",
    rules: "Angewandte Vorschriften",
    valid: "gilt",
    rights: "Beteiligungsrechte",
    statute: "Gesetz",
    local: "Satzung oder Beschluss",
    over_time: "Ergebnis im Zeitverlauf",
    at: "Stelle im Dokument",
};

pub(crate) const EN: Words = Words {
    report: "Compliance report",
    body_type: "Body",
    land: "Land",
    level: "Level",
    basis: "Legal basis",
    term: "Term",
    checked_on: "Checked for",
    seats: "Seats",
    group: "VoterGroup",
    count: "Seats",
    vote: "Vote",
    voting: "voting",
    advisory: "advisory",
    verdict: "Verdict",
    compliant: "No binding (muss) rule is broken.",
    not_compliant: "Binding (muss) rules broken:",
    violations: "Violations",
    warnings: "Soll rules not met",
    notes: "Not checked or not verified",
    rules: "Rules applied",
    valid: "in force",
    rights: "Participation rights",
    statute: "statute",
    local: "Satzung or resolution",
    over_time: "Verdict over time",
    at: "place in the document",
};

pub(crate) fn words(lang: Language) -> &'static Words {
    match lang {
        Language::En => &EN,
        _ => &DE,
    }
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Markdown: escapes the characters that would start markup.
fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn date(d: NaiveDate, lang: Language) -> String {
    match lang {
        Language::En => d.format("%Y-%m-%d").to_string(),
        _ => d.format("%d.%m.%Y").to_string(),
    }
}

fn level(l: migrant_representation::Level, lang: Language) -> &'static str {
    use migrant_representation::Level;
    match (l, lang) {
        (Level::Municipality, Language::En) => "municipality",
        (Level::County, Language::En) => "county",
        (Level::Borough, Language::En) => "district",
        (Level::State, Language::En) => "Land",
        (Level::MunicipalAssociation, Language::En) => "association of municipalities",
        (Level::MunicipalAssociation, _) => "Verbandsgemeinde",
        (Level::Municipality, _) => "Gemeinde",
        (Level::County, _) => "Kreis",
        (Level::Borough, _) => "Bezirk",
        (Level::State, _) => "Land",
        _ => "",
    }
}

/// A validity in words: "seit 31.12.2013", "31.12.2013 bis 28.12.2018".
fn validity(v: migrant_representation::Validity, lang: Language) -> String {
    let last = v.until.and_then(|u| u.pred_opt());
    match (v.from, last, lang) {
        (Some(f), None, Language::En) => format!("since {}", date(f, lang)),
        (Some(f), None, _) => format!("seit {}", date(f, lang)),
        (Some(f), Some(l), Language::En) => format!("{} to {}", date(f, lang), date(l, lang)),
        (Some(f), Some(l), _) => format!("{} bis {}", date(f, lang), date(l, lang)),
        (None, Some(l), Language::En) => format!("until {}", date(l, lang)),
        (None, Some(l), _) => format!("bis {}", date(l, lang)),
        (None, None, Language::En) => "always".to_owned(),
        (None, None, _) => "stets".to_owned(),
    }
}

fn basis(b: &LegalBasis) -> String {
    match b {
        LegalBasis::Statute { citation } => citation.to_string(),
        LegalBasis::Satzung { title, .. }
        | LegalBasis::CouncilResolution { title, .. }
        | LegalBasis::AdministrativeDecision { title, .. } => title.clone(),
        _ => String::new(),
    }
}

/// What a report shows, gathered once for both formats.
pub(crate) struct Content<'a> {
    pub(crate) body: &'a RepresentationBody,
    pub(crate) report: &'a Report,
    pub(crate) over_time: Vec<Interval>,
    pub(crate) lang: Language,
}

fn facts(c: &Content<'_>) -> Vec<(&'static str, String)> {
    let w = words(c.lang);
    let b = c.body;
    let j = b.jurisdiction();
    let mut out = vec![
        (
            w.body_type,
            b.body_type()
                .describe(migrant_representation::Language::De)
                .to_owned(),
        ),
        (w.land, j.land.official_name().to_owned()),
        (w.level, format!("{} ({})", j.area, level(j.level, c.lang))),
        (w.basis, basis(b.legal_basis())),
    ];
    if let Some(office) = &c.report.office {
        out.push((w.term, office.describe(c.report.checked_on, c.lang)));
    }
    out.push((w.checked_on, date(c.report.checked_on, c.lang)));
    out
}

fn finding(v: &Finding, lang: Language) -> (String, String) {
    (v.message(lang), v.citation_text().unwrap_or_default())
}

/// The statutory rules in force on the date, as (statement, citation, validity).
fn rules(c: &Content<'_>) -> Vec<(String, String, String)> {
    let b = c.body;
    let j = b.jurisdiction();
    let Ok(regime) = Law::builtin().regime(j.land, b.body_type(), j.level, c.report.checked_on)
    else {
        return Vec::new();
    };
    regime
        .rules
        .iter()
        .filter(|r| r.validity.contains(c.report.checked_on))
        .map(|r| {
            let text = if c.lang == Language::En {
                r.statement.en.to_string()
            } else {
                r.statement.de.to_string()
            };
            (text, r.citation.to_string(), validity(r.validity, c.lang))
        })
        .collect()
}

fn rights(c: &Content<'_>) -> Vec<(String, String, String)> {
    let w = words(c.lang);
    c.body
        .rights(c.report.checked_on)
        .unwrap_or_default()
        .into_iter()
        .map(|r| {
            let text = r.statement.describe(c.lang).to_owned();
            let source = match r.source {
                RightSource::Statute { .. } => w.statute,
                _ => w.local,
            };
            (text, r.citation.to_string(), source.to_owned())
        })
        .collect()
}

fn interval_text(i: &Interval, lang: Language) -> String {
    i.describe(lang)
}

/// The report as Markdown.
pub(crate) fn markdown(c: &Content<'_>) -> String {
    let w = words(c.lang);
    let b = c.body;
    let mut s = format!("# {}: {}\n\n", w.report, md(b.official_name()));
    for (k, v) in facts(c) {
        s.push_str(&format!("- **{k}:** {}\n", md(&v)));
    }
    s.push_str(&format!(
        "\n## {}\n\n| {} | {} | {} |\n|---|---:|---|\n",
        w.seats, w.group, w.count, w.vote
    ));
    for g in b.composition().seat_groups() {
        let vote = if g.voting() == migrant_representation::body::VotingRight::Voting {
            w.voting
        } else {
            w.advisory
        };
        s.push_str(&format!("| {} | {} | {vote} |\n", md(g.label()), g.seats()));
    }
    s.push_str(&format!("\n## {}\n\n", w.verdict));
    if c.report.is_compliant() {
        s.push_str(w.compliant);
        s.push('\n');
    } else {
        s.push_str(w.not_compliant);
        s.push('\n');
    }
    for (title, list) in [
        (w.violations, &c.report.violations),
        (w.warnings, &c.report.warnings),
    ] {
        if list.is_empty() {
            continue;
        }
        s.push_str(&format!("\n### {title}\n\n"));
        for v in list {
            let (text, cit) = finding(v, c.lang);
            s.push_str(&format!(
                "- {} ({}; {}: `{}`)\n",
                md(&text),
                md(&cit),
                w.at,
                v.path
            ));
        }
    }
    if !c.report.notes.is_empty() {
        s.push_str(&format!("\n### {}\n\n", w.notes));
        for n in &c.report.notes {
            s.push_str(&format!(
                "- {} ({})\n",
                md(&n.message(c.lang)),
                md(&n.citation_text().unwrap_or_default())
            ));
        }
    }
    s.push_str(&format!("\n## {}\n\n", w.rules));
    for (text, cit, valid) in rules(c) {
        s.push_str(&format!("- {} ({cit}; {} {valid})\n", md(&text), w.valid));
    }
    let rights = rights(c);
    if !rights.is_empty() {
        s.push_str(&format!("\n## {}\n\n", w.rights));
        for (text, cit, source) in rights {
            s.push_str(&format!("- {} ({}; {source})\n", md(&text), md(&cit)));
        }
    }
    if !c.over_time.is_empty() {
        s.push_str(&format!("\n## {}\n\n", w.over_time));
        for i in &c.over_time {
            s.push_str(&format!("- {}\n", md(&interval_text(i, c.lang))));
        }
    }
    s
}

/// The findings of the HTML report: violations, warnings, notes.
fn html_findings(c: &Content<'_>) -> String {
    let w = words(c.lang);
    let mut s = String::new();
    for (title, list) in [
        (w.violations, &c.report.violations),
        (w.warnings, &c.report.warnings),
    ] {
        if list.is_empty() {
            continue;
        }
        s.push_str(&format!("<h3>{title}</h3>\n<ul>\n"));
        for v in list {
            let (text, cit) = finding(v, c.lang);
            s.push_str(&format!(
                "<li>{} <span class=\"cit\">({}; {}: <code>{}</code>)</span></li>\n",
                esc(&text),
                esc(&cit),
                w.at,
                esc(v.path.as_str())
            ));
        }
        s.push_str("</ul>\n");
    }
    if !c.report.notes.is_empty() {
        s.push_str(&format!("<h3>{}</h3>\n<ul>\n", w.notes));
        for n in &c.report.notes {
            s.push_str(&format!(
                "<li>{} <span class=\"cit\">({})</span></li>\n",
                esc(&n.message(c.lang)),
                esc(&n.citation_text().unwrap_or_default())
            ));
        }
        s.push_str("</ul>\n");
    }
    s
}

/// The report as one self-contained HTML page (no external assets, no
/// JavaScript), readable on a phone and in print.
pub(crate) fn html(c: &Content<'_>) -> String {
    let w = words(c.lang);
    let b = c.body;
    let lang = if c.lang == Language::En { "en" } else { "de" };
    let mut s = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}: {}</title>\n<style>\n\
         body{{font-family:system-ui,sans-serif;max-width:46rem;margin:0 auto;padding:1rem;line-height:1.45;color:#111}}\n\
         h1{{font-size:1.5rem}} h2{{font-size:1.2rem;margin-top:1.6rem;border-bottom:1px solid #ccc}}\n\
         dl{{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}} dt{{font-weight:600}}\n\
         .chart svg{{width:100%;max-width:32rem;height:auto}} .ok{{color:#0a6b2d}} .bad{{color:#a11}}\n\
         li{{margin:.3rem 0}} .cit{{color:#444}} code{{font-size:.85em}}\n\
         @media print{{body{{max-width:none}} .chart svg{{max-width:14cm}}}}\n</style>\n</head>\n<body>\n",
        w.report,
        esc(b.official_name())
    );
    s.push_str(&format!(
        "<h1>{}: {}</h1>\n<dl>\n",
        w.report,
        esc(b.official_name())
    ));
    for (k, v) in facts(c) {
        s.push_str(&format!("<dt>{k}</dt><dd>{}</dd>\n", esc(&v)));
    }
    s.push_str("</dl>\n");
    // The seat groups the findings concern are highlighted in the chart.
    let options = ChartOptions::new(c.lang).highlight_findings(
        c.report.violations.iter().chain(&c.report.warnings),
        b.composition(),
    );
    s.push_str(&format!(
        "<h2>{}</h2>\n<div class=\"chart\">{}</div>\n",
        w.seats,
        b.composition().seat_chart(&options)
    ));
    s.push_str(&format!("<h2>{}</h2>\n", w.verdict));
    if c.report.is_compliant() {
        s.push_str(&format!("<p class=\"ok\">{}</p>\n", w.compliant));
    } else {
        s.push_str(&format!("<p class=\"bad\">{}</p>\n", w.not_compliant));
    }
    s.push_str(&html_findings(c));
    s.push_str(&format!("<h2>{}</h2>\n<ul>\n", w.rules));
    for (text, cit, valid) in rules(c) {
        s.push_str(&format!(
            "<li>{} <span class=\"cit\">({}; {} {})</span></li>\n",
            esc(&text),
            esc(&cit),
            w.valid,
            esc(&valid)
        ));
    }
    s.push_str("</ul>\n");
    let rights = rights(c);
    if !rights.is_empty() {
        s.push_str(&format!("<h2>{}</h2>\n<ul>\n", w.rights));
        for (text, cit, source) in rights {
            s.push_str(&format!(
                "<li>{} <span class=\"cit\">({}; {source})</span></li>\n",
                esc(&text),
                esc(&cit)
            ));
        }
        s.push_str("</ul>\n");
    }
    if !c.over_time.is_empty() {
        s.push_str(&format!("<h2>{}</h2>\n<ul>\n", w.over_time));
        for i in &c.over_time {
            s.push_str(&format!("<li>{}</li>\n", esc(&interval_text(i, c.lang))));
        }
        s.push_str("</ul>\n");
    }
    s.push_str("</body>\n</html>\n");
    s
}

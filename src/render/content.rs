//! What a page shows, gathered once for both formats: plain text in
//! sections, escaped only by the format that writes it.

use chrono::NaiveDate;

use super::words::{network_words, words};
use crate::body::RepresentationBody;
use crate::chart::ChartOptions;
use crate::citation::{LegalBasis, Validity};
use crate::error::Error;
use crate::finding::{Finding, Statement};
use crate::language::Language;
use crate::law::Law;
use crate::law::between::Interval;
use crate::law::report::{Report, ReportStatus};
use crate::law::rights::RightSource;
use crate::law::vocab::Certainty;
use crate::organisation::{MaturityStage, Network, StageCriterion};
use crate::seating::VotingRight;

/// A page: a title, facts, sections.
pub(super) struct Doc {
    pub(super) lang: Language,
    pub(super) title: String,
    pub(super) facts: Vec<(&'static str, String)>,
    pub(super) sections: Vec<Section>,
}

/// A section under a heading of level 2 or 3.
pub(super) struct Section {
    pub(super) level: u8,
    pub(super) title: String,
    pub(super) blocks: Vec<Block>,
}

/// The parts of a section.
pub(super) enum Block {
    /// A paragraph; `class` for the HTML (`ok`, `bad`).
    Para { text: String, class: &'static str },
    /// A list: each item its text and a note in brackets (place, citation).
    List(Vec<(String, String)>),
    /// A table: caption, header, rows; the columns flagged numeric are
    /// right-aligned; the last row is the total when `total` is set.
    Table {
        caption: String,
        head: Vec<&'static str>,
        numeric: Vec<bool>,
        rows: Vec<Vec<String>>,
        total: bool,
    },
    /// The seat chart (SVG, already escaped) with its caption.
    Chart { svg: String, caption: String },
}

impl Section {
    fn new(level: u8, title: impl Into<String>) -> Self {
        Self {
            level,
            title: title.into(),
            blocks: Vec::new(),
        }
    }
}

/// A day as people read it: 15.01.2026 in German, 2026-01-15 in English.
pub(super) fn date(d: NaiveDate, lang: Language) -> String {
    match lang {
        Language::En => d.format("%Y-%m-%d").to_string(),
        _ => d.format("%d.%m.%Y").to_string(),
    }
}

/// A validity in words: "seit 31.12.2013", "31.12.2013 bis 28.12.2018".
fn validity(v: Validity, lang: Language) -> String {
    let last = v.until.and_then(|u| u.pred_opt());
    let de = lang != Language::En;
    match (v.from, last) {
        (Some(f), None) if de => format!("seit {}", date(f, lang)),
        (Some(f), None) => format!("since {}", date(f, lang)),
        (Some(f), Some(l)) if de => format!("{} bis {}", date(f, lang), date(l, lang)),
        (Some(f), Some(l)) => format!("{} to {}", date(f, lang), date(l, lang)),
        (None, Some(l)) if de => format!("bis {}", date(l, lang)),
        (None, Some(l)) => format!("until {}", date(l, lang)),
        (None, None) if de => "stets".to_owned(),
        (None, None) => "always".to_owned(),
    }
}

fn basis(b: &LegalBasis) -> String {
    match b {
        LegalBasis::Statute { citation } => citation.to_string(),
        LegalBasis::Satzung { title, .. }
        | LegalBasis::CouncilResolution { title, .. }
        | LegalBasis::AdministrativeDecision { title, .. } => title.clone(),
    }
}

/// A statute's statement for people, honestly marked
/// ([`Statement::marked`]), and its citation unless the statement already
/// names it.
pub(super) fn statute_statement(
    statement: &Statement,
    citation: &str,
    lang: Language,
) -> (String, String) {
    let note = if statement.describe(lang).contains(citation) {
        String::new()
    } else {
        citation.to_owned()
    };
    (statement.marked(lang), note)
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// A note in brackets of parts, the empty ones left out.
fn note(parts: &[&str]) -> String {
    parts
        .iter()
        .filter(|p| !p.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join("; ")
}

/// A finding: its message, and its place in words with its citation.
fn finding(f: &Finding, body: &RepresentationBody, lang: Language) -> (String, String) {
    let w = words(lang);
    let place = format!(
        "{}: {}",
        w.at,
        crate::place::describe(&f.path, Some(body), lang)
    );
    let cit = f.citation_text().unwrap_or_default();
    (f.message(lang), note(&[&place, &cit]))
}

fn facts(
    body: &RepresentationBody,
    report: &Report,
    lang: Language,
) -> Vec<(&'static str, String)> {
    let w = words(lang);
    let j = body.jurisdiction();
    let de = lang != Language::En;
    let mut out = vec![
        (
            w.body_type,
            body.body_type().describe(crate::Language::De).to_owned(),
        ),
        (w.land, j.land.official_name().to_owned()),
        (w.area, j.area.clone()),
        (
            w.level,
            (if de {
                j.level.describe(crate::Language::De)
            } else {
                j.level.describe(crate::Language::En)
            })
            .to_owned(),
        ),
        (w.basis, basis(body.legal_basis())),
    ];
    if let Some(office) = &report.office {
        out.push((w.term, office.describe(report.checked_on, lang)));
    }
    out.push((w.checked_on, date(report.checked_on, lang)));
    out
}

/// The seats: the chart and the table of the composition in force.
fn seats(body: &RepresentationBody, report: &Report, lang: Language) -> Section {
    let w = words(lang);
    let term = report.office.as_ref().map(|o| o.checked_term());
    let c = term.map_or_else(|| body.composition(), |t| body.composition_of_term(t));
    let roster = term
        .and_then(|t| body.terms().get(t))
        .and_then(|t| t.roster())
        .or_else(|| body.roster())
        .map(|r| r.as_slice())
        .unwrap_or_default();
    let options = ChartOptions::new(lang)
        .holders_from(roster, report.checked_on)
        .highlight_findings(report.violations.iter().chain(&report.warnings), c);
    let mut s = Section::new(2, w.seats);
    let caption = match lang {
        Language::En => {
            "One mark per seat, in the colour and shape of its group; advisory seats hollow, unfilled seats dashed."
        }
        _ => {
            "Ein Zeichen je Sitz, in Farbe und Form seiner Gruppe; beratende Sitze hohl, unbesetzte Sitze gestrichelt."
        }
    };
    s.blocks.push(Block::Chart {
        svg: c.seat_chart(&options),
        caption: caption.to_owned(),
    });
    let mut rows: Vec<Vec<String>> = c
        .seat_groups()
        .iter()
        .map(|g| {
            let vote = if g.voting() == VotingRight::Voting {
                w.voting
            } else {
                w.advisory
            };
            vec![
                g.label().to_owned(),
                g.seats().to_string(),
                vote.to_owned(),
                g.filled().to_string(),
            ]
        })
        .collect();
    rows.push(vec![
        w.total.to_owned(),
        c.total_seats().to_string(),
        format!("{} {}", c.voting_seats(), w.voting),
        c.filled_seats().to_string(),
    ]);
    s.blocks.push(Block::Table {
        caption: w.table.to_owned(),
        head: vec![w.group, w.count, w.vote, w.filled_head],
        numeric: vec![false, true, false, true],
        rows,
        total: true,
    });
    s
}

/// The verdict and its findings.
fn verdict(body: &RepresentationBody, report: &Report, lang: Language) -> Vec<Section> {
    let w = words(lang);
    let mut head = Section::new(2, w.verdict);
    let (text, class) = match report.status {
        ReportStatus::NotCompliant => (w.not_compliant, "bad"),
        ReportStatus::NotInOffice => (w.not_in_office, "bad"),
        _ => (w.compliant, "ok"),
    };
    head.blocks.push(Block::Para {
        text: text.to_owned(),
        class,
    });
    let mut out = vec![head];
    for (title, list) in [
        (w.violations, &report.violations),
        (w.warnings, &report.warnings),
        (w.notes, &report.notes),
    ] {
        if list.is_empty() {
            continue;
        }
        let mut s = Section::new(3, title);
        s.blocks.push(Block::List(
            list.iter().map(|f| finding(f, body, lang)).collect(),
        ));
        out.push(s);
    }
    if let Some(p) = &report.proposal {
        let mut s = Section::new(3, w.proposal);
        s.blocks.push(Block::Para {
            text: p.describe(lang),
            class: "",
        });
        out.push(s);
    }
    out
}

/// The rules applied: the statute's in force on the day, then the body's
/// local rules in force.
fn rules(body: &RepresentationBody, report: &Report, lang: Language) -> Section {
    let w = words(lang);
    let on = report.checked_on;
    let j = body.jurisdiction();
    let mut items = Vec::new();
    if let Ok(regime) = Law::builtin().regime(j.land, body.body_type(), j.level, on) {
        for r in regime.rules.iter().filter(|r| r.validity.contains(on)) {
            let cit = r.citation.to_string();
            let (text, cit) = statute_statement(&r.statement, &cit, lang);
            let unverified = if r.certainty == Certainty::Unverified {
                w.unverified
            } else {
                ""
            };
            let valid = format!("{} {}", w.valid, validity(r.validity, lang));
            items.push((text, note(&[&cit, unverified, &valid])));
        }
    }
    for r in body
        .local_rules()
        .iter()
        .filter(|r| r.validity.contains(on))
    {
        let text = match lang {
            Language::En => format!("“{}”", r.statement.trim()),
            _ => format!("„{}“", r.statement.trim()),
        };
        let valid = format!("{} {}", w.valid, validity(r.validity, lang));
        let cit = r.citation.to_string();
        items.push((text, note(&[w.local_rule, &cit, &valid])));
    }
    let mut s = Section::new(2, w.rules);
    s.blocks.push(Block::List(items));
    s
}

fn rights(body: &RepresentationBody, report: &Report, lang: Language) -> Option<Section> {
    let w = words(lang);
    let list = body.rights(report.checked_on).unwrap_or_default();
    if list.is_empty() {
        return None;
    }
    let items = list
        .iter()
        .map(|r| {
            let cit = r.citation.to_string();
            match r.source {
                RightSource::Statute { .. } => {
                    let (text, cit) = statute_statement(&r.statement, &cit, lang);
                    (text, note(&[&cit, w.statute]))
                }
                _ => {
                    let text = r.statement.describe(lang).to_owned();
                    (text, note(&[&cit, w.local]))
                }
            }
        })
        .collect();
    let mut s = Section::new(2, w.rights);
    s.blocks.push(Block::List(items));
    Some(s)
}

/// The page of a body's report.
pub(super) fn of_report(
    body: &RepresentationBody,
    report: &Report,
    over_time: &[Interval],
    lang: Language,
) -> Doc {
    let w = words(lang);
    let mut sections = vec![seats(body, report, lang)];
    sections.extend(verdict(body, report, lang));
    sections.push(rules(body, report, lang));
    sections.extend(rights(body, report, lang));
    if !over_time.is_empty() {
        let mut s = Section::new(2, w.over_time);
        s.blocks.push(Block::List(
            over_time
                .iter()
                .map(|i| (i.describe(lang), String::new()))
                .collect(),
        ));
        sections.push(s);
    }
    Doc {
        lang,
        title: format!("{}: {}", w.report, body.official_name()),
        facts: facts(body, report, lang),
        sections,
    }
}

/// The page of a document that could not be read.
pub(super) fn of_error(
    name: &str,
    error: &Error,
    json: Option<&serde_json::Value>,
    lang: Language,
) -> Doc {
    let w = words(lang);
    let place = |p| match json {
        Some(v) => crate::place::describe_json(p, v, lang),
        None => crate::place::describe(p, None, lang),
    };
    let mut head = Section::new(2, w.verdict);
    let read = matches!(error, Error::Check(_) | Error::Period(_));
    head.blocks.push(Block::Para {
        text: (if read { w.not_checkable } else { w.unreadable }).to_owned(),
        class: "bad",
    });
    let mut list = Section::new(
        2,
        if error.defects().is_empty() {
            w.problem
        } else {
            w.defects
        },
    );
    let items = if error.defects().is_empty() {
        vec![(error.message_in(json, lang), String::new())]
    } else {
        error
            .defects()
            .iter()
            .map(|f| (f.message(lang), format!("{}: {}", w.at, place(&f.path))))
            .collect()
    };
    list.blocks.push(Block::List(items));
    Doc {
        lang,
        title: format!("{}: {name}", w.report),
        facts: Vec::new(),
        sections: vec![head, list],
    }
}

/// The page of a network of migrant organisations: its stage as claimed
/// and as its evidence supports it, every criterion, the criteria of the
/// claimed stage without evidence, and whether it may join the federal
/// association.
pub(super) fn of_network(n: &Network, lang: Language) -> Doc {
    let w = words(lang);
    let nw = network_words(lang);
    let violations = n.stage_violations();
    let mut verdict = Section::new(2, w.verdict);
    verdict.blocks.push(Block::Para {
        text: (if violations.is_empty() {
            nw.holds
        } else {
            nw.fails
        })
        .to_owned(),
        class: if violations.is_empty() { "ok" } else { "bad" },
    });
    let mut sections = vec![verdict];
    if !violations.is_empty() {
        let mut s = Section::new(3, nw.unmet);
        s.blocks.push(Block::List(
            violations
                .iter()
                .map(|f| {
                    let statement = f.statement.as_ref().map_or("", |s| s.describe(lang));
                    (statement.to_owned(), f.citation_text().unwrap_or_default())
                })
                .collect(),
        ));
        sections.push(s);
    }
    sections.push(criteria(n, lang));
    sections.push(federation(n, lang));
    Doc {
        lang,
        title: format!("{}: {}", w.report, n.official_name),
        facts: network_facts(n, lang),
        sections,
    }
}

fn network_facts(n: &Network, lang: Language) -> Vec<(&'static str, String)> {
    let w = words(lang);
    let nw = network_words(lang);
    let mut facts = vec![(nw.kind, nw.network.to_owned())];
    if let Some(land) = n.scope.land {
        facts.push((w.land, land.official_name().to_owned()));
    }
    if let Some(area) = &n.scope.area {
        facts.push((w.area, area.clone()));
    }
    facts.push((w.level, n.scope.level.describe(lang).to_owned()));
    if let Some(founded) = n.founded_on {
        facts.push((nw.founded, date(founded, lang)));
    }
    facts.push((nw.members, n.members.count.to_string()));
    facts.push((nw.claimed, n.claimed_stage.describe(lang).to_owned()));
    let supported = n.assess().supported;
    facts.push((
        nw.supported,
        supported.map_or(nw.none, |s| s.describe(lang)).to_owned(),
    ));
    facts
}

/// Every criterion of the three stages, evidenced or not.
fn criteria(n: &Network, lang: Language) -> Section {
    let nw = network_words(lang);
    let mut s = Section::new(2, nw.criteria);
    s.blocks.push(Block::Table {
        caption: nw.criteria_table.to_owned(),
        head: vec![nw.stage, nw.criterion, nw.met],
        numeric: vec![false, false, false],
        rows: MaturityStage::iter()
            .flat_map(|stage| {
                StageCriterion::iter()
                    .filter(move |c| c.stage() == stage)
                    .map(move |c| {
                        vec![
                            stage.describe(lang).to_owned(),
                            c.describe(lang).to_owned(),
                            (if n.meets(c) { nw.yes } else { nw.no }).to_owned(),
                        ]
                    })
            })
            .collect(),
        total: false,
    });
    s.blocks.push(Block::Para {
        text: nw.model.to_owned(),
        class: "",
    });
    s
}

/// Whether the network may join the federal association.
fn federation(n: &Network, lang: Language) -> Section {
    let nw = network_words(lang);
    let e = n.federation_eligibility();
    let mut s = Section::new(2, nw.federation);
    let text = if e.eligible {
        nw.eligible
    } else {
        nw.not_eligible
    };
    s.blocks.push(Block::Para {
        text: text.to_owned(),
        class: "",
    });
    if !e.eligible {
        s.blocks.push(Block::List(
            e.missing
                .iter()
                .map(|m| (m.describe(lang).to_owned(), String::new()))
                .collect(),
        ));
    }
    s.blocks.push(Block::Para {
        text: format!("{}: {}", capitalise(nw.source), e.citation),
        class: "",
    });
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_wording_is_quoted_and_paraphrases_are_marked_once() {
        let cit = "§ 27 GO NRW";
        let wording = Statement::new(
            "„Der Integrationsrat wählt aus seiner Mitte.“",
            "The council elects …",
        );
        assert_eq!(
            statute_statement(&wording, cit, Language::De),
            (
                "„Der Integrationsrat wählt aus seiner Mitte.“".into(),
                cit.into()
            )
        );
        assert_eq!(
            statute_statement(&wording, cit, Language::En).0,
            "The council elects … (in translation)"
        );
        let paraphrase = Statement::new("Der Beirat wird gebildet.", "The board is formed.");
        assert_eq!(
            statute_statement(&paraphrase, cit, Language::De).0,
            "Sinngemäß: Der Beirat wird gebildet."
        );
        assert_eq!(
            statute_statement(&paraphrase, cit, Language::En).0,
            "Paraphrase: The board is formed."
        );
        // A statement that says it is a paraphrase, and names its citation.
        let marked = Statement::new(
            "Fassung 2025 (sinngemäß): der Rat bestellt (§ 27 GO NRW, sinngemäß).",
            "2025 version (paraphrase): the council appoints.",
        );
        let (text, note) = statute_statement(&marked, cit, Language::De);
        assert_eq!(
            text.matches("sinngemäß").count(),
            2,
            "no label added: {text}"
        );
        assert!(!text.contains("Sinngemäß:") && !text.starts_with('„'));
        assert_eq!(note, "", "the citation is not given twice");
        let (text, _) = statute_statement(&marked, cit, Language::En);
        assert_eq!(text.matches("paraphrase").count(), 1, "{text}");
    }
}

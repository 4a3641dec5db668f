//! A seat chart: the composition of a body as a parliament-style hemicycle
//! in SVG.
//!
//! One mark per seat, coloured per seat group (the Okabe–Ito palette, which
//! readers with colour-vision deficiencies can tell apart), with a legend of
//! label and count. Advisory seats are hollow, unfilled seats dashed; the
//! chair and the deputies are ringed; groups a finding concerns can be
//! highlighted. The SVG is written as text by hand: it is a few dozen
//! elements of one kind, and a dependency would add more than it saves.
//! Pure code: no I/O, deterministic output.

use std::fmt::Write as _;

use crate::composition::{ChairSelection, Composition, SeatGroup, VotingRight};
use crate::finding::Finding;
use crate::language::Language;

/// The Okabe–Ito colours without black (used for outlines).
const PALETTE: [&str; 7] = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
];

/// How to draw a seat chart.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ChartOptions {
    /// The language of the legend and the title.
    pub language: Language,
    /// The ids of the seat groups to highlight (those a finding concerns).
    pub highlight: Vec<String>,
}

impl ChartOptions {
    /// Options for `language`, highlighting nothing.
    ///
    /// ```
    /// use migrant_representation::{Language, RepresentationBody, body::ChartOptions};
    /// let body = RepresentationBody::from_json_str(
    ///     &std::fs::read_to_string("examples/data/koeln-integrationsrat.json")?,
    /// )?;
    /// let svg = body.composition().seat_chart(&ChartOptions::new(Language::En));
    /// assert!(svg.starts_with("<svg") && svg.contains("seats"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn new(language: Language) -> Self {
        Self {
            language,
            highlight: Vec::new(),
        }
    }

    /// Highlights the seat groups `findings` concern: those their figures
    /// name and those their paths point into
    /// (`/composition/seat_groups/<i>/…`), each once, in the order found.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::{body::ChartOptions, Language, RepresentationBody};
    /// // Saarbrücken's Integrationsbeirat with 9 elected and 6 council members.
    /// let json = std::fs::read_to_string("examples/data/invalid/saarbruecken-integrationsbeirat-shares.json")?;
    /// let body = RepresentationBody::from_json_str(&json)?;
    /// let report = body.check(NaiveDate::from_ymd_opt(2026, 1, 15).unwrap())?;
    /// let options = ChartOptions::new(Language::De)
    ///     .highlight_findings(&report.violations, body.composition());
    /// assert_eq!(options.highlight.len(), 2); // the elected and the council members
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn highlight_findings<'a>(
        mut self,
        findings: impl IntoIterator<Item = &'a Finding>,
        composition: &Composition,
    ) -> Self {
        let groups = composition.seat_groups();
        for f in findings {
            let by_path = f
                .path
                .as_str()
                .strip_prefix("/composition/seat_groups/")
                .and_then(|rest| rest.split('/').next())
                .and_then(|i| i.parse::<usize>().ok())
                .and_then(|i| groups.get(i))
                .map(SeatGroup::id);
            let named = f.figures.groups.iter().map(|g| g.id.as_str());
            for id in by_path.into_iter().chain(named) {
                if groups.iter().any(|g| g.id() == id) && !self.highlight.iter().any(|h| h == id) {
                    self.highlight.push(id.to_owned());
                }
            }
        }
        self
    }
}

/// The colour of the `i`-th seat group.
#[must_use]
pub fn group_colour(i: usize) -> &'static str {
    PALETTE[i % PALETTE.len()]
}

/// Escapes text for SVG.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Seat positions of a hemicycle of `n` seats, left to right: `(x, y)` on a
/// 200 × 100 half disc centred at (100, 100), and the seat radius.
fn layout(n: usize) -> (Vec<(f64, f64)>, f64) {
    let n = n.max(1);
    let rows = ((n as f64 / 4.0).sqrt().ceil() as usize).clamp(1, 30);
    let (inner, outer) = (35.0_f64, 95.0_f64);
    let radius = |i: usize| inner + (outer - inner) * (i as f64 + 0.5) / rows as f64;
    let total: f64 = (0..rows).map(radius).sum();
    let mut per_row: Vec<usize> = (0..rows)
        .map(|i| ((n as f64) * radius(i) / total).round() as usize)
        .collect();
    // Rounding may leave the rows a few seats off: the outer row takes up
    // the difference (it has the most room).
    let placed: usize = per_row.iter().sum();
    let last = rows - 1;
    if placed < n {
        per_row[last] += n - placed;
    } else {
        let mut extra = placed - n;
        for r in per_row.iter_mut().rev() {
            let take = extra.min(r.saturating_sub(1));
            *r -= take;
            extra -= take;
        }
    }
    let mut seats: Vec<(f64, f64, f64)> = Vec::with_capacity(n);
    let mut smallest_gap = f64::MAX;
    for (i, &k) in per_row.iter().enumerate() {
        let r = radius(i);
        for j in 0..k {
            let phi = std::f64::consts::PI * (1.0 - (j as f64 + 0.5) / k as f64);
            seats.push((phi, 100.0 + r * phi.cos(), 100.0 - r * phi.sin()));
        }
        if k > 0 {
            let arc = std::f64::consts::PI * r / k as f64;
            smallest_gap = smallest_gap.min(arc);
        }
    }
    let row_gap = (outer - inner) / rows as f64;
    let seat_r = (0.4 * smallest_gap.min(row_gap)).min(6.0);
    // Left to right across all rows, so that each group forms a wedge.
    seats.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.total_cmp(&b.1)));
    (seats.into_iter().map(|(_, x, y)| (x, y)).collect(), seat_r)
}

/// The chair's and the deputies' seat groups (`None`: any member).
fn chair_groups(c: &Composition) -> (Option<Option<&str>>, Option<Option<&str>>) {
    fn group(s: Option<&ChairSelection>) -> Option<Option<&str>> {
        match s {
            Some(ChairSelection::ElectedFromMembers {}) => Some(None),
            Some(ChairSelection::ElectedFromGroup { group }) => Some(Some(group.as_str())),
            Some(ChairSelection::ExOfficio { group, .. }) => group.as_deref().map(Some),
            Some(ChairSelection::CoChairs {
                elected_by_group, ..
            }) => Some(Some(elected_by_group.as_str())),
            _ => None,
        }
    }
    (group(c.chair()), group(c.deputies()))
}

struct Words {
    title: &'static str,
    advisory: &'static str,
    filled: &'static str,
    chair: &'static str,
    deputy: &'static str,
    concerned: &'static str,
    seats: &'static str,
}

const DE: Words = Words {
    title: "Sitzverteilung",
    advisory: "beratend",
    filled: "besetzt",
    chair: "Vorsitz",
    deputy: "Stellvertretung",
    concerned: "von einem Befund betroffen",
    seats: "Sitze",
};
const EN: Words = Words {
    title: "Seats",
    advisory: "advisory",
    filled: "filled",
    chair: "chair",
    deputy: "deputy",
    concerned: "concerned by a finding",
    seats: "seats",
};

impl Composition {
    /// The composition as an SVG seat chart (a hemicycle), in the language
    /// of `options`.
    ///
    /// # Example
    /// ```
    /// use migrant_representation::{body::ChartOptions, Language, RepresentationBody};
    /// let json = std::fs::read_to_string("examples/data/history/kaufbeuren-integrationsbeirat.json")?;
    /// let body = RepresentationBody::from_json_str(&json)?;
    /// let svg = body.composition().seat_chart(&ChartOptions::new(Language::De));
    /// assert!(svg.starts_with("<svg"));
    /// assert_eq!(svg.matches("<circle class=\"seat\"").count(), 26);
    /// assert!(svg.contains("Sitzverteilung"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn seat_chart(&self, options: &ChartOptions) -> String {
        let words = match options.language {
            Language::En => &EN,
            _ => &DE,
        };
        let groups = self.seat_groups();
        let n: usize = groups.iter().map(|g| usize::from(g.seats())).sum();
        let (positions, r) = layout(n);
        let entries = legend_entries(groups, options, words);
        let lines: usize = entries.iter().map(Vec::len).sum();
        let legend_h =
            14.0 * (groups.len() as f64 + 1.5) + LINE * lines.saturating_sub(groups.len()) as f64;
        let height = 112.0 + legend_h;
        let mut svg = String::new();
        let _ = write!(
            svg,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 {height:.1}\" \
             role=\"img\" aria-label=\"{}: {n} {}\" font-family=\"sans-serif\" font-size=\"7\">",
            words.title, words.seats
        );
        let _ = write!(svg, "<title>{}: {n} {}</title>", words.title, words.seats);
        svg.push_str("<rect width=\"200\" height=\"100%\" fill=\"#ffffff\"/>");
        let (chair, deputies) = chair_groups(self);
        let mut chair_done = false;
        let mut deputies_left = usize::from(self.deputy_count().unwrap_or(1));
        let mut seat = positions.iter();
        for (gi, g) in groups.iter().enumerate() {
            let colour = group_colour(gi);
            let highlighted = options.highlight.iter().any(|h| h == g.id());
            for k in 0..usize::from(g.seats()) {
                let Some(&(x, y)) = seat.next() else { break };
                seat_mark(&mut svg, (x, y, r), colour, g, k, highlighted);
                let mine = |sel: Option<Option<&str>>| {
                    sel.is_some_and(|s| s.is_none_or(|id| id == g.id()))
                };
                if !chair_done && mine(chair) {
                    chair_done = true;
                    let _ = write!(
                        svg,
                        "<circle class=\"chair\" cx=\"{x:.2}\" cy=\"{y:.2}\" r=\"{:.2}\" fill=\"none\" stroke=\"#000000\" stroke-width=\"{:.2}\"/>",
                        r * 1.3,
                        r * 0.2
                    );
                } else if deputies_left > 0 && mine(deputies) {
                    deputies_left -= 1;
                    let _ = write!(
                        svg,
                        "<circle class=\"deputy\" cx=\"{x:.2}\" cy=\"{y:.2}\" r=\"{:.2}\" fill=\"none\" stroke=\"#555555\" stroke-width=\"{:.2}\" stroke-dasharray=\"{:.2} {:.2}\"/>",
                        r * 1.3,
                        r * 0.15,
                        r * 0.3,
                        r * 0.3
                    );
                }
            }
        }
        legend(&mut svg, &entries, words);
        svg.push_str("</svg>");
        svg
    }
}

/// One seat: filled in the group's colour, hollow when advisory, dashed
/// when unfilled, outlined when highlighted.
fn seat_mark(
    svg: &mut String,
    (x, y, r): (f64, f64, f64),
    colour: &str,
    g: &SeatGroup,
    k: usize,
    highlighted: bool,
) {
    let advisory = g.voting() != VotingRight::Voting;
    let unfilled = k >= usize::from(g.filled());
    let fill = if advisory || unfilled {
        "#ffffff"
    } else {
        colour
    };
    let dash = if unfilled {
        format!(" stroke-dasharray=\"{:.2} {:.2}\"", r * 0.5, r * 0.35)
    } else {
        String::new()
    };
    // Strokes stay inside the gap between seats (a quarter of the radius).
    let (stroke, width) = if highlighted {
        ("#000000", r * 0.3)
    } else {
        (colour, r * 0.25)
    };
    let _ = write!(
        svg,
        "<circle class=\"seat\" data-group=\"{}\" cx=\"{x:.2}\" cy=\"{y:.2}\" r=\"{r:.2}\" fill=\"{fill}\" \
         stroke=\"{stroke}\" stroke-width=\"{width:.2}\"{dash} shape-rendering=\"crispEdges\"/>",
        esc(g.id())
    );
}

/// The height of a continued legend line.
const LINE: f64 = 9.0;

/// The characters of a legend line that fit in the chart's width at its
/// font size (a conservative estimate for proportional fonts).
const LINE_CHARS: usize = 50;

/// `text` broken at spaces into lines of at most [`LINE_CHARS`] characters
/// (a longer word stands alone on its line).
fn wrap(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split(' ') {
        match lines.last_mut() {
            Some(l) if l.chars().count() + 1 + word.chars().count() <= LINE_CHARS => {
                l.push(' ');
                l.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// The legend text of each group: the label, the count and what is
/// special, wrapped to the chart's width.
fn legend_entries(groups: &[SeatGroup], options: &ChartOptions, words: &Words) -> Vec<Vec<String>> {
    groups
        .iter()
        .map(|g| {
            let mut text = format!("{}: {}", g.label(), g.seats());
            if g.voting() != VotingRight::Voting {
                let _ = write!(text, " ({})", words.advisory);
            }
            if g.filled() < g.seats() {
                let _ = write!(text, " ({} {})", g.filled(), words.filled);
            }
            if options.highlight.iter().any(|h| h == g.id()) {
                let _ = write!(text, " – {}", words.concerned);
            }
            wrap(&text)
        })
        .collect()
}

/// The legend: a swatch and the wrapped text of each group, then the key
/// of the chair and deputy marks.
fn legend(svg: &mut String, entries: &[Vec<String>], words: &Words) {
    let mut y = 114.0;
    for (gi, lines) in entries.iter().enumerate() {
        let colour = group_colour(gi);
        let _ = write!(
            svg,
            "<rect class=\"swatch\" x=\"8\" y=\"{:.1}\" width=\"8\" height=\"8\" fill=\"{colour}\" shape-rendering=\"crispEdges\"/>\
             <text x=\"20\" y=\"{y:.1}\">",
            y - 7.0
        );
        for (k, line) in lines.iter().enumerate() {
            if k == 0 {
                svg.push_str(&esc(line));
            } else {
                let _ = write!(
                    svg,
                    "<tspan x=\"20\" dy=\"{LINE:.1}\">{}</tspan>",
                    esc(line)
                );
            }
        }
        svg.push_str("</text>");
        {
            y += 14.0 + LINE * lines.len().saturating_sub(1) as f64;
        }
    }
    let _ = write!(
        svg,
        "<text x=\"8\" y=\"{y:.1}\">◯ {} · ◌ {}</text>",
        words.chair, words.deputy
    );
}

#[cfg(test)]
mod tests {
    use super::{LINE_CHARS, wrap};

    #[test]
    fn long_legend_text_is_wrapped_at_spaces() {
        let text = "Koordinierungsstelle/Geschäftsstelle (nicht stimmberechtigt): 1 (beratend) – von einem Befund betroffen";
        let lines = wrap(text);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| l.chars().count() <= LINE_CHARS));
        assert_eq!(lines.join(" "), text);
        assert_eq!(wrap("kurz: 3"), ["kurz: 3"]);
    }
}

//! A seat chart: the composition of a body as a parliament-style hemicycle
//! in SVG.
//!
//! One mark per seat, coloured per seat group (the Okabe–Ito palette, which
//! readers with colour-vision deficiencies can tell apart) and shaped per
//! seat group (circle, square, triangle, diamond, …), so that the groups
//! stay apart in black-and-white print too; a legend of label and count.
//! Advisory seats are hollow, unfilled seats dashed. The chair and the
//! deputies are ringed only where the document or its roster says in which
//! seat group they sit; groups a finding concerns carry a black dot and
//! keep their colour. The legend lists only the marks that are drawn. Each
//! group is an SVG group with its own `<title>` and `<desc>`. The SVG is
//! written as text by hand: it is a few dozen elements of a few kinds, and
//! a dependency would add more than it saves. Pure code: no I/O,
//! deterministic output.

use std::fmt::Write as _;

use chrono::NaiveDate;

use crate::composition::{ChairSelection, Composition, SeatGroup, VotingRight};
use crate::finding::Finding;
use crate::language::Language;
use crate::membership::{Membership, Role};

/// The Okabe–Ito colours without black (used for outlines).
const PALETTE: [&str; 7] = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
];

/// The shapes of the seat groups, in the order of the palette: the cue
/// besides colour that survives greyscale.
const SHAPES: [Shape; 7] = [
    Shape::Circle,
    Shape::Square,
    Shape::Triangle,
    Shape::Diamond,
    Shape::TriangleDown,
    Shape::Hexagon,
    Shape::Pentagon,
];

/// The shape of a seat mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Circle,
    Square,
    Triangle,
    Diamond,
    TriangleDown,
    Hexagon,
    Pentagon,
}

impl Shape {
    const fn name(self) -> &'static str {
        match self {
            Self::Circle => "circle",
            Self::Square => "square",
            Self::Triangle => "triangle",
            Self::Diamond => "diamond",
            Self::TriangleDown => "triangle-down",
            Self::Hexagon => "hexagon",
            Self::Pentagon => "pentagon",
        }
    }

    /// The corners of a polygon of `n` corners around (x, y), the first at
    /// `start` degrees (0: up), at `radius`.
    fn polygon(n: u32, start: f64, (x, y, radius): (f64, f64, f64)) -> String {
        let mut d = String::new();
        for k in 0..n {
            let a = (start + 360.0 * f64::from(k) / f64::from(n)).to_radians();
            let _ = write!(
                d,
                "{}{:.2},{:.2}",
                if k == 0 { "M" } else { "L" },
                x + radius * a.sin(),
                y - radius * a.cos()
            );
        }
        d.push('Z');
        d
    }

    /// The SVG element of the shape at (x, y) with "radius" r (shapes of
    /// about the area of a circle of radius r), without its closing `/>`;
    /// `attrs` go inside.
    fn element(self, (x, y, r): (f64, f64, f64), attrs: &str) -> String {
        match self {
            Self::Circle => format!("<circle cx=\"{x:.2}\" cy=\"{y:.2}\" r=\"{r:.2}\" {attrs}/>"),
            Self::Square => {
                let h = r * 0.78;
                format!(
                    "<rect x=\"{:.2}\" y=\"{:.2}\" width=\"{:.2}\" height=\"{:.2}\" {attrs}/>",
                    x - h,
                    y - h,
                    2.0 * h,
                    2.0 * h
                )
            }
            // Every corner within 1.1 r of the centre (strokes joined
            // round): marks 2.5 r apart never touch.
            Self::Triangle => Self::path(&Self::polygon(3, 0.0, (x, y, r * 1.1)), attrs),
            Self::TriangleDown => Self::path(&Self::polygon(3, 180.0, (x, y, r * 1.1)), attrs),
            Self::Diamond => Self::path(&Self::polygon(4, 0.0, (x, y, r * 1.1)), attrs),
            Self::Hexagon => Self::path(&Self::polygon(6, 0.0, (x, y, r * 1.05)), attrs),
            Self::Pentagon => Self::path(&Self::polygon(5, 0.0, (x, y, r * 1.1)), attrs),
        }
    }

    fn path(d: &str, attrs: &str) -> String {
        format!("<path d=\"{d}\" {attrs}/>")
    }
}

/// How to draw a seat chart.
///
/// # Example
/// ```
/// use migrant_representation::{body::ChartOptions, Language};
/// let options = ChartOptions::new(Language::En);
/// assert!(options.highlight.is_empty());
/// assert_eq!(options.chair, None); // as the composition says
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ChartOptions {
    /// The language of the legend and the title.
    pub language: Language,
    /// The ids of the seat groups to highlight (those a finding concerns).
    /// When every group is concerned, none is marked: the legend says so.
    pub highlight: Vec<String>,
    /// The seat groups in which a seat is marked as the chair's, one entry
    /// per chair (two for co-chairs who both hold a seat). `None`: as the
    /// composition names a group ([`ChairSelection::ElectedFromGroup`],
    /// [`ChairSelection::ExOfficio`] with a group, the group that elects a
    /// co-chair); a chair elected from all members is not marked, for the
    /// document does not say who holds it.
    pub chair: Option<Vec<String>>,
    /// The seat groups in which a seat is marked as a deputy's, one entry
    /// per deputy; `None`: as the composition names a group (as many as
    /// its number of deputies, or one).
    pub deputies: Option<Vec<String>>,
}

impl ChartOptions {
    /// Options for `language`, highlighting nothing, marking the chair and
    /// the deputies as the composition says.
    ///
    /// ```
    /// use migrant_representation::{body::ChartOptions, Language, RepresentationBody};
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
            ..Self::default()
        }
    }

    /// Marks the chair and the deputies where the `roster` says who holds
    /// them on `date`: the seat groups of the memberships in the role of
    /// chair or deputy chair active on that day. A chair without a seat
    /// (Stuttgart's Oberbürgermeister) is not drawn. A roster that names
    /// no chair (or no deputy) leaves that mark as the composition says.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use migrant_representation::{body::ChartOptions, Language, RepresentationBody};
    /// let json = std::fs::read_to_string("examples/data/dresden-integrations-und-auslaenderbeirat.json")?;
    /// let body = RepresentationBody::from_json_str(&json)?;
    /// let on = NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
    /// let roster = body.roster().map(|r| r.as_slice()).unwrap_or_default();
    /// let options = ChartOptions::new(Language::De).holders_from(roster, on);
    /// let svg = body.composition().seat_chart(&options);
    /// assert!(svg.starts_with("<svg"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn holders_from(mut self, roster: &[Membership], date: NaiveDate) -> Self {
        let groups = |role: Role| -> Vec<String> {
            roster
                .iter()
                .filter(|m| m.role == role && m.is_active_on(date))
                .filter_map(|m| m.seat_group.clone())
                .collect()
        };
        let said = |role: Role| {
            roster
                .iter()
                .any(|m| m.role == role && m.is_active_on(date))
        };
        if said(Role::Chair) {
            self.chair = Some(groups(Role::Chair));
        }
        if said(Role::DeputyChair) {
            self.deputies = Some(groups(Role::DeputyChair));
        }
        self
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

/// The name of the shape of the `i`-th seat group's seats (`"circle"`,
/// `"square"`, `"triangle"`, `"diamond"`, `"triangle-down"`, `"hexagon"`,
/// `"pentagon"`), as in the seats' `data-shape` attribute.
///
/// ```
/// use migrant_representation::body::group_shape;
/// assert_eq!(group_shape(0), "circle");
/// assert_eq!(group_shape(1), "square");
/// assert_eq!(group_shape(8), "square");
/// ```
#[must_use]
pub fn group_shape(i: usize) -> &'static str {
    SHAPES[i % SHAPES.len()].name()
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

/// The seat groups the composition names for the chair and the deputies:
/// only where it says in which group they sit.
fn named_holders(c: &Composition) -> (Vec<String>, Vec<String>) {
    let chair = match c.chair() {
        Some(
            ChairSelection::ElectedFromGroup { group }
            | ChairSelection::ExOfficio {
                group: Some(group), ..
            },
        ) => vec![group.clone()],
        Some(ChairSelection::CoChairs {
            elected_by_group, ..
        }) => vec![elected_by_group.clone()],
        _ => Vec::new(),
    };
    let deputies = match c.deputies() {
        Some(
            ChairSelection::ElectedFromGroup { group }
            | ChairSelection::ExOfficio {
                group: Some(group), ..
            },
        ) => vec![group.clone(); usize::from(c.deputy_count().unwrap_or(1))],
        _ => Vec::new(),
    };
    (chair, deputies)
}

struct Words {
    title: &'static str,
    group: &'static str,
    advisory: &'static str,
    voting: &'static str,
    filled: &'static str,
    unfilled: &'static str,
    chair: &'static str,
    deputy: &'static str,
    concerned: &'static str,
    all_concerned: &'static str,
    seats: &'static str,
    seat: &'static str,
}

const DE: Words = Words {
    title: "Sitzverteilung",
    group: "Sitzgruppe",
    advisory: "beratend",
    voting: "stimmberechtigt",
    filled: "besetzt",
    unfilled: "unbesetzt",
    chair: "Vorsitz",
    deputy: "Stellvertretung im Vorsitz",
    concerned: "von einem Befund betroffen",
    all_concerned: "Alle Sitzgruppen sind von einem Befund betroffen.",
    seats: "Sitze",
    seat: "Sitz",
};
const EN: Words = Words {
    title: "Seats",
    group: "Seat group",
    advisory: "advisory",
    voting: "voting",
    filled: "filled",
    unfilled: "unfilled",
    chair: "chair",
    deputy: "deputy chair",
    concerned: "concerned by a finding",
    all_concerned: "Every seat group is concerned by a finding.",
    seats: "seats",
    seat: "seat",
};

/// What the chart draws besides the seats, for the key of the legend.
#[derive(Default)]
struct Drawn {
    chair: bool,
    deputy: bool,
    concerned: bool,
    advisory: bool,
    unfilled: bool,
}

impl Composition {
    /// The composition as an SVG seat chart (a hemicycle), in the language
    /// of `options`: one mark per seat in its group's colour and shape, a
    /// legend, a `<title>` and `<desc>` for the chart and for each group.
    ///
    /// # Example
    /// ```
    /// use migrant_representation::{body::ChartOptions, Language, RepresentationBody};
    /// let json = std::fs::read_to_string("examples/data/history/kaufbeuren-integrationsbeirat.json")?;
    /// let body = RepresentationBody::from_json_str(&json)?;
    /// let svg = body.composition().seat_chart(&ChartOptions::new(Language::De));
    /// assert!(svg.starts_with("<svg"));
    /// assert_eq!(svg.matches("class=\"seat\"").count(), 26);
    /// assert!(svg.contains("Sitzverteilung"));
    /// // The Oberbürgermeister chairs from the seat group the document names.
    /// assert_eq!(svg.matches("class=\"chair\"").count(), 1);
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
        // Every group concerned: marking all says nothing; the legend says it.
        let all_concerned = !groups.is_empty()
            && groups
                .iter()
                .all(|g| options.highlight.iter().any(|h| h == g.id()));
        let concerned =
            |g: &SeatGroup| !all_concerned && options.highlight.iter().any(|h| h == g.id());
        let (named_chair, named_deputies) = named_holders(self);
        let mut chairs = options.chair.clone().unwrap_or(named_chair);
        let mut deputies = options.deputies.clone().unwrap_or(named_deputies);
        let mut drawn = Drawn::default();
        let mut marks = String::new();
        let mut seat = positions.iter();
        for (gi, g) in groups.iter().enumerate() {
            let _ = write!(
                marks,
                "<g class=\"group\" data-group=\"{}\"><title>{}</title><desc>{}</desc>",
                esc(g.id()),
                esc(g.label()),
                esc(&group_summary(g, words))
            );
            for k in 0..usize::from(g.seats()) {
                let Some(&(x, y)) = seat.next() else { break };
                seat_mark(&mut marks, (x, y, r), gi, g, k);
                drawn.advisory |= g.voting() != VotingRight::Voting;
                drawn.unfilled |= k >= usize::from(g.filled());
                if concerned(g) {
                    drawn.concerned = true;
                    dot(&mut marks, (x, y, r), "concerned");
                }
                if let Some(i) = chairs.iter().position(|c| c == g.id()) {
                    chairs.remove(i);
                    drawn.chair = true;
                    ring(&mut marks, (x, y, r), true, "chair");
                } else if let Some(i) = deputies.iter().position(|c| c == g.id()) {
                    deputies.remove(i);
                    drawn.deputy = true;
                    ring(&mut marks, (x, y, r), false, "deputy");
                }
            }
            marks.push_str("</g>");
        }
        let entries = legend_entries(groups, &concerned, words);
        let keys = keys(&drawn, all_concerned, words);
        let lines: usize = entries.iter().map(Vec::len).sum();
        let legend_h = 14.0 * (groups.len() as f64 + 0.5)
            + LINE * lines.saturating_sub(groups.len()) as f64
            + 12.0 * keys.len() as f64;
        let height = 112.0 + legend_h;
        let summary = chart_summary(groups, n, words);
        let mut svg = String::new();
        let _ = write!(
            svg,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 {height:.1}\" \
             role=\"img\" aria-label=\"{}\" font-family=\"sans-serif\" font-size=\"7\">\
             <title>{}: {n} {}</title><desc>{}</desc>",
            esc(&summary),
            words.title,
            words.seats,
            esc(&summary)
        );
        svg.push_str("<rect width=\"200\" height=\"100%\" fill=\"#ffffff\"/>");
        svg.push_str(&marks);
        legend(&mut svg, &entries, &keys);
        svg.push_str("</svg>");
        svg
    }
}

/// One group in words: "22 Sitze, stimmberechtigt, 20 besetzt".
fn group_summary(g: &SeatGroup, words: &Words) -> String {
    let mut s = format!(
        "{} {}, {}",
        g.seats(),
        if g.seats() == 1 {
            words.seat
        } else {
            words.seats
        },
        if g.voting() == VotingRight::Voting {
            words.voting
        } else {
            words.advisory
        }
    );
    if g.filled() < g.seats() {
        let _ = write!(s, ", {} {}", g.filled(), words.filled);
    }
    s
}

/// The whole chart in words, for the screen reader's one announcement.
fn chart_summary(groups: &[SeatGroup], n: usize, words: &Words) -> String {
    let mut s = format!("{}: {n} {}", words.title, words.seats);
    for g in groups {
        let _ = write!(
            s,
            "; {} „{}“: {}",
            words.group,
            g.label(),
            group_summary(g, words)
        );
    }
    s
}

/// One seat in its group's colour and shape: filled, hollow when advisory,
/// dashed when unfilled.
fn seat_mark(svg: &mut String, (x, y, r): (f64, f64, f64), gi: usize, g: &SeatGroup, k: usize) {
    let colour = group_colour(gi);
    let shape = SHAPES[gi % SHAPES.len()];
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
    let attrs = format!(
        "class=\"seat\" data-shape=\"{}\" fill=\"{fill}\" stroke=\"{colour}\" stroke-width=\"{:.2}\" stroke-linejoin=\"round\"{dash} shape-rendering=\"crispEdges\"",
        shape.name(),
        r * 0.25
    );
    svg.push_str(&shape.element((x, y, r), &attrs));
}

/// The black dot of a seat of a group a finding concerns.
fn dot(svg: &mut String, (x, y, r): (f64, f64, f64), class: &str) {
    let _ = write!(
        svg,
        "<circle class=\"{class}\" cx=\"{x:.2}\" cy=\"{y:.2}\" r=\"{:.2}\" fill=\"#000000\"/>",
        r * 0.35
    );
}

/// The ring of the chair (solid) or a deputy (dashed).
fn ring(svg: &mut String, (x, y, r): (f64, f64, f64), chair: bool, class: &str) {
    if chair {
        let _ = write!(
            svg,
            "<circle class=\"{class}\" cx=\"{x:.2}\" cy=\"{y:.2}\" r=\"{:.2}\" fill=\"none\" stroke=\"#000000\" stroke-width=\"{:.2}\"/>",
            r * 1.45,
            r * 0.2
        );
    } else {
        let _ = write!(
            svg,
            "<circle class=\"{class}\" cx=\"{x:.2}\" cy=\"{y:.2}\" r=\"{:.2}\" fill=\"none\" stroke=\"#000000\" stroke-width=\"{:.2}\" stroke-dasharray=\"{:.2} {:.2}\"/>",
            r * 1.45,
            r * 0.15,
            r * 0.3,
            r * 0.3
        );
    }
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
fn legend_entries(
    groups: &[SeatGroup],
    concerned: &dyn Fn(&SeatGroup) -> bool,
    words: &Words,
) -> Vec<Vec<String>> {
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
            if concerned(g) {
                let _ = write!(text, " – {}", words.concerned);
            }
            wrap(&text)
        })
        .collect()
}

/// A key of the legend: what a mark drawn in the chart means.
enum Key {
    Advisory(&'static str),
    Unfilled(&'static str),
    Concerned(&'static str),
    Chair(&'static str),
    Deputy(&'static str),
    Text(&'static str),
}

/// The keys of the marks that are drawn, and only those.
fn keys(drawn: &Drawn, all_concerned: bool, words: &Words) -> Vec<Key> {
    let mut keys = Vec::new();
    if drawn.advisory {
        keys.push(Key::Advisory(words.advisory));
    }
    if drawn.unfilled {
        keys.push(Key::Unfilled(words.unfilled));
    }
    if drawn.concerned {
        keys.push(Key::Concerned(words.concerned));
    }
    if drawn.chair {
        keys.push(Key::Chair(words.chair));
    }
    if drawn.deputy {
        keys.push(Key::Deputy(words.deputy));
    }
    if all_concerned {
        keys.push(Key::Text(words.all_concerned));
    }
    keys
}

/// The legend: a swatch in the group's colour and shape and the wrapped
/// text of each group, then the key of each kind of mark drawn.
fn legend(svg: &mut String, entries: &[Vec<String>], keys: &[Key]) {
    let mut y = 114.0;
    for (gi, lines) in entries.iter().enumerate() {
        let colour = group_colour(gi);
        let attrs = format!(
            "class=\"swatch\" fill=\"{colour}\" stroke=\"{colour}\" stroke-width=\"0.5\" shape-rendering=\"crispEdges\""
        );
        svg.push_str(&SHAPES[gi % SHAPES.len()].element((12.0, y - 3.0, 4.0), &attrs));
        let _ = write!(svg, "<text x=\"20\" y=\"{y:.1}\">");
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
    for key in keys {
        let at = (12.0, y - 3.0, 3.5);
        let grey = "fill=\"#ffffff\" stroke=\"#555555\" stroke-width=\"0.9\"";
        let (mark, text) = match key {
            Key::Advisory(t) => (Shape::Circle.element(at, grey), t),
            Key::Unfilled(t) => (
                Shape::Circle.element(at, &format!("{grey} stroke-dasharray=\"1.75 1.2\"")),
                t,
            ),
            Key::Concerned(t) => {
                let mut m = Shape::Circle.element(at, "fill=\"#bbbbbb\"");
                dot(&mut m, at, "key-concerned");
                (m, t)
            }
            Key::Chair(t) => {
                let mut m = Shape::Circle.element(at, "fill=\"#bbbbbb\"");
                ring(&mut m, at, true, "key-chair");
                (m, t)
            }
            Key::Deputy(t) => {
                let mut m = Shape::Circle.element(at, "fill=\"#bbbbbb\"");
                ring(&mut m, at, false, "key-deputy");
                (m, t)
            }
            Key::Text(t) => (String::new(), t),
        };
        let x = if mark.is_empty() { 8 } else { 20 };
        let _ = write!(
            svg,
            "<g class=\"key\">{mark}<text x=\"{x}\" y=\"{y:.1}\">{}</text></g>",
            esc(text)
        );
        y += 12.0;
    }
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

//! The page as one self-contained HTML document: no scripts, no external
//! assets; A4 in print, headings kept with what follows them.

use std::fmt::Write as _;

use super::content::{Block, Doc};
use crate::language::Language;

/// Escapes text for HTML (element content and attribute values).
pub(super) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "\
:root{color-scheme:light}\n\
body{font-family:system-ui,sans-serif;max-width:46rem;margin:0 auto;padding:1rem;line-height:1.45;color:#111;background:#fff}\n\
h1{font-size:1.5rem;overflow-wrap:anywhere}\n\
h2{font-size:1.2rem;margin-top:1.6rem;border-bottom:1px solid #999}\n\
h3{font-size:1.05rem;margin-top:1.2rem}\n\
h1,h2,h3{break-after:avoid;page-break-after:avoid}\n\
h2+*,h3+*{break-before:avoid;page-break-before:avoid}\n\
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}\n\
dt{font-weight:600} dd{margin:0;overflow-wrap:anywhere}\n\
figure{margin:0} .chart svg{width:100%;max-width:32rem;height:auto}\n\
figcaption{font-size:.9rem;color:#333}\n\
table{border-collapse:collapse;margin:1rem 0;break-inside:avoid}\n\
caption{text-align:left;font-weight:600;padding-bottom:.3rem}\n\
th,td{border:1px solid #999;padding:.2rem .5rem;text-align:left;vertical-align:top}\n\
th[scope=row]{overflow-wrap:anywhere;min-width:6rem}\n\
td.n,th.n{text-align:right;white-space:nowrap;overflow-wrap:normal} tfoot td,tfoot th{font-weight:600}\n\
.ok{color:#0a6b2d} .bad{color:#a11111;font-weight:600}\n\
li{margin:.3rem 0;break-inside:avoid;page-break-inside:avoid} .cit{color:#333}\n\
@media (max-width:30rem){body{padding:.6rem} table{font-size:.85rem} th,td{padding:.15rem .3rem} dl{grid-template-columns:1fr} dd{margin-left:1rem}}\n\
@page{size:A4;margin:18mm 16mm}\n\
@media print{body{max-width:none;padding:0} .chart svg{max-width:13cm} a{color:#111}}\n";

/// The page as HTML.
pub(super) fn page(d: &Doc) -> String {
    let lang = if d.lang == Language::En { "en" } else { "de" };
    let mut s = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<main>\n<h1>{}</h1>\n",
        esc(&d.title),
        esc(&d.title)
    );
    if !d.facts.is_empty() {
        s.push_str("<dl>\n");
        for (k, v) in &d.facts {
            let _ = writeln!(s, "<dt>{}</dt><dd>{}</dd>", esc(k), esc(v));
        }
        s.push_str("</dl>\n");
    }
    for sec in &d.sections {
        let level = sec.level.clamp(2, 3);
        let _ = writeln!(s, "<section>\n<h{level}>{}</h{level}>", esc(&sec.title));
        for b in &sec.blocks {
            block(&mut s, b);
        }
        s.push_str("</section>\n");
    }
    s.push_str("</main>\n</body>\n</html>\n");
    s
}

fn block(s: &mut String, b: &Block) {
    match b {
        Block::Para { text, class: "" } => {
            let _ = writeln!(s, "<p>{}</p>", esc(text));
        }
        Block::Para { text, class } => {
            let _ = writeln!(s, "<p class=\"{class}\">{}</p>", esc(text));
        }
        Block::List(items) => {
            s.push_str("<ul>\n");
            for (text, note) in items {
                if note.is_empty() {
                    let _ = writeln!(s, "<li>{}</li>", esc(text));
                } else {
                    let _ = writeln!(
                        s,
                        "<li>{} <span class=\"cit\">({})</span></li>",
                        esc(text),
                        esc(note)
                    );
                }
            }
            s.push_str("</ul>\n");
        }
        Block::Table {
            caption,
            head,
            numeric,
            rows,
            total,
        } => {
            let class = |i: usize| {
                if numeric.get(i).copied().unwrap_or(false) {
                    " class=\"n\""
                } else {
                    ""
                }
            };
            let _ = write!(
                s,
                "<table>\n<caption>{}</caption>\n<thead><tr>",
                esc(caption)
            );
            for (i, h) in head.iter().enumerate() {
                let _ = write!(s, "<th scope=\"col\"{}>{}</th>", class(i), esc(h));
            }
            s.push_str("</tr></thead>\n<tbody>\n");
            let body_rows = if *total {
                rows.len().saturating_sub(1)
            } else {
                rows.len()
            };
            for (k, row) in rows.iter().enumerate() {
                if k == body_rows {
                    s.push_str("</tbody>\n<tfoot>\n");
                }
                s.push_str("<tr>");
                for (i, cell) in row.iter().enumerate() {
                    if i == 0 {
                        let _ = write!(s, "<th scope=\"row\">{}</th>", esc(cell));
                    } else {
                        let _ = write!(s, "<td{}>{}</td>", class(i), esc(cell));
                    }
                }
                s.push_str("</tr>\n");
            }
            s.push_str(if *total && !rows.is_empty() {
                "</tfoot>\n</table>\n"
            } else {
                "</tbody>\n</table>\n"
            });
        }
        Block::Chart { svg, caption } => {
            let _ = writeln!(
                s,
                "<figure class=\"chart\">{svg}<figcaption>{}</figcaption></figure>",
                esc(caption)
            );
        }
    }
}

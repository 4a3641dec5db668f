//! The page as Markdown: every text escaped, so that a name with a line
//! break, a `|` or an `&` stays one piece of text.

use std::fmt::Write as _;

use super::content::{Block, Doc};

/// Markdown text: the characters that would start markup escaped, `&` and
/// `<` as entities, line breaks (and other control characters) as spaces.
pub(super) fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' | '~' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The page as Markdown.
pub(super) fn page(d: &Doc) -> String {
    let mut s = format!("# {}\n", md(&d.title));
    if !d.facts.is_empty() {
        s.push('\n');
    }
    for (k, v) in &d.facts {
        let _ = writeln!(s, "- **{}:** {}", md(k), md(v));
    }
    for sec in &d.sections {
        let hashes = if sec.level >= 3 { "###" } else { "##" };
        let _ = write!(s, "\n{hashes} {}\n\n", md(&sec.title));
        // A blank line between blocks: a paragraph right after a table
        // would be read as one more row.
        for (i, b) in sec.blocks.iter().enumerate() {
            if i > 0 && !matches!(b, Block::Chart { .. }) {
                s.push('\n');
            }
            block(&mut s, b);
        }
    }
    s
}

fn block(s: &mut String, b: &Block) {
    match b {
        Block::Para { text, .. } => {
            let _ = writeln!(s, "{}", md(text));
        }
        Block::List(items) => {
            for (text, note) in items {
                if note.is_empty() {
                    let _ = writeln!(s, "- {}", md(text));
                } else {
                    let _ = writeln!(s, "- {} ({})", md(text), md(note));
                }
            }
        }
        Block::Table {
            caption,
            head,
            numeric,
            rows,
            total,
        } => {
            let _ = write!(s, "{}:\n\n|", md(caption));
            for h in head {
                let _ = write!(s, " {} |", md(h));
            }
            s.push_str("\n|");
            for i in 0..head.len() {
                s.push_str(if numeric.get(i).copied().unwrap_or(false) {
                    "---:|"
                } else {
                    "---|"
                });
            }
            s.push('\n');
            for (k, row) in rows.iter().enumerate() {
                let strong = *total && k + 1 == rows.len();
                s.push('|');
                for cell in row {
                    if strong {
                        let _ = write!(s, " **{}** |", md(cell));
                    } else {
                        let _ = write!(s, " {} |", md(cell));
                    }
                }
                s.push('\n');
            }
        }
        // The chart is a picture: the table says the same in Markdown.
        Block::Chart { .. } => {}
    }
}

#[cfg(test)]
mod tests {
    use super::md;

    #[test]
    fn markdown_text_stays_text() {
        assert_eq!(md("A & B\n# C | D"), "A &amp; B \\# C \\| D");
        assert_eq!(md("<b>x</b>"), "&lt;b&gt;x&lt;/b&gt;");
        assert_eq!(md("&amp;"), "&amp;amp;");
    }
}

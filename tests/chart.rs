//! The seat chart as a person sees it: rendered to pixels with resvg, the
//! seats are counted by colour and compared with the composition.

use migrant_representation::{
    Language, RepresentationBody,
    body::{ChartOptions, group_colour},
};
use resvg::{tiny_skia, usvg};

fn body(name: &str) -> RepresentationBody {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/data")
        .join(name);
    RepresentationBody::from_json_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn render(svg: &str) -> tiny_skia::Pixmap {
    let tree = usvg::Tree::from_str(svg, &usvg::Options::default()).expect("valid SVG");
    let size = tree.size();
    let scale = 8.0;
    let mut pixmap = tiny_skia::Pixmap::new(
        (size.width() * scale).ceil() as u32,
        (size.height() * scale).ceil() as u32,
    )
    .unwrap();
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap
}

fn rgb(hex: &str) -> [u8; 3] {
    let v = u32::from_str_radix(hex.trim_start_matches('#'), 16).unwrap();
    [(v >> 16) as u8, (v >> 8) as u8, v as u8]
}

/// The connected areas (4-neighbourhood) of exactly `colour`.
fn blobs(p: &tiny_skia::Pixmap, colour: [u8; 3]) -> usize {
    let (w, h) = (p.width() as usize, p.height() as usize);
    let px = p.pixels();
    let is = |i: usize| {
        let c = px[i].demultiply();
        [c.red(), c.green(), c.blue()] == colour && c.alpha() == 255
    };
    let mut seen = vec![false; w * h];
    let mut count = 0;
    for start in 0..w * h {
        if seen[start] || !is(start) {
            continue;
        }
        count += 1;
        let mut stack = vec![start];
        seen[start] = true;
        while let Some(i) = stack.pop() {
            let (x, y) = (i % w, i / w);
            let mut push = |j: usize| {
                if !seen[j] && is(j) {
                    seen[j] = true;
                    stack.push(j);
                }
            };
            if x > 0 {
                push(i - 1);
            }
            if x + 1 < w {
                push(i + 1);
            }
            if y > 0 {
                push(i - w);
            }
            if y + 1 < h {
                push(i + w);
            }
        }
    }
    count
}

/// Every seat of every group is one mark of the group's colour (a disc, or
/// a ring for an advisory seat), plus one legend swatch per group.
#[test]
fn the_rendered_chart_shows_one_mark_per_seat_in_its_groups_colour() {
    for name in [
        "history/kaufbeuren-integrationsbeirat.json",
        "koeln-integrationsrat.json",
        "dresden-integrations-und-auslaenderbeirat.json",
        "wiesbaden-auslaenderbeirat.json",
        "stuttgart-internationaler-ausschuss.json",
    ] {
        let b = body(name);
        let svg = b.composition().seat_chart(&ChartOptions::new(Language::De));
        let pixels = render(&svg);
        let groups = b.composition().seat_groups();
        // Two groups share a colour only beyond seven groups.
        assert!(groups.len() <= 7, "{name}");
        for (i, g) in groups.iter().enumerate() {
            let marks = blobs(&pixels, rgb(group_colour(i)));
            let expected = usize::from(g.filled()) + 1;
            assert_eq!(marks, expected, "{name}: group {}", g.id());
        }
    }
}

#[test]
fn the_chart_works_from_3_to_100_seats_and_in_both_languages() {
    let base: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("examples/data/koeln-integrationsrat.json"),
        )
        .unwrap(),
    )
    .unwrap();
    for (elected, council) in [(2u16, 1u16), (13, 6), (50, 25), (66, 34)] {
        let mut v = base.clone();
        v["composition"]["seat_groups"][0]["seats"] = elected.into();
        v["composition"]["seat_groups"][1]["seats"] = council.into();
        v["local_rules"] = serde_json::json!([]);
        for g in v["composition"]["seat_groups"].as_array_mut().unwrap() {
            g.as_object_mut().unwrap().remove("filled");
        }
        let b = RepresentationBody::from_json_value(v).unwrap();
        for lang in [Language::De, Language::En] {
            let svg = b.composition().seat_chart(&ChartOptions::new(lang));
            let pixels = render(&svg);
            assert_eq!(
                blobs(&pixels, rgb(group_colour(0))),
                usize::from(elected) + 1,
                "{elected}+{council}"
            );
            assert_eq!(
                blobs(&pixels, rgb(group_colour(1))),
                usize::from(council) + 1,
                "{elected}+{council}"
            );
            let words = if lang == Language::De {
                "Sitzverteilung"
            } else {
                "Seats"
            };
            assert!(svg.contains(words));
            assert!(
                !svg.contains("directly_elected"),
                "no identifier in the legend"
            );
        }
    }
}

/// Highlighted groups get a black dot on each seat and a legend note;
/// hollow marks for advisory seats; dashed marks for unfilled seats.
#[test]
fn highlights_advisory_and_unfilled_seats_are_drawn() {
    // Saarbrücken 2019: 10 elected seats, of which only 7 were filled.
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/data/saarbruecken-integrationsbeirat.json");
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(v["composition"]["seat_groups"][0]["seats"], 10);
    v["composition"]["seat_groups"][0]["filled"] = 7.into();
    let b = RepresentationBody::from_json_value(v).unwrap();
    let mut options = ChartOptions::new(Language::De);
    options.highlight = vec![b.composition().seat_groups()[0].id().to_owned()];
    let svg = b.composition().seat_chart(&options);
    // The legend is wrapped into lines: read it as one text.
    let text = svg
        .replace("<tspan x=\"20\" dy=\"9.0\">", " ")
        .replace("</tspan>", "");
    assert!(text.contains("von einem Befund betroffen"), "{text}");
    assert!(text.contains("(7 besetzt)"));
    // Rendered, the 7 filled seats are discs and the 3 unfilled dashed rings
    // are not counted as discs of the group's colour.
    assert_eq!(
        blobs(&render(&svg), rgb(group_colour(1))),
        usize::from(b.composition().seat_groups()[1].filled()) + 1
    );
    let unfilled: u16 = b
        .composition()
        .seat_groups()
        .iter()
        .map(|g| g.seats() - g.filled())
        .sum();
    let dashed_seats = svg
        .split('<')
        .filter(|c| c.contains("class=\"seat\"") && c.contains("stroke-dasharray"))
        .count();
    assert_eq!(unfilled, 3);
    assert_eq!(dashed_seats, usize::from(unfilled));
    // The same chart is drawn twice alike (deterministic).
    assert_eq!(svg, b.composition().seat_chart(&options));
}

/// The chair and the deputies are ringed only where the document or the
/// roster says in which group they sit, and the legend keys only what is
/// drawn.
#[test]
fn chair_and_deputies_are_marked_only_where_the_document_says() {
    // Köln: chair and deputies elected from all members: nobody is ringed.
    let koeln = body("koeln-integrationsrat.json");
    let svg = koeln
        .composition()
        .seat_chart(&ChartOptions::new(Language::De));
    assert!(!svg.contains("class=\"chair\"") && !svg.contains("class=\"deputy\""));
    assert!(
        !svg.contains("Vorsitz"),
        "the legend keys a chair not drawn"
    );
    // Dresden: the chair from the migrants, the deputy from the council.
    let dresden = body("dresden-integrations-und-auslaenderbeirat.json");
    let svg = dresden
        .composition()
        .seat_chart(&ChartOptions::new(Language::De));
    assert_eq!(svg.matches("class=\"chair\"").count(), 1);
    assert_eq!(svg.matches("class=\"deputy\"").count(), 1);
    let migrants = svg.split("data-group=\"migrants\"").nth(1).unwrap();
    let migrants = migrants.split("</g>").next().unwrap();
    assert!(migrants.contains("class=\"chair\""));
    assert!(svg.contains("Vorsitz") && svg.contains("Stellvertretung im Vorsitz"));
    // A roster that names the chair: ringed in the chair's group.
    let council = koeln.composition().seat_groups()[1].id().to_owned();
    let roster = vec![
        serde_json::from_value::<migrant_representation::body::Membership>(
            serde_json::json!({"person": "p1", "seat_group": council, "role": "chair"}),
        )
        .unwrap(),
    ];
    let on = chrono::NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
    let svg = koeln
        .composition()
        .seat_chart(&ChartOptions::new(Language::En).holders_from(&roster, on));
    assert_eq!(svg.matches("class=\"chair\"").count(), 1);
    let group = svg
        .split(&format!("data-group=\"{council}\""))
        .nth(1)
        .unwrap();
    assert!(
        group
            .split("</g>")
            .next()
            .unwrap()
            .contains("class=\"chair\"")
    );
    assert!(svg.contains(">chair<") && !svg.contains("deputy"));
}

/// A highlighted group keeps its colour (a black dot marks it); when every
/// group is concerned, no seat is marked and the legend says so.
#[test]
fn highlighted_seats_keep_their_colour() {
    let b = body("koeln-integrationsrat.json");
    let groups = b.composition().seat_groups();
    let mut options = ChartOptions::new(Language::De);
    options.highlight = vec![groups[1].id().to_owned()];
    let svg = b.composition().seat_chart(&options);
    let pixels = render(&svg);
    for (i, g) in groups.iter().enumerate() {
        assert_eq!(
            blobs(&pixels, rgb(group_colour(i))),
            usize::from(g.filled()) + 1
        );
    }
    assert_eq!(
        svg.matches("class=\"concerned\"").count(),
        usize::from(groups[1].seats())
    );
    options.highlight = groups.iter().map(|g| g.id().to_owned()).collect();
    let svg = b.composition().seat_chart(&options);
    assert!(!svg.contains("class=\"concerned\""));
    assert!(svg.contains("Alle Sitzgruppen sind von einem Befund betroffen."));
}

/// The second cue: in greyscale, every two of the first seven groups differ
/// in the shape of their seats or clearly in grey. Without the shapes, the
/// palette alone would not do (orange, sky blue and pink print alike).
#[test]
fn groups_stay_apart_in_greyscale() {
    fn grey(c: [u8; 3]) -> f64 {
        0.299 * f64::from(c[0]) + 0.587 * f64::from(c[1]) + 0.114 * f64::from(c[2])
    }
    // The palette alone: some groups are within 12 grey levels.
    let greys: Vec<f64> = (0..7).map(|i| grey(rgb(group_colour(i)))).collect();
    let close = (0..7)
        .flat_map(|i| (i + 1..7).map(move |j| (i, j)))
        .filter(|&(i, j)| (greys[i] - greys[j]).abs() < 12.0)
        .count();
    assert!(
        close > 0,
        "the palette alone would do: the test shows nothing"
    );
    // One seat of each group, rendered alone, in greyscale: its outline
    // (an 8 × 8 grid of covered cells) and its grey.
    let mut doc: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("examples/data/koeln-integrationsrat.json"),
        )
        .unwrap(),
    )
    .unwrap();
    doc["local_rules"] = serde_json::json!([]);
    doc["composition"]["seat_groups"] = (0..7)
        .map(|i| {
            serde_json::json!({"id": format!("g{i}"), "label": format!("Gruppe {i}"),
                "filling": "directly_elected", "voting": "voting", "seats": 1})
        })
        .collect();
    doc["composition"]
        .as_object_mut()
        .unwrap()
        .retain(|k, _| k == "seat_groups");
    let b = RepresentationBody::from_json_value(doc).unwrap();
    let svg = b.composition().seat_chart(&ChartOptions::new(Language::De));
    let signature = |i: usize| -> (Vec<bool>, f64) {
        let part = svg.split(&format!("data-group=\"g{i}\"")).nth(1).unwrap();
        let seat = part.split("</desc>").nth(1).unwrap();
        let element = &seat[seat.find('<').unwrap()..=seat.find("/>").unwrap() + 1];
        let one = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 200\"><rect width=\"200\" height=\"200\" fill=\"#ffffff\"/>{element}</svg>"
        );
        let p = render(&one);
        let (w, h) = (p.width() as usize, p.height() as usize);
        let px: Vec<f64> = p
            .pixels()
            .iter()
            .map(|c| {
                let c = c.demultiply();
                grey([c.red(), c.green(), c.blue()])
            })
            .collect();
        let inked: Vec<usize> = (0..w * h).filter(|&k| px[k] < 250.0).collect();
        let (x0, x1) = (
            inked.iter().map(|k| k % w).min().unwrap(),
            inked.iter().map(|k| k % w).max().unwrap(),
        );
        let (y0, y1) = (
            inked.iter().map(|k| k / w).min().unwrap(),
            inked.iter().map(|k| k / w).max().unwrap(),
        );
        let mut grid = vec![false; 64];
        for gy in 0..8 {
            for gx in 0..8 {
                let x = x0 + (x1 - x0) * (2 * gx + 1) / 16;
                let y = y0 + (y1 - y0) * (2 * gy + 1) / 16;
                grid[gy * 8 + gx] = px[y * w + x] < 250.0;
            }
        }
        let mean = inked.iter().map(|&k| px[k]).sum::<f64>() / inked.len() as f64;
        (grid, mean)
    };
    let sigs: Vec<_> = (0..7).map(signature).collect();
    for i in 0..7 {
        for j in i + 1..7 {
            let cells = (0..64).filter(|&k| sigs[i].0[k] != sigs[j].0[k]).count();
            let grey_gap = (sigs[i].1 - sigs[j].1).abs();
            assert!(
                cells >= 4 || grey_gap >= 40.0,
                "groups {i} and {j} look alike in greyscale: {cells} cells, {grey_gap:.0} grey levels apart"
            );
        }
    }
}

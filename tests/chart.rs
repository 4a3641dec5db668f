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

/// Highlighted groups get a black outline and a legend note; hollow marks
/// for advisory seats; dashed marks for unfilled seats.
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
        .split("<circle")
        .filter(|c| c.contains("class=\"seat\"") && c.contains("stroke-dasharray"))
        .count();
    assert_eq!(unfilled, 3);
    assert_eq!(dashed_seats, usize::from(unfilled));
    // The same chart is drawn twice alike (deterministic).
    assert_eq!(svg, b.composition().seat_chart(&options));
}

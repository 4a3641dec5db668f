//! The README's figures are the crate's: the rules per Land and how many of
//! them are verified, computed from the catalogue.

use migrant_representation::law::Certainty;
use migrant_representation::{Land, Law};

/// The README table of the rules per Land, as the catalogue gives it.
fn table() -> String {
    let catalogue = Law::builtin().catalogue();
    let mut out = String::from("| Land | rules | verified | unverified |\n|---|---:|---:|---:|\n");
    let (mut all, mut verified) = (0, 0);
    for land in Land::iter() {
        let rules: Vec<_> = catalogue.iter().filter(|e| e.land == land).collect();
        let v = rules
            .iter()
            .filter(|e| e.certainty == Certainty::Verified)
            .count();
        out.push_str(&format!(
            "| {} ({}) | {} | {} | {} |\n",
            land.official_name(),
            land.code(),
            rules.len(),
            v,
            rules.len() - v
        ));
        all += rules.len();
        verified += v;
    }
    out.push_str(&format!(
        "| **all** | **{all}** | **{verified}** | **{}** |\n",
        all - verified
    ));
    out
}

#[test]
fn the_readme_counts_the_rules_per_land_as_the_catalogue_does() {
    let readme =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
            .unwrap();
    let start = "<!-- rules-per-land -->\n";
    let end = "<!-- /rules-per-land -->";
    let i = readme.find(start).expect("the README has the table") + start.len();
    let j = readme[i..].find(end).expect("the table ends") + i;
    let expected = table();
    assert_eq!(
        &readme[i..j],
        expected,
        "update the README table to:\n{expected}"
    );
}

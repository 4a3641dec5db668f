//! Structural rules: construction and deserialization reject bad values with
//! typed errors that say what and where.

use migrant_representation::{
    Document, Error, RepresentationBody,
    body::{Composition, RawComposition, RawSeatGroup, SeatFilling, SeatGroup, VotingRight},
    error::JsonPointer,
};
use serde_json::json;

use crate::common::*;

#[test]
fn a_zero_seat_group_is_rejected_by_constructor_and_deserializer() {
    let raw = RawSeatGroup::new(
        "elected",
        "gewählte Mitglieder",
        SeatFilling::DirectlyElected,
        VotingRight::Voting,
        0,
    );
    let err = SeatGroup::new(raw.clone()).unwrap_err();
    assert_eq!(err.as_slice()[0].code.as_str(), "zero_count");
    assert_eq!(err.as_slice()[0].path.as_str(), "/seats");
    let json = serde_json::to_string(&raw).unwrap();
    let e = serde_json::from_str::<SeatGroup>(&json).unwrap_err();
    assert!(e.to_string().contains("mindestens 1"), "{e}");
}

#[test]
fn member_counts_may_not_exceed_the_filled_seats() {
    // An input type gains fields without breaking this code: it is built
    // by its constructor, and its public fields are set.
    let mut raw = RawSeatGroup::new(
        "experts",
        "sachkundige Einwohner",
        SeatFilling::Appointed,
        VotingRight::Voting,
        6,
    )
    .with_filled(5);
    raw.women = Some(5);
    raw.with_migration_history = Some(6);
    let err = SeatGroup::new(raw.clone()).unwrap_err();
    assert_eq!(err.len(), 1);
    assert_eq!(
        err.as_slice()[0].code.as_str(),
        "member_count_exceeds_members"
    );
    assert_eq!(err.as_slice()[0].path.as_str(), "/with_migration_history");
    raw.with_migration_history = Some(5);
    let ok = SeatGroup::new(raw).unwrap();
    assert_eq!(
        ok.members_with(migrant_representation::body::MemberAttribute::Woman),
        Some(5)
    );
}

#[test]
fn filled_seats_cannot_exceed_seats() {
    let v = with(load("luedenscheid-integrationsrat.json"), |v| {
        groups(v)[0]["filled"] = json!(9)
    });
    assert_eq!(
        structural(&v),
        [(
            "filled_seats_exceed_seats".into(),
            "/composition/seat_groups/0/filled".into()
        )]
    );
    let ok = with(load("luedenscheid-integrationsrat.json"), |v| {
        groups(v)[0]["filled"] = json!(8)
    });
    assert!(RepresentationBody::from_json_value(ok).is_ok());
}

#[test]
fn a_composition_needs_groups_with_unique_ids_and_known_references() {
    let empty = Composition::new(RawComposition::new(vec![]));
    assert_eq!(
        empty.unwrap_err().as_slice()[0].code.as_str(),
        "no_seat_groups"
    );
    let v = with(
        load("dresden-integrations-und-auslaenderbeirat.json"),
        |v| {
            v["composition"]["deputies"] = json!({"method": "co_chairs", "office": "Oberbürgermeister", "elected_by_group": "nobody"});
            groups(v)[1]["id"] = json!("migrants");
        },
    );
    assert_eq!(
        structural(&v),
        [
            (
                "duplicate_seat_group_id".into(),
                "/composition/seat_groups/1/id".into()
            ),
            (
                "unknown_seat_group".into(),
                "/composition/deputies/elected_by_group".into()
            ),
        ]
    );
}

#[test]
fn too_many_seats_are_rejected() {
    let v = with(load("frankfurt-kav.json"), |v| {
        groups(v)[0]["seats"] = json!(1001)
    });
    assert_eq!(
        structural(&v),
        [("too_many_seats".into(), "/composition/seat_groups".into())]
    );
}

#[test]
fn texts_ids_and_ags_are_checked() {
    let v = with(load_current("koeln-integrationsrat.json"), |v| {
        v["english_label"] = json!("x".repeat(301));
        v["jurisdiction"]["ags"] = json!("5315000");
        v["local_rules"][0]["id"] = json!("Köln");
        groups(v)[0]["label"] = json!("\t ");
    });
    assert_eq!(
        structural(&v),
        [
            ("text_too_long".into(), "/english_label".into()),
            ("invalid_ags".into(), "/jurisdiction/ags".into()),
            (
                "empty_text".into(),
                "/composition/seat_groups/0/label".into()
            ),
            ("invalid_identifier".into(), "/local_rules/0/id".into()),
        ]
    );
}

#[test]
fn schema_version_and_level_are_checked() {
    let v = with(load_current("koeln-integrationsrat.json"), |v| {
        v["schema_version"] = json!(2);
        v["jurisdiction"]["level"] = json!("federal");
    });
    assert_eq!(
        structural(&v),
        [
            (
                "unsupported_schema_version".into(),
                "/schema_version".into()
            ),
            ("level_mismatch".into(), "/jurisdiction/level".into()),
        ]
    );
}

#[test]
fn local_rules_must_be_well_formed() {
    let v = with(load_current("koeln-integrationsrat.json"), |v| {
        v["local_rules"][1]["constraint"]["min"] = json!({"numerator": 4, "denominator": 3});
        v["local_rules"][0]["constraint"]["of"]["classes"] = json!([]);
        v["local_rules"][0]["validity"] = json!({"from": "2020-01-01", "until": "2019-01-01"});
        v["local_rules"][0]["citation"]["paragraph"] = json!(0);
    });
    assert_eq!(
        structural(&v),
        [
            (
                "zero_count".into(),
                "/local_rules/0/citation/paragraph".into()
            ),
            ("invalid_validity".into(), "/local_rules/0/validity".into()),
            (
                "empty_selector".into(),
                "/local_rules/0/constraint/of/classes".into()
            ),
            (
                "invalid_share".into(),
                "/local_rules/1/constraint/min".into()
            ),
        ]
    );
}

#[test]
fn malformed_documents_say_where() {
    let cases = [
        (
            with(load_current("koeln-integrationsrat.json"), |v| {
                v["colour"] = json!("red")
            }),
            "/colour",
        ),
        (
            with(load_current("koeln-integrationsrat.json"), |v| {
                groups(v)[1]["voting"] = json!("sometimes")
            }),
            "/composition/seat_groups/1/voting",
        ),
        (
            with(load_current("koeln-integrationsrat.json"), |v| {
                groups(v)[0]["seats"] = json!("22")
            }),
            "/composition/seat_groups/0/seats",
        ),
        (
            with(load_current("koeln-integrationsrat.json"), |v| {
                groups(v)[0]["seats"] = json!(-1)
            }),
            "/composition/seat_groups/0/seats",
        ),
        (
            with(load_current("koeln-integrationsrat.json"), |v| {
                v["term"]["length"]["council_elected_on"] = json!("2025-02-30")
            }),
            "/term/length/council_elected_on",
        ),
        (
            with(load_current("koeln-integrationsrat.json"), |v| {
                v["jurisdiction"]["land"] = json!("XX")
            }),
            "/jurisdiction/land",
        ),
        (
            with(load_current("koeln-integrationsrat.json"), |v| {
                v.as_object_mut().unwrap().remove("composition");
            }),
            "",
        ),
    ];
    // Inside internally tagged objects (`method`) the pointer ends at the
    // tagged object, because serde buffers its content; the term's length is
    // read field by field, so its dates are pointed at.
    for (v, path) in cases {
        match Document::from_json_str(&v.to_string()) {
            Err(Error::Malformed { path: p, message }) => {
                assert_eq!(p.as_str(), path, "{message}");
                assert!(!message.is_empty());
            }
            other => panic!("expected Malformed at {path}, got {other:?}"),
        }
    }
}

#[test]
fn document_type_is_required_and_known() {
    for (text, path) in [
        ("[]", ""),
        ("{}", "/document_type"),
        (r#"{"document_type": 3}"#, "/document_type"),
        (r#"{"document_type": "parliament"}"#, "/document_type"),
    ] {
        match Document::from_json_str(text) {
            Err(Error::Malformed { path: p, .. }) => {
                assert_eq!(p, JsonPointer::parse(path).unwrap(), "{text}")
            }
            other => panic!("{text}: {other:?}"),
        }
    }
}

#[test]
fn associations_and_networks_have_structural_rules() {
    let laka = with(load("laka-bw.json"), |v| {
        v["scope"] = json!({"level": "municipality", "land": "BW"})
    });
    assert_eq!(
        structural(&laka),
        [("level_mismatch".into(), "/scope/level".into())]
    );
    let no_land = with(load("elternnetzwerk-nrw.json"), |v| {
        v["scope"] = json!({"level": "state"})
    });
    assert_eq!(
        structural(&no_land),
        [("missing_land".into(), "/scope/land".into())]
    );
    let network = json!({
        "document_type": "network", "schema_version": 1, "id": "verbund-x",
        "official_name": "Verbund der Migrantenorganisationen", "english_label": "Federation of migrant organisations",
        "scope": {"level": "municipality", "land": "NW"}, "claimed_stage": "federation"
    });
    assert_eq!(
        structural(&network),
        [("missing_area".into(), "/scope/area".into())]
    );
    let ok = with(network, |v| v["scope"]["area"] = json!("Dortmund"));
    let doc = Document::from_json_str(&ok.to_string()).unwrap();
    assert_eq!(
        doc.document_type(),
        migrant_representation::DocumentType::Network
    );
    assert_eq!(doc.document_type().as_str(), "network");
    assert_eq!(doc.check(date("2026-01-15")).unwrap(), None);
}

#[test]
fn arbitrary_bytes_never_panic() {
    let samples: [&[u8]; 6] = [
        b"",
        b"\xff\xfe",
        b"{",
        b"null",
        b"{\"document_type\":\"representation_body\"}",
        b"[1,2,3]",
    ];
    for s in samples {
        let text = String::from_utf8_lossy(s);
        assert!(Document::from_json_str(&text).is_err());
    }
}

#[test]
fn a_founding_year_must_agree_with_the_founding_day() {
    let laka = with(load("laka-bw.json"), |v| v["founded_year"] = json!(1999));
    assert_eq!(
        structural(&laka),
        [("founding_year_mismatch".into(), "/founded_year".into())]
    );
    let ok = with(load("laka-bw.json"), |v| v["founded_year"] = json!(1998));
    assert!(Document::from_json_str(&ok.to_string()).is_ok());
}

#[test]
fn deserializing_associations_and_networks_with_serde_validates_them() {
    let bad = with(load("laka-bw.json"), |v| {
        v["scope"]["level"] = json!("municipality")
    });
    let e = serde_json::from_value::<migrant_representation::Association>(bad).unwrap_err();
    assert!(e.to_string().contains("Ebene passt nicht"), "{e}");
    let ok = serde_json::from_value::<migrant_representation::Association>(load("laka-bw.json"))
        .unwrap();
    assert_eq!(ok.id, "laka-bw");
    let net = with(load("networks/netzwerk-stage.json"), |v| {
        v["scope"]["level"] = json!("federal")
    });
    assert!(serde_json::from_value::<migrant_representation::Network>(net).is_err());
}

#[test]
fn huge_inputs_are_refused_without_overflow() {
    // 70,000 groups of 65,535 seats would overflow a 32-bit sum.
    let groups: Vec<serde_json::Value> = (0..70_000)
        .map(|i| json!({"id": format!("g{i}"), "label": "x", "filling": "appointed", "voting": "voting", "seats": 65_535}))
        .collect();
    let v = with(load("stuttgart-internationaler-ausschuss.json"), |v| {
        v["composition"]["seat_groups"] = json!(groups)
    });
    let codes: Vec<(String, String)> = structural(&v);
    assert!(codes.contains(&("too_many_seats".into(), "/composition/seat_groups".into())));
    // A date outside the years 1900–2199, or not written YYYY-MM-DD, is
    // refused where it stands (chrono alone would read all of these).
    for bad in [
        "+262140-01-01",
        "-262143-01-01",
        "0000-01-01",
        "2024-2-5",
        " 2024-02-15",
    ] {
        let far = with(load("landau-beirat-migration-integration.json"), |v| {
            v["term"] = json!({"constituted_on": bad, "length": {"kind": "years", "years": 5}});
        });
        match Document::from_json_str(&far.to_string()) {
            Err(Error::Malformed { path, message }) => {
                assert_eq!(path.as_str(), "/term/constituted_on", "{bad}");
                assert!(message.contains("YYYY-MM-DD"), "{message}");
            }
            other => panic!("{bad}: {other:?}"),
        }
    }
}

#[test]
fn an_unknown_document_type_is_named_and_cut_short() {
    let long = "x".repeat(10_000);
    let err =
        Document::from_json_str(&json!({"document_type": long, "schema_version": 1}).to_string())
            .unwrap_err();
    let s = err.to_string();
    assert!(s.contains("\"representation_body\""), "{s}");
    assert!(s.len() < 300, "{s}");
}

/// Hostile input: a huge value is quoted in at most about 80 characters
/// with its length, whichever way it arrives; findings are capped.
#[test]
fn huge_input_is_never_echoed_whole_and_findings_are_capped() {
    let huge = "x".repeat(1_000_000);
    let koeln = load_current("koeln-integrationsrat.json");
    let cases = [
        with(koeln.clone(), |v| v["id"] = json!(huge)),
        with(koeln.clone(), |v| v["body_type"] = json!(huge)),
        with(koeln.clone(), |v| v[huge.as_str()] = json!(1)),
        with(koeln.clone(), |v| v["jurisdiction"]["ags"] = json!(huge)),
        with(koeln.clone(), |v| {
            v["composition"]["chair"] = json!({"method": "elected_from_group", "group": huge})
        }),
        with(koeln.clone(), |v| v["official_name"] = json!(5)),
    ];
    for (i, doc) in cases.iter().enumerate() {
        let err = Document::from_json_str(&doc.to_string()).unwrap_err();
        let text = format!("{err}");
        let json = serde_json::to_string(&match &err {
            Error::Invalid(v) => serde_json::to_value(v).unwrap(),
            other => json!(other.to_string()),
        })
        .unwrap();
        assert!(text.len() < 2_000, "case {i}: {} bytes", text.len());
        assert!(json.len() < 4_000, "case {i}: {} bytes", json.len());
    }
    // 5,000 seat groups sharing one id: 1,000 findings listed, then one
    // that counts the rest.
    let many = with(koeln, |v| {
        let g = v["composition"]["seat_groups"][0].clone();
        let groups = v["composition"]["seat_groups"].as_array_mut().unwrap();
        groups.clear();
        for _ in 0..5_000 {
            let mut g = g.clone();
            g["seats"] = json!(1);
            g.as_object_mut().unwrap().remove("filled");
            groups.push(g);
        }
    });
    let s = structural(&many);
    assert_eq!(s.len(), migrant_representation::limits::MAX_FINDINGS + 1);
    assert_eq!(s.last().unwrap().0, "too_many_findings");
}

/// Text made only of invisible characters is empty, and a reference with a
/// zero-width character is the same reference.
#[test]
fn invisible_text_is_empty_and_references_are_normalised() {
    let koeln = load_current("koeln-integrationsrat.json");
    for blank in [
        "\u{200B}\u{200B}",
        "\u{FEFF}",
        "\u{0007}\u{0008}",
        " \u{00AD} ",
        // Bidirectional controls, fillers and a blank Braille cell.
        "\u{202E}",
        "\u{2066}\u{2067}\u{2068}\u{2069}",
        "\u{200E}\u{200F}\u{061C}",
        "\u{2800}",
        "\u{115F}",
        "\u{3164}",
        "\u{FFA0}\u{1160}",
        "\u{E0041}\u{E007F}",
        "\u{FE0F}\u{034F}",
    ] {
        let doc = with(koeln.clone(), |v| v["official_name"] = json!(blank));
        assert_eq!(
            structural(&doc),
            [("empty_text".to_owned(), "/official_name".to_owned())],
            "{blank:?}"
        );
    }
    // A visible name with a zero-width character inside stays valid.
    let ok = with(koeln, |v| {
        v["official_name"] = json!("Integrationsrat\u{200B} Köln")
    });
    assert!(Document::from_json_str(&ok.to_string()).is_ok());
    let twice = with(load("luedenscheid-integrationsrat.json"), |v| {
        let person = v["roster"][0]["person"].as_str().unwrap().to_owned();
        v["roster"][9]["person"] = json!(format!("{person}\u{200B}"));
    });
    assert!(
        report(&twice, "2026-01-15")
            .violations
            .iter()
            .any(|x| x.code.as_str() == "duplicate_voting_membership")
    );
    // A right-to-left override after the name, or isolates around it, do
    // not make a second person who can vote twice.
    for spelled in [
        "{}\u{202E}",
        "\u{2066}{}\u{2069}",
        "\u{2067}{}\u{2069}",
        "{}\u{2800}",
    ] {
        let twice = with(load("luedenscheid-integrationsrat.json"), |v| {
            let person = v["roster"][0]["person"].as_str().unwrap().to_owned();
            v["roster"][9]["person"] = json!(spelled.replace("{}", &person));
        });
        assert!(
            report(&twice, "2026-01-15")
                .violations
                .iter()
                .any(|x| x.code.as_str() == "duplicate_voting_membership"),
            "{spelled:?}"
        );
    }
    // One name in two Unicode forms (NFC and NFD) is one person.
    let composed = with(load("luedenscheid-integrationsrat.json"), |v| {
        v["roster"][0]["person"] = json!("Özdemir");
        v["roster"][9]["person"] = json!("O\u{0308}zdemir");
    });
    assert!(
        report(&composed, "2026-01-15")
            .violations
            .iter()
            .any(|x| x.code.as_str() == "duplicate_voting_membership")
    );
}

/// A wrong type in valid JSON is a type error at its JSON Pointer, not a
/// syntax error; broken JSON stays a syntax error; a BOM gets a hint.
#[test]
fn wrong_types_are_type_errors_with_a_pointer() {
    let koeln = load_current("koeln-integrationsrat.json");
    for (doc, at) in [
        (
            with(koeln.clone(), |v| v["jurisdiction"]["land"] = json!(5)),
            "/jurisdiction/land",
        ),
        (
            with(koeln.clone(), |v| {
                v["composition"]["seat_groups"][0]["voting"] = json!(true)
            }),
            "/composition/seat_groups/0/voting",
        ),
        (
            with(koeln.clone(), |v| {
                v["body_type"] = json!(["integration_council"])
            }),
            "/body_type",
        ),
    ] {
        match Document::from_json_str(&doc.to_string()) {
            Err(Error::Malformed { path, message }) => {
                assert_eq!(path.as_str(), at);
                assert!(message.contains("wrong type"), "{message}");
            }
            other => panic!("{at}: {other:?}"),
        }
    }
    // A date inside the term's length points at the date.
    let bad_day = with(koeln.clone(), |v| {
        v["term"]["length"]["council_elected_on"] = json!("2020-13-45");
    });
    match Document::from_json_str(&bad_day.to_string()) {
        Err(Error::Malformed { path, .. }) => {
            assert_eq!(path.as_str(), "/term/length/council_elected_on");
        }
        other => panic!("{other:?}"),
    }
    // A length with a field of another kind is refused.
    let mixed = with(koeln.clone(), |v| {
        v["term"]["length"]["years"] = json!(5);
    });
    assert!(matches!(
        Document::from_json_str(&mixed.to_string()),
        Err(Error::Malformed { .. })
    ));
    let text = koeln.to_string();
    assert!(matches!(
        Document::from_json_str(&text[..text.len() - 1]),
        Err(Error::Syntax { .. })
    ));
    match Document::from_json_str(&format!("\u{FEFF}{text}")) {
        Err(Error::Syntax { message, .. }) => assert!(message.contains("BOM"), "{message}"),
        other => panic!("{other:?}"),
    }
}

/// A document that names its type twice, or is a list, is told so.
#[test]
fn a_doubled_type_and_a_list_get_accurate_messages() {
    match Document::from_json_str(
        r#"{"document_type": "representation_body", "document_type": "network", "schema_version": 1}"#,
    ) {
        Err(Error::Malformed { path, message }) => {
            assert_eq!(path.as_str(), "/document_type");
            assert!(message.contains("twice"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    match Document::from_json_str("[1, 2]") {
        Err(Error::Malformed { message, .. }) => {
            assert!(message.contains("JSON object"), "{message}")
        }
        other => panic!("{other:?}"),
    }
}

/// A lone surrogate escape (`"a\ud800b"`) is valid JSON, and a string to
/// JavaScript and Python validators, but no Unicode text: the crate refuses
/// it, naming the escape and its place, not as a wrong type.
#[test]
fn a_lone_surrogate_is_named_where_it_is() {
    let koeln = load("koeln-integrationsrat.json").to_string();
    let name = koeln
        .split("\"official_name\":\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .unwrap()
        .to_owned();
    for (escape, at) in [(r"\ud800", "/official_name"), (r"\uDFFF", "/official_name")] {
        let text = koeln.replacen(&name, &format!("a{escape}b"), 1);
        match Document::from_json_str(&text) {
            Err(Error::Malformed { path, message }) => {
                assert_eq!(path.as_str(), at);
                assert!(message.contains(escape), "{message}");
                assert!(message.contains("surrogate"), "{message}");
                assert!(!message.contains("wrong type"), "{message}");
            }
            other => panic!("{escape}: {other:?}"),
        }
    }
    // A whole pair is one character and reads.
    let pair = koeln.replacen(&name, r"Integrationsrat \ud83d\ude00", 1);
    assert!(Document::from_json_str(&pair).is_ok());
    // The schema accepts the lone surrogate (a documented difference): the
    // `jsonschema` crate cannot even hold it in a `serde_json::Value`.
    assert!(
        serde_json::from_str::<serde_json::Value>(&koeln.replacen(&name, r"a\ud800b", 1)).is_err()
    );
}

/// Every object of every bundled document (a seat group, the jurisdiction,
/// a roster membership, a citation, a local rule's constraint …) written as
/// a JSON array of its values is refused where it stands: the schema says
/// object, and serde would otherwise read the struct's fields by position.
#[test]
fn no_object_is_read_from_an_array() {
    let mut dirs = vec![
        data_dir(),
        data_dir().join("networks"),
        data_dir().join("history"),
    ];
    let mut shapes = std::collections::BTreeSet::new();
    let mut failed = std::collections::BTreeMap::new();
    let mut tried = 0;
    while let Some(dir) = dirs.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_none_or(|x| x != "json") {
                continue;
            }
            let doc: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
            let mut stack = vec![String::new()];
            while let Some(at) = stack.pop() {
                let node = doc.pointer(&at).unwrap();
                match node {
                    serde_json::Value::Object(o) => {
                        stack.extend(o.keys().map(|k| format!("{at}/{k}")));
                    }
                    serde_json::Value::Array(a) => {
                        stack.extend((0..a.len()).map(|i| format!("{at}/{i}")));
                    }
                    _ => {}
                }
                let Some(o) = node.as_object().filter(|_| !at.is_empty()) else {
                    continue;
                };
                let positional: Vec<serde_json::Value> = o.values().cloned().collect();
                let text = with(doc.clone(), |v| {
                    *v.pointer_mut(&at).unwrap() = json!(positional)
                })
                .to_string();
                tried += 1;
                // The shape, without indices: `/composition/seat_groups/*`.
                let shape: String = at
                    .split('/')
                    .map(|s| if s.parse::<usize>().is_ok() { "*" } else { s })
                    .collect::<Vec<_>>()
                    .join("/");
                match Document::from_json_str(&text) {
                    // A value written before the `kind` of a legal basis or
                    // a constraint is read once the kind is known: its
                    // error points at the legal basis or constraint (here,
                    // `citation` sorts before `kind`).
                    Err(Error::Malformed { path, message })
                        if message.contains("expected a JSON object")
                            && (path.as_str() == at
                                || at.starts_with(&format!("{path}/"))
                                    && at[path.as_str().len() + 1..] < *"kind"
                                    && (path.as_str().ends_with("/legal_basis")
                                        || path.as_str().ends_with("/constraint"))) => {}
                    other => {
                        failed.insert(shape.clone(), format!("{}: {other:?}", p.display()));
                    }
                }
                shapes.insert(shape);
            }
        }
    }
    assert!(failed.is_empty(), "{failed:#?}");
    // The shapes of the issue, among all others.
    for shape in [
        "/composition/seat_groups/*",
        "/jurisdiction",
        "/roster/*",
        "/term",
        "/composition/chair",
        "/legal_basis",
        "/legal_basis/citation",
        "/local_rules/*",
        "/local_rules/*/constraint",
        "/local_rules/*/constraint/of",
        "/members",
    ] {
        assert!(shapes.contains(shape), "{shape} never tried: {shapes:?}");
    }
    assert!(tried > 200, "{tried}");
    // With the `kind` first, as the crate writes it, the pointer is exact.
    let text = load("luedenscheid-integrationsrat.json")
        .to_string()
        .replacen(
            r#""legal_basis":{"citation":{"law":"GO NRW","number":"27"},"kind":"statute"}"#,
            r#""legal_basis":{"kind":"statute","citation":["GO NRW","27"]}"#,
            1,
        );
    match Document::from_json_str(&text) {
        Err(Error::Malformed { path, message }) => {
            assert_eq!(path.as_str(), "/legal_basis/citation", "{message}");
        }
        other => panic!("{other:?}"),
    }
}

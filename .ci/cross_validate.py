"""Validates the bundled documents with Python's `jsonschema` against the
schemas the `schemas` example writes, and compares with what the crate
accepts (the validate example's exit status).

usage: python3 .ci/cross_validate.py SCHEMA_DIR
"""
import json
import pathlib
import subprocess
import sys

import jsonschema

schema_dir = pathlib.Path(sys.argv[1])
root = pathlib.Path(__file__).resolve().parent.parent
schemas = {p.name.removesuffix(".schema.json"): json.loads(p.read_text()) for p in schema_dir.glob("*.schema.json")}
validators = {
    name: jsonschema.Draft202012Validator(s, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    for name, s in schemas.items()
}
failures = 0
for path in sorted((root / "examples/data").rglob("*.json")):
    try:
        doc = json.loads(path.read_text())
    except json.JSONDecodeError:
        continue  # not JSON: nothing for a schema to say
    kind = doc.get("document_type") if isinstance(doc, dict) else None
    name = kind if kind in validators else "representation_body"
    schema_ok = validators[name].is_valid(doc)
    if kind == "election_result":
        # An election result is read by the `elect` example: read unless it
        # is unreadable, malformed or breaks a structural rule (exit 2 with
        # such an error); 0 and 1 (a lot) are read.
        run = subprocess.run(
            ["cargo", "run", "-q", "--example", "elect", "--", str(path), "--json"],
            cwd=root, capture_output=True,
        )
        out = json.loads(run.stdout)
        crate_read = run.returncode in (0, 1) or out.get("error", {}).get("kind") not in (
            "syntax", "malformed", "invalid", "unreadable")
    else:
        run = subprocess.run(
            ["cargo", "run", "-q", "--example", "validate", "--", str(path), "--on", "2026-01-15", "--json"],
            cwd=root, capture_output=True,
        )
        # 0 compliant, 1 violations, 3 not in office on the day: read unless
        # the violations are structural.
        crate_read = run.returncode in (0, 1, 3) and json.loads(run.stdout).get("status") != "invalid"
    rel = path.relative_to(root)
    if crate_read and not schema_ok:
        failures += 1
        errors = [e.message for e in validators[name].iter_errors(doc)]
        print(f"MISMATCH {rel}: the crate reads it, Python's jsonschema rejects it: {errors}")
    elif schema_ok and not crate_read:
        print(f"note {rel}: accepted by the schema, rejected by a cross-field rule of the crate")
    else:
        print(f"ok {rel}: schema {'accepts' if schema_ok else 'rejects'}, crate {'reads' if crate_read else 'rejects'}")
# A trailing newline after an identifier, an AGS or a date: Python's `$`
# would let it pass; the schemas' end anchor does not.
# Köln records its terms as a list; the date is the latest term's.
koeln = json.loads((root / "examples/data/koeln-integrationsrat.json").read_text())


def latest_length(d):
    return (d["terms"][-1] if "terms" in d else d["term"])["length"]


for where, change in [
    ("id", lambda d: d.__setitem__("id", d["id"] + "\n")),
    ("ags", lambda d: d["jurisdiction"].__setitem__("ags", d["jurisdiction"]["ags"] + "\n")),
    ("date", lambda d: latest_length(d).__setitem__("council_elected_on", latest_length(d)["council_elected_on"] + "\n")),
]:
    doc = json.loads(json.dumps(koeln))
    change(doc)
    if validators["representation_body"].is_valid(doc):
        failures += 1
        print(f"MISMATCH: Python's jsonschema accepts a trailing newline in the {where}")
    else:
        print(f"ok: a trailing newline in the {where} is rejected")
sys.exit(1 if failures else 0)

"""Puts the mutants the crate's mutation agreement test wrote (JSON lines:
schema, the crate's verdict, the mutated document) through Python's
`jsonschema`, and requires the same verdicts: what the crate accepts, the
schema accepts; what the crate rejects under a rule a schema states, the
schema rejects. Mutants the crate rejects only under documented
cross-field rules may pass the schema.

usage: python3 .ci/mutants.py MUTANTS.jsonl SCHEMA_DIR
"""
import json
import pathlib
import sys

import jsonschema

mutants, schema_dir = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
validators = {
    p.name.removesuffix(".schema.json"): jsonschema.Draft202012Validator(
        json.loads(p.read_text()), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    for p in schema_dir.glob("*.schema.json")
}
total = failures = 0
# Split at "\n" only: splitlines() would also split at U+2028, U+0085 and
# the other line breaks that the mutants hold raw inside their strings.
for line in filter(None, mutants.read_text(encoding="utf-8").split("\n")):
    m = json.loads(line)
    total += 1
    ok = validators[m["schema"]].is_valid(m["doc"])
    if (m["verdict"] == "accept" and not ok) or (m["verdict"] == "reject" and ok):
        failures += 1
        if failures <= 20:
            print(f"MISMATCH {m['what']}: crate {m['verdict']}, Python jsonschema {'accepts' if ok else 'rejects'}")
print(f"{total} mutants, {failures} disagreements with Python jsonschema")
sys.exit(1 if failures or total < 1000 else 0)

"""Turns the English schemas into TypeScript types (json-schema-to-typescript)
and Python models (datamodel-code-generator, pydantic v2), as a user of the
schemas would with each tool's defaults, then:

- checks the names the generators chose: the documents' own names at the
  root (RepresentationBody, ElectionResult, ...), no name ending in a digit
  (a generator numbers the names it could not tell apart), none starting
  with `Raw` (a Rust-internal name), and `document_type` typed as its value,
  not as a type named after the document;
- type-checks every bundled document against the generated TypeScript
  types with `tsc --strict` (each document written as an object literal
  assigned to a variable of the root type: a JSON module import would widen
  `"representation_body"` to `string`, and an object literal is also checked
  for unknown keys), and loads it with the generated pydantic model, which
  must give the same JSON back;
- does the same with reports (`validate --json`) and the rule catalogue
  (`rules --json`) that the crate writes;
- requires one broken document to be refused by both, so that the checks
  cannot pass by checking nothing.

Run it with the Python of a virtual environment that has
datamodel-code-generator (and so pydantic):

usage: VENV/bin/python .ci/codegen.py SCHEMA_DIR WORK_DIR NODE_MODULES_DIR
"""
import importlib.util
import json
import pathlib
import re
import subprocess
import sys
import time

schema_dir, work, modules = (pathlib.Path(a).resolve() for a in sys.argv[1:4])
root = pathlib.Path(__file__).resolve().parent.parent
bin_dir = modules / ".bin"
started = time.monotonic()

# The root type each schema's title gives.
ROOTS = {
    "representation_body": "RepresentationBody",
    "association": "Association",
    "network": "LocalNetwork",
    "report": "ComplianceReport",
    "catalogue_entry": "RuleCatalogueEntry",
    "election_result": "ElectionResult",
}
failures = []


def fail(message):
    failures.append(message)
    print(f"FAILED: {message}")


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        print(r.stdout[-4000:], r.stderr[-4000:])
    return r


ts_dir, py_dir, check_dir = work / "ts", work / "py", work / "check"
for d in (ts_dir, py_dir, check_dir):
    d.mkdir(parents=True, exist_ok=True)

# 1. Generate, with each tool's defaults.
ts_names, py_names = {}, {}
for name in ROOTS:
    schema = schema_dir / f"{name}.schema.json"
    r = run([str(bin_dir / "json2ts"), "-i", str(schema), "-o", str(ts_dir / f"{name}.ts")])
    if r.returncode != 0:
        fail(f"json-schema-to-typescript cannot read {schema.name}")
        continue
    r = run([sys.executable, "-m", "datamodel_code_generator", "--input", str(schema),
             "--input-file-type", "jsonschema", "--output-model-type", "pydantic_v2.BaseModel",
             "--output", str(py_dir / f"{name}.py")])
    if r.returncode != 0:
        fail(f"datamodel-code-generator cannot read {schema.name}")
        continue
    ts = (ts_dir / f"{name}.ts").read_text()
    py = (py_dir / f"{name}.py").read_text()
    ts_names[name] = re.findall(r"^export (?:declare )?(?:type|interface|enum|const enum) (\w+)", ts, re.M)
    py_names[name] = [a or b for a, b in re.findall(r"^(?:class (\w+)|(\w+)(?:: TypeAlias)? = )", py, re.M)]

    # 2. The names.
    for tool, names in (("TypeScript", ts_names[name]), ("Python", py_names[name])):
        if ROOTS[name] not in names:
            fail(f"{tool} {name}: no root type {ROOTS[name]} (got {names[-3:]})")
        numbered = sorted(n for n in names if n[-1].isdigit())
        if numbered:
            fail(f"{tool} {name}: names ending in a digit: {numbered}")
        raw = sorted(n for n in names if re.match(r"Raw[A-Z]", n))
        if raw:
            fail(f"{tool} {name}: Rust-internal names: {raw}")
    if name in ("representation_body", "association", "network", "election_result"):
        if not re.search(rf'^  document_type: "{name}";$', ts, re.M):
            fail(f"TypeScript {name}: document_type is not typed as \"{name}\"")
        if not re.search(rf"^    document_type: Literal\['{name}'\]", py, re.M):
            fail(f"Python {name}: document_type is not typed as Literal['{name}']")

if any("cannot read" in f for f in failures):
    sys.exit(1)

# 3. The documents: bundled ones, and what the crate writes.
documents = []  # (label, schema name, value)
for path in sorted((root / "examples/data").rglob("*.json")):
    rel = path.relative_to(root)
    if "invalid" in rel.parts:
        continue
    doc = json.loads(path.read_text())
    kind = doc.get("document_type", "representation_body")
    documents.append((str(rel), kind if kind in ROOTS else "representation_body", doc))
for rel in ["koeln-integrationsrat.json", "frankfurt-kav.json", "invalid/nrw-integrationsrat-parity.json",
            "invalid/saarbruecken-integrationsbeirat-shares.json", "invalid/koeln-integrationsrat-advisory-seats.json"]:
    r = subprocess.run(["cargo", "run", "-q", "--example", "validate", "--", f"examples/data/{rel}",
                        "--on", "2026-01-15", "--json"], cwd=root, capture_output=True, text=True)
    documents.append((f"report of {rel}", "report", json.loads(r.stdout)["report"]))
r = subprocess.run(["cargo", "run", "-q", "--example", "rules", "--", "--json"], cwd=root,
                   capture_output=True, text=True, check=True)
for entry in json.loads(r.stdout):
    documents.append((f"catalogue entry {entry['id']}", "catalogue_entry", entry))

# A broken copy of Köln: an unknown body type and an unknown key.
broken = json.loads((root / "examples/data/koeln-integrationsrat.json").read_text())
broken["body_type"] = "city_council"
broken["colour"] = "red"

# 4. TypeScript: one file per document, type-checked together.
files = []
for i, (label, kind, doc) in enumerate(documents):
    f = check_dir / f"doc{i:03}.ts"
    f.write_text(f'// {label}\nimport type {{ {ROOTS[kind]} }} from "../ts/{kind}";\n'
                 f"export const doc: {ROOTS[kind]} = {json.dumps(doc, ensure_ascii=False, indent=1)};\n")
    files.append(str(f))
f = check_dir / "broken.ts"
f.write_text('import type { RepresentationBody } from "../ts/representation_body";\n'
             "// @ts-expect-error: an unknown body type and an unknown key\n"
             f"export const doc: RepresentationBody = {json.dumps(broken, ensure_ascii=False)};\n")
files.append(str(f))
r = run([str(bin_dir / "tsc"), "--strict", "--noEmit", "--skipLibCheck", "--target", "es2022",
         "--module", "esnext", "--moduleResolution", "bundler", *files])
if r.returncode != 0:
    fail("tsc refuses a document (above), or accepts the broken one")
else:
    print(f"ok: tsc --strict accepts {len(documents)} documents and refuses the broken one")

# 5. Python: load every document with the generated model; the model must
# give the same JSON back.
models = {}
for name in ROOTS:
    spec = importlib.util.spec_from_file_location(f"generated_{name}", py_dir / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    models[name] = getattr(module, ROOTS[name])
loaded = 0
for label, kind, doc in documents:
    try:
        model = models[kind].model_validate(doc)
    except Exception as e:  # noqa: BLE001 - any refusal is a failure
        fail(f"Python: {ROOTS[kind]} refuses {label}: {str(e)[:2000]}")
        continue
    back = model.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if back != doc:
        fail(f"Python: {ROOTS[kind]} does not give {label} back unchanged")
        continue
    loaded += 1
try:
    models["representation_body"].model_validate(broken)
    fail("Python: RepresentationBody accepts the broken document")
except Exception:  # noqa: BLE001
    print(f"ok: pydantic loads {loaded} documents and refuses the broken one")

sample = ["RepresentationBody", "Term", "SeatGroup", "TermLength", "TermLengthCouncilTerm", "ConstraintOutnumber",
          "LegalBasisStatute", "QuantitySeats", "ElectionResult"]
for tool, names in (("TypeScript", ts_names), ("Python", py_names)):
    every = {n for v in names.values() for n in v}
    print(f"{tool}: {len(every)} type names, among them {', '.join(n for n in sample if n in every)}")
print(f"code generators checked in {time.monotonic() - started:.0f} s")
if failures:
    print(f"{len(failures)} code generator checks failed")
sys.exit(1 if failures else 0)

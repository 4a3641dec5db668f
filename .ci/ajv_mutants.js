// Puts the mutants the crate's mutation agreement test wrote (JSON lines:
// schema, the crate's verdict, the mutated document) through Ajv 2020 in
// strict mode, and requires the same verdicts as the crate, except for
// mutants the crate rejects only under documented cross-field rules.
// Usage: node ajv_mutants.js MUTANTS.jsonl SCHEMA_DIR NODE_MODULES_DIR
const path = require("path");
const fs = require("fs");
const [mutants, schemaDir, modules] = process.argv.slice(2, 5);
const Ajv2020 = require(path.join(modules, "ajv/dist/2020")).default;
const addFormats = require(path.join(modules, "ajv-formats")).default;
const ajv = new Ajv2020({ strict: true });
addFormats(ajv);
const validators = {};
for (const file of fs.readdirSync(schemaDir).filter((f) => f.endsWith(".schema.json"))) {
  validators[file.replace(".schema.json", "")] = ajv.compile(JSON.parse(fs.readFileSync(path.join(schemaDir, file), "utf8")));
}
let total = 0;
let failures = 0;
for (const line of fs.readFileSync(mutants, "utf8").split("\n").filter((l) => l.length > 0)) {
  const m = JSON.parse(line);
  total += 1;
  const ok = validators[m.schema](m.doc);
  if ((m.verdict === "accept" && !ok) || (m.verdict === "reject" && ok)) {
    failures += 1;
    if (failures <= 20) console.log(`MISMATCH ${m.what}: crate ${m.verdict}, Ajv ${ok ? "accepts" : "rejects"}`);
  }
}
console.log(`${total} mutants, ${failures} disagreements with Ajv`);
process.exit(failures > 0 || total < 1000 ? 1 : 0);

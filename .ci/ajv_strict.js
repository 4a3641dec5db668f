// Compiles every JSON Schema in a directory with Ajv (draft 2020-12) in
// strict mode, and validates the bundled documents against the schema of
// their document type: the schemas must serve a strict JavaScript tool.
// Usage: node ajv_strict.js SCHEMA_DIR DATA_DIR [NODE_MODULES_DIR]
const path = require("path");
const fs = require("fs");
const modules = process.argv[4] || path.join(process.cwd(), "node_modules");
const Ajv2020 = require(path.join(modules, "ajv/dist/2020")).default;
const addFormats = require(path.join(modules, "ajv-formats")).default;

const [schemaDir, dataDir] = process.argv.slice(2, 4);
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validators = {};
let failed = false;
for (const file of fs.readdirSync(schemaDir).filter((f) => f.endsWith(".schema.json"))) {
  const schema = JSON.parse(fs.readFileSync(path.join(schemaDir, file), "utf8"));
  try {
    validators[file.replace(".schema.json", "")] = ajv.compile(schema);
    console.log(`ok: ${file} compiles in strict mode`);
  } catch (e) {
    console.log(`FAILED: ${file}: ${e.message}`);
    failed = true;
  }
}
const files = [];
for (const dir of ["", "networks", "history", "elections", "elections/constructed"].map((d) => path.join(dataDir, d))) {
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".json"))) files.push(path.join(dir, f));
}
for (const file of files) {
  const doc = JSON.parse(fs.readFileSync(file, "utf8"));
  const validate = validators[doc.document_type];
  if (!validate) continue;
  if (!validate(doc)) {
    console.log(`FAILED: ${file}: ${ajv.errorsText(validate.errors)}`);
    failed = true;
  }
}
console.log(`checked ${files.length} bundled documents with Ajv`);
process.exit(failed ? 1 : 0);

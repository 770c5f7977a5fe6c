// Checks the published JSON Schemas the way a Node consumer uses them: Ajv's draft 2020-12
// build in strict mode (every strict restriction on, no allowUnionTypes), allErrors, and
// ajv-formats.
//
// Run from anywhere after `npm ci` in this directory: `node tests/consumers/node/check_schemas.mjs`.
//
// 1. Every schemas/*.schema.json compiles with no strict-mode complaint: Ajv's logger counts any
//    warning or error as a failure. schemas/rules.json is a well-formed rule catalogue.
// 2. The formats the schemas use, "date" and "uri", are really checked.
// 3. The verdict on every fixture, as the Python consumer gives it: valid/ and invalid/ are
//    accepted (invalid/ break only context rules, each of which must be in rules.json);
//    malformed/ are rejected when NAME.expected.json says "rejects", accepted when it says
//    "cannot_express".
//
// Prints one line per check, "ok" or "FAIL", and ends with "N passed, M failed"; exits 1 if
// anything failed.

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { ok, fail, check, finish } from "./tally.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const SCHEMAS = join(ROOT, "schemas");
const FIXTURES = join(ROOT, "tests", "fixtures");
const DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

// Dataset member -> the schema each of its entities is published under on its own.
const ENTITY_SCHEMAS = {
  conferences: "conference.schema.json",
  strategies: "strategy.schema.json",
  recommendations: "recommendation.schema.json",
  media_releases: "media-release.schema.json",
  people: "person.schema.json",
  organizations: "organization.schema.json",
};


class NotJson extends Error {}

// Strict JSON: UTF-8 (invalid bytes are an error, not U+FFFD), no byte order mark.
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function loadJson(path) {
  let text;
  try {
    text = utf8.decode(readFileSync(path));
  } catch (e) {
    if (e.code === "ENOENT") throw e;
    throw new NotJson(`not UTF-8: ${e.message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new NotJson(e.message);
  }
}

const short = (text, limit = 160) => {
  const t = String(text).split(/\s+/).join(" ");
  return t.length <= limit ? t : `${t.slice(0, limit - 1)}…`;
};

function documents(kind) {
  const dir = join(FIXTURES, kind);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith(".json") && !n.endsWith(".expected.json"))
    .sort()
    .map((n) => join(dir, n))
    .filter((p) => statSync(p).isFile());
}
const expectedPath = (path) => path.replace(/\.json$/, ".expected.json");
const rel = (path) => relative(FIXTURES, path).split("\\").join("/");

// Ajv: every complaint it logs is a failure.
const complaints = [];
const logger = {
  log: () => {},
  warn: (...args) => complaints.push(`warning: ${args.join(" ")}`),
  error: (...args) => complaints.push(`error: ${args.join(" ")}`),
};
function newAjv(options = {}) {
  const ajv = new Ajv2020({ strict: true, allErrors: true, logger, ...options });
  addFormats(ajv);
  return ajv;
}
const ajv = newAjv();

// Strict mode really is on: each of these is refused (they are fine in lax mode).
{
  const refused = [
    ["a union type", { type: ["string", "integer"] }],
    ["a keyword without its type", { pattern: "^a" }],
    ["an unknown keyword", { type: "string", stringy: true }],
    ["a required property not in properties", { type: "object", required: ["x"] }],
  ].filter(([, schema]) => {
    try {
      newAjv().compile(schema);
      return false;
    } catch {
      return true;
    }
  });
  check(refused.length === 4, `Ajv strict mode refuses ${refused.map(([what]) => what).join(", ")}`);
}

// 1. The schemas themselves, and the rule catalogue.
const schemaFiles = existsSync(SCHEMAS)
  ? readdirSync(SCHEMAS).filter((n) => n.endsWith(".schema.json")).sort()
  : [];
if (schemaFiles.length === 0) fail(`no *.schema.json under ${SCHEMAS}`);
const schemas = {};
const validators = {};
for (const file of schemaFiles) {
  const name = `schemas/${file}`;
  const before = complaints.length;
  try {
    const schema = loadJson(join(SCHEMAS, file));
    if (schema.$schema !== DRAFT_2020_12) throw new Error(`$schema is ${schema.$schema}`);
    if (!String(schema.$id ?? "").endsWith(`/${file}`)) throw new Error(`$id ${schema.$id} does not name the file`);
    const validate = ajv.compile(schema);
    const logged = complaints.slice(before);
    if (logged.length > 0) {
      fail(`${name}: compiles, but Ajv complains: ${short(logged.join("; "))}`);
      continue;
    }
    schemas[file] = schema;
    validators[file] = validate;
    ok(`${name}: compiles in strict mode with no complaint, $id ${schema.$id}`);
  } catch (e) {
    fail(`${name}: does not compile in strict mode: ${short(e.message)}`);
  }
}

const ruleCodes = new Map();
try {
  const rules = loadJson(join(SCHEMAS, "rules.json"));
  const problems = ["$id", "schema_version", "description", "rules"].filter((k) => !(k in rules));
  for (const rule of rules.rules ?? []) {
    if (!["error", "warning"].includes(rule?.severity) || !rule?.code) problems.push(`bad rule ${JSON.stringify(rule)}`);
    else ruleCodes.set(rule.code, rule.severity);
  }
  if (ruleCodes.size !== (rules.rules ?? []).length) problems.push("duplicate codes");
  check(
    problems.length === 0 && ruleCodes.size > 0,
    `schemas/rules.json: ${ruleCodes.size} context rules${problems.length ? `; problems: ${problems.join(", ")}` : ""}`,
  );
} catch (e) {
  fail(`schemas/rules.json: unreadable: ${e.message}`);
}

const datasetSchema = schemas["dataset.schema.json"];
const dataset = validators["dataset.schema.json"];
if (!dataset) {
  fail("schemas/dataset.schema.json: missing or invalid, no fixture can be checked");
  finish();
}

// 2. The formats are really checked, not just annotated: a value that fits the pattern of its
// $defs entry but is not a real date or URI is rejected only because of its format.
const unchecked = newAjv({ validateFormats: false });
unchecked.addSchema(datasetSchema);
for (const [format, definition, value] of [
  ["date", "Date", "2013-02-30"],
  ["uri", "Url", "https://example.org/%zz"],
]) {
  const probe = { $ref: `${datasetSchema.$id}#/$defs/${definition}` };
  const without = unchecked.compile(probe)(value);
  const withFormats = ajv.compile(probe)(value);
  check(
    without === true && withFormats === false && ajv.formats[format] !== undefined,
    `format "${format}" is checked: "${value}" fits $defs/${definition} but for its format ` +
      `(without format validation: ${without ? "accepted" : "rejected"}; with it: ${withFormats ? "accepted" : "rejected"})`,
  );
}

// 3. The fixtures.
function describe(errors) {
  // The deepest error is the most telling; oneOf/anyOf summaries come last.
  const ranked = [...errors].sort((a, b) => {
    const summary = (e) => (["oneOf", "anyOf", "if"].includes(e.keyword) ? 1 : 0);
    return summary(a) - summary(b) || b.instancePath.length - a.instancePath.length;
  });
  const e = ranked[0];
  return `${e.instancePath || "/"}: ${short(`${e.message}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ""}`)}`;
}

function entityErrors(doc) {
  const out = [];
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) return out;
  for (const [member, file] of Object.entries(ENTITY_SCHEMAS)) {
    const validate = validators[file];
    if (!validate || !Array.isArray(doc[member])) continue;
    doc[member].forEach((entity, i) => {
      if (!validate(entity)) out.push(`/${member}/${i}${describe(validate.errors)} (${file})`);
    });
  }
  return out;
}
const entityCount = (doc) =>
  Object.entries(ENTITY_SCHEMAS).reduce(
    (n, [member, file]) => n + (validators[file] && Array.isArray(doc?.[member]) ? doc[member].length : 0),
    0,
  );

for (const kind of ["valid", "invalid"]) {
  const paths = documents(kind);
  if (paths.length === 0) fail(`${kind}/: no fixtures found under ${join(FIXTURES, kind)}`);
  for (const path of paths) {
    const name = rel(path);
    const expectedFile = expectedPath(path);
    let doc;
    let expected;
    try {
      doc = loadJson(path);
      expected = existsSync(expectedFile) ? loadJson(expectedFile) : [];
    } catch (e) {
      fail(`${name}: not JSON: ${e.message}`);
      continue;
    }
    const codes = [...new Set((Array.isArray(expected) ? expected : []).map((v) => v?.code).filter(Boolean))].sort();
    const unknown = codes.filter((c) => !ruleCodes.has(c));
    const accepted = dataset(doc);
    const errors = dataset.errors;
    const entities = entityErrors(doc);
    if (!accepted) fail(`${name}: rejected by the schema at ${describe(errors)}`);
    else if (entities.length) fail(`${name}: accepted, but its own schema rejects ${entities[0]}`);
    else if (kind === "invalid" && codes.length === 0) fail(`${name}: accepted, but ${basename(expectedFile)} lists no rule`);
    else if (unknown.length) fail(`${name}: accepted, but rules.json has no rule ${unknown.join(", ")}`);
    else if (kind === "invalid") ok(`${name}: accepted by the schema (rules not expressible in a schema: ${codes.join(", ")})`);
    else {
      let note = `, ${entityCount(doc)} entities by their own schemas`;
      if (codes.length) note += `; warnings only the rules report: ${codes.join(", ")}`;
      ok(`${name}: accepted${note}`);
    }
  }
}

const malformed = documents("malformed");
if (malformed.length === 0) console.log(`note malformed/: no fixtures under ${join(FIXTURES, "malformed")}`);
for (const path of malformed) {
  const name = rel(path);
  const expectedFile = expectedPath(path);
  let expected;
  try {
    expected = loadJson(expectedFile);
    if (expected === null || typeof expected !== "object" || Array.isArray(expected)) throw new Error("not an object");
    if (!["rejects", "cannot_express"].includes(expected.schema)) throw new Error(`"schema" is ${JSON.stringify(expected.schema)}`);
  } catch (e) {
    if (e.code === "ENOENT") fail(`${name}: ${basename(expectedFile)} is missing`);
    else fail(`${name}: ${basename(expectedFile)} is not a valid expectation: ${e.message}`);
    continue;
  }
  const why = expected.why ?? "";
  const wantPointer = expected.pointer || "/";
  let doc;
  try {
    doc = loadJson(path);
  } catch (e) {
    if (expected.schema === "rejects") ok(`${name}: rejected before the schema, not JSON (${short(e.message, 80)})`);
    else fail(`${name}: not JSON (${short(e.message, 80)}), but the expectation says the schema cannot express it: ${why}`);
    continue;
  }
  const accepted = dataset(doc);
  if (expected.schema === "rejects") {
    if (!accepted) ok(`${name}: rejected by the schema at ${describe(dataset.errors)} (expected at ${wantPointer})`);
    else fail(`${name}: accepted by the schema, but it should reject it at ${wantPointer} (${short(expected.message ?? "", 100)})`);
  } else if (!accepted) {
    fail(`${name}: rejected by the schema at ${describe(dataset.errors)}, but the expectation says a schema cannot express this: ${why}`);
  } else {
    ok(`${name}: accepted by the schema, as expected: it cannot express this: ${why}`);
  }
}

if (complaints.length > 0) {
  for (const c of complaints) fail(`Ajv logged a ${c}`);
}
finish();


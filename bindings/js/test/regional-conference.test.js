'use strict';
// The npm package against the repository's fixtures, with exact outcomes.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const rc = require('..');

const ROOT = path.resolve(__dirname, '..', '..', '..');
const FIXTURES = path.join(ROOT, 'tests', 'fixtures');

const fixture = (kind, name) => fs.readFileSync(path.join(FIXTURES, kind, name));
const inputs = (kind) =>
  fs
    .readdirSync(path.join(FIXTURES, kind))
    .filter((n) => n.endsWith('.json') && !n.endsWith('.expected.json'))
    .sort()
    .map((n) => path.join(FIXTURES, kind, n));
const expected = (file) => JSON.parse(fs.readFileSync(file.replace(/\.json$/, '.expected.json'), 'utf8'));

// The crate's report for tests/fixtures/invalid/many-violations.json, in its order:
// [severity, code, pointer, line, column, message].
const MANY = [
  ['error', 'id.duplicate', '/organizations/3/id', 18, 12,
    'the organization id "europol" is already used by another organization'],
  ['error', 'position.dates.order', '/people/0/positions/1/to', 34, 74,
    'position "Chair" of "amra-hadzic" ends (2011-12) before it starts (2012)'],
  ['error', 'reference.unresolved', '/conferences/0/decisions/2/recommendations/1', 109, 48,
    'no recommendation has the id "seerc-7-rec-2"'],
  ['error', 'attendance.delegations_exceed_count', '/conferences/0/attendance/0/count', 57, 20,
    '4 country delegations are listed as present, but the count of countries is exactly 3'],
  ['error', 'delegation.duplicate', '/conferences/0/delegations/4/country', 66, 21,
    'BA has more than one delegation at "rpcc-seerc-7"'],
  ['warning', 'delegation.outside_region', '/conferences/0/delegations/5/status', 67, 37,
    'MD (Moldova, Republic of) is not a listed member of region "rpcc-south-east-europe" but attends as a member'],
  ['warning', 'translation.same_language', '/conferences/0/statements/0/translations/en', 77, 34,
    'a translation into "en" is keyed by the original\'s own language'],
  ['warning', 'host.ordinal.skipped', '/conferences/0/decisions/1/ordinal', 102, 22,
    'the 7th session designates a host for the 9th, skipping the 8th'],
  ['error', 'strategy.period.stated_years', '/strategies/0/stated_years', 123, 23,
    'a 4-year strategy has the 3-year period 2012\u201314'],
  ['error', 'reference.unresolved', '/media_releases/0/source', 154, 17,
    'no source has the id "rpcc-release-2011-04-15"'],
  ['warning', 'source.retrieved.before_published', '/sources/0/retrieved', 165, 20,
    'retrieved 2011-04-13, before it was published (2011-04-14)'],
];

const rows = (result) => result.violations.map((v) => [v.severity, v.code, v.pointer, v.line, v.column, v.message]);

function decodeError(fn) {
  try {
    fn();
  } catch (e) {
    return e;
  }
  assert.fail('no error was thrown');
}

test('many-violations from bytes and text reports all eleven with lines', () => {
  const bytes = fixture('invalid', 'many-violations.json');
  for (const given of [bytes, new Uint8Array(bytes), bytes.toString('utf8'),
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)]) {
    const result = rc.validate(given);
    assert.equal(result.valid, false);
    assert.deepEqual(rows(result), MANY);
  }
});

test('lines and columns are placed on first read, with what a located check gives', () => {
  const native = require('../pkg/regional_conference_js.js');
  for (const file of [...inputs('valid'), ...inputs('invalid')]) {
    const text = fs.readFileSync(file, 'utf8');
    const eager = JSON.parse(native.checkText(text, true)).checked;
    // Serialised before any read, read one property first, spread: the same values each way.
    assert.equal(JSON.stringify(rc.validate(text)), JSON.stringify(eager), file);
    const bytes = fs.readFileSync(file);
    const fromBytes = rc.validate(bytes);
    bytes.fill(32); // later writes to the caller's buffer change nothing
    if (fromBytes.violations.length > 0) {
      const last = fromBytes.violations[fromBytes.violations.length - 1];
      assert.equal(last.column, eager.violations[eager.violations.length - 1].column, file);
    }
    assert.deepEqual(fromBytes.violations.map((v) => ({ ...v })), eager.violations, file);
    for (const v of fromBytes.violations) {
      assert.equal(Object.getOwnPropertyDescriptor(v, 'line').get, undefined, 'a data property once placed');
    }
  }
  const result = rc.validate(fixture('invalid', 'many-violations.json').toString('utf8'));
  result.violations[0].line = 7; // assigned before any read: kept
  assert.deepEqual(rows(result).slice(0, 2), [[...MANY[0].slice(0, 3), 7, 12, MANY[0][5]], MANY[1]]);
});

test('many-violations from a parsed document has no lines', () => {
  const result = rc.validate(JSON.parse(fixture('invalid', 'many-violations.json')));
  assert.equal(result.valid, false);
  assert.deepEqual(rows(result), MANY.map(([s, c, p, , , m]) => [s, c, p, null, null, m]));
});

test('a valid dataset has no violations', () => {
  assert.deepEqual(rc.validate(fixture('valid', 'budapest-2013.json')), { valid: true, violations: [] });
});

test('warnings alone leave a dataset valid', () => {
  const result = rc.validate(fixture('valid', 'mixed-markings.json'));
  assert.equal(result.valid, true);
  assert.deepEqual(result.violations.map((v) => [v.code, v.severity, v.pointer]), [
    ['marking.reference.stricter', 'warning', '/conferences/0/decisions/0/strategy'],
    ['marking.reference.stricter', 'warning', '/conferences/0/decisions/1/recommendations/1'],
    ['marking.reference.stricter', 'warning', '/conferences/0/decisions/2/organization'],
  ]);
});

test('every invalid fixture reports exactly its expected violations', () => {
  const files = inputs('invalid');
  assert.ok(files.length > 0, 'no invalid fixtures found');
  for (const file of files) {
    const observed = rc.validate(fs.readFileSync(file)).violations.map((v) => [v.code, v.pointer, v.severity]).sort();
    const listed = expected(file).map((e) => [e.code, e.pointer, e.severity]).sort();
    assert.deepEqual(observed, listed, path.basename(file));
  }
});

test('every malformed fixture throws its expected decode error', () => {
  const files = inputs('malformed');
  assert.ok(files.length > 0, 'no malformed fixtures found');
  for (const file of files) {
    const e = decodeError(() => rc.validate(fs.readFileSync(file)));
    assert.ok(e instanceof rc.DecodeError, path.basename(file));
    const listed = expected(file);
    assert.deepEqual([e.pointer, e.detail], [listed.pointer, listed.message], path.basename(file));
  }
});

test('a decode error says where with the crate\'s words', () => {
  const e = decodeError(() => rc.validate(fixture('malformed', 'country-unknown.json')));
  assert.ok(e instanceof rc.DecodeError && e instanceof Error);
  assert.equal(e.name, 'DecodeError');
  assert.deepEqual([e.code, e.pointer, e.line, e.column], ['decode.data', '/organizations/1/country', 14, 21]);
  assert.equal(e.detail, 'invalid country code "XX": not an ISO 3166-1 alpha-2 code');
  assert.equal(
    e.message,
    'line 14, column 21, at /organizations/1/country: invalid country code "XX": not an ISO 3166-1 alpha-2 code',
  );
});

test('a syntax error, a cut document and bad UTF-8 are decode errors', () => {
  let e = decodeError(() => rc.validate('{\n  "schema_version": "1.0",\n  "regions": [\n}'));
  assert.deepEqual([e.code, e.pointer, e.line, e.column, e.detail], ['decode.syntax', '/regions/0', 4, 1, 'expected value']);
  e = decodeError(() => rc.validate('{"schema_version": "1.0", "regions": ['));
  assert.deepEqual([e.code, e.pointer, e.line, e.column, e.detail], ['decode.eof', '/regions', 1, 38, 'EOF while parsing a list']);
  e = decodeError(() => rc.validate(new Uint8Array([0xff])));
  assert.deepEqual([e.code, e.pointer, e.line, e.column], ['decode.syntax', '', 1, 1]);
});

test('a parsed document with an unknown field has a pointer and no line', () => {
  const e = decodeError(() => rc.validate({ schema_version: '1.1', editor: 'x' }));
  assert.deepEqual([e.code, e.pointer, e.line, e.column], ['decode.data', '/editor', null, null]);
  assert.ok(e.message.startsWith('at /editor: unknown field `editor`, expected one of `schema_version`'), e.message);
});

test('other types are refused with a TypeError', () => {
  assert.throws(() => rc.validate(42), {
    name: 'TypeError',
    message: 'data must be JSON text (string), UTF-8 JSON (Uint8Array) or a parsed document (object or array), not number',
  });
  assert.throws(() => rc.validate(null), { name: 'TypeError', message: /not null$/ });
});

test('the public view is the published one', () => {
  const made = rc.view(fixture('valid', 'mixed-markings.json'));
  assert.equal(made.audience, 'TLP:CLEAR');
  assert.equal(made.personalData, false);
  assert.deepEqual(made.dataset, JSON.parse(fixture('views', 'mixed-markings.public.json')));
  assert.deepEqual(made.withheld, {
    organizations: 2, regions: 0, series: 0, capabilities: 0, people: 1, offices: 0, conferences: 0, strategies: 1, recommendations: 1,
    media_releases: 1, sources: 1, delegations: 2, delegates: 0, member_lists: 1, statements: 1, decisions: 2,
    attendance: 0, claims: 0, roles: 0, tenures: 0,
    paragraphs: 2, personal_data: 2, references: 7, extensions: 1,
  });
});

test('a red audience with personal data gets everything', () => {
  const bytes = fixture('valid', 'mixed-markings.json');
  const made = rc.view(bytes, { audience: 'TLP:RED', personalData: true });
  assert.deepEqual([made.audience, made.personalData], ['TLP:RED', true]);
  assert.equal(Object.values(made.withheld).reduce((a, b) => a + b, 0), 0);
  assert.deepEqual(made.dataset, JSON.parse(bytes));
});

test('no view of a dataset with errors', () => {
  const e = decodeError(() => rc.view(fixture('invalid', 'many-violations.json'), { audience: 'TLP:AMBER' }));
  assert.ok(e instanceof rc.InvalidDatasetError);
  assert.deepEqual(rows(e.result), MANY);
  assert.equal(
    e.message,
    'no view of a dataset that does not validate: 7 errors, first error[id.duplicate] /organizations/3/id: the organization id "europol" is already used by another organization',
  );
});

test('an unknown audience and personal data for the public are refused', () => {
  const bytes = fixture('valid', 'budapest-2013.json');
  assert.throws(() => rc.view(bytes, { audience: 'TLP:WHITE' }), {
    name: 'RangeError',
    message: 'unknown marking "TLP:WHITE": TLP 2.0 renamed TLP:WHITE to TLP:CLEAR',
  });
  assert.throws(() => rc.view(bytes, { personalData: true }), {
    name: 'RangeError',
    message: 'a TLP:CLEAR audience is the public, and the public never receives personal data',
  });
  assert.throws(() => rc.view('[]'), rc.DecodeError);
});

test('the schemas are the published files', () => {
  const dir = path.join(ROOT, 'schemas');
  const published = Object.fromEntries(
    fs.readdirSync(dir).filter((n) => n.endsWith('.schema.json')).sort()
      .map((n) => [n, JSON.parse(fs.readFileSync(path.join(dir, n), 'utf8'))]),
  );
  assert.deepEqual(rc.schemas(), published);
});

test('the rules are the published catalogue', () => {
  const catalogue = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'rules.json'), 'utf8')).rules;
  assert.deepEqual(rc.rules(), catalogue);
  assert.equal(catalogue.length, 64);
  assert.deepEqual(rc.rules()[0], {
    code: 'id.duplicate',
    severity: 'error',
    description: 'An id is used by two entities of the same kind.',
  });
});

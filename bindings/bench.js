'use strict';
// Node side of bindings/bench.sh: the npm package against JSON.parse + Ajv, from JSON text to
// verdict, same input, one run. Usage: node bindings/bench.js BIG.json SMALL.ndjson
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const consumers = path.join(ROOT, 'tests', 'consumers', 'node', 'node_modules');
const Ajv2020 = require(path.join(consumers, 'ajv', 'dist', '2020.js')).default;
const addFormats = require(path.join(consumers, 'ajv-formats')).default;
const rc = require('./js');
// The module under the package, for one informational row: validation without line and column.
const native = require('./js/pkg/regional_conference_js.js');

function best(fn, runs) {
  let min = Infinity;
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    fn();
    min = Math.min(min, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return min;
}

const [bigPath, ndjsonPath] = process.argv.slice(2);
const big = fs.readFileSync(bigPath, 'utf8');
const small = fs.readFileSync(ndjsonPath, 'utf8').split('\n').filter((l) => l.length > 0);
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'dataset.schema.json'), 'utf8'));
// As tests/consumers/node/check_schemas.mjs uses it: draft 2020-12, strict, allErrors, formats.
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const check = ajv.compile(schema);

// Both sides must agree that the inputs are valid, or the comparison means nothing.
if (!rc.validate(big).valid || !check(JSON.parse(big))) throw new Error('the big file is not valid');
if (!small.every((s) => rc.validate(s).valid && check(JSON.parse(s)))) throw new Error('a small document is not valid');

// Warm up both (JIT, WebAssembly tiering) before timing.
for (let i = 0; i < 3; i += 1) { rc.validate(big); check(JSON.parse(big)); }

const rows = [
  [`10k-delegate file (${(Buffer.byteLength(big) / 1e6).toFixed(1)} MB)`,
    best(() => rc.validate(big), 10), best(() => check(JSON.parse(big)), 10)],
  [`NDJSON, ${small.length} small documents`,
    best(() => { for (const s of small) rc.validate(s); }, 5),
    best(() => { for (const s of small) check(JSON.parse(s)); }, 5)],
  ['the same, reading every violation\'s line and column',
    best(() => { for (const s of small) for (const v of rc.validate(s).violations) v.column; }, 5),
    best(() => { for (const s of small) check(JSON.parse(s)); }, 5)],
  ['the same, without line and column (the cost of positions)',
    best(() => { for (const s of small) native.checkText(s, false); }, 5),
    best(() => { for (const s of small) check(JSON.parse(s)); }, 5)],
];
console.log('| JavaScript input (text to verdict) | regional-conference validate | JSON.parse + Ajv | ratio |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, ours, theirs] of rows) {
  const ratio = theirs / ours;
  console.log(`| ${name} | ${ours.toFixed(1)} ms | ${theirs.toFixed(1)} ms | ${ratio >= 1 ? `${ratio.toFixed(2)}x faster` : `${(1 / ratio).toFixed(2)}x slower`} |`);
}

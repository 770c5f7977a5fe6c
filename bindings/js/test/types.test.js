'use strict';
// index.d.ts against a usage file, with the TypeScript compiler that tests/consumers/node pins.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..', '..', '..');
const TSC = path.join(ROOT, 'tests', 'consumers', 'node', 'node_modules', 'typescript', 'bin', 'tsc');
const missing = !fs.existsSync(TSC) && 'needs TypeScript: npm ci in tests/consumers/node';

test('index.d.ts describes the package, and tsc --strict accepts the usage file', { skip: missing }, () => {
  const usage = path.join(__dirname, '..', 'types', 'usage.ts');
  const run = spawnSync(
    process.execPath,
    [TSC, '--strict', '--noEmit', '--module', 'commonjs', '--target', 'es2020', '--lib', 'es2020', usage],
    { encoding: 'utf8' },
  );
  assert.equal(run.stdout + run.stderr, '');
  assert.equal(run.status, 0);
});

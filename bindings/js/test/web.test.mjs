// The browser build (build.sh --web: wasm-bindgen --target web) loads and answers as the Node
// one does. A browser fetches the .wasm beside the glue; here its bytes are handed to init.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const pkg = new URL('../pkg-web/', import.meta.url);
const glue = new URL('regional_conference_js.js', pkg);
const missing = !existsSync(glue) && 'needs the browser build: bash bindings/js/build.sh --web';
const fixture = new URL('../../../tests/fixtures/invalid/many-violations.json', import.meta.url);

test('the browser glue reports what the Node package reports', { skip: missing }, async () => {
  const web = await import(glue.href);
  await web.default({ module_or_path: readFileSync(new URL('regional_conference_js_bg.wasm', pkg)) });
  const text = readFileSync(fixture, 'utf8');
  const outcome = JSON.parse(web.checkText(text, true));
  const node = createRequire(import.meta.url)('..');
  assert.deepEqual(outcome, { checked: node.validate(text) });
  assert.equal(outcome.checked.violations.length, 11);
  assert.deepEqual(JSON.parse(web.rules()), node.rules());
});

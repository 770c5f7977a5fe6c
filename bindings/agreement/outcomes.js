'use strict';
// Prints, for each file named on the command line, one JSON line with what the npm package
// reports for it, in the shape of the Rust `outcomes` binary (bindings/shared/src/bin/outcomes.rs):
// {"file", "validate": {"checked"} | {"error"}, "view": {"view"} | {"error"} | {"invalid"} | {"audience"}}.
const fs = require('node:fs');
const rc = require('../js');

const decodeError = (e) => ({
  code: e.code, pointer: e.pointer, line: e.line, column: e.column, message: e.detail, text: e.message,
});

for (const file of process.argv.slice(2)) {
  const bytes = fs.readFileSync(file);
  let validate;
  try {
    validate = { checked: rc.validate(bytes) };
  } catch (e) {
    if (!(e instanceof rc.DecodeError)) throw e;
    validate = { error: decodeError(e) };
  }
  let view;
  try {
    const made = rc.view(bytes);
    view = { view: { audience: made.audience, personal_data: made.personalData, dataset: made.dataset, withheld: made.withheld } };
  } catch (e) {
    if (e instanceof rc.DecodeError) view = { error: decodeError(e) };
    else if (e instanceof rc.InvalidDatasetError) view = { invalid: e.result };
    else if (e instanceof RangeError) view = { audience: e.message };
    else throw e;
  }
  process.stdout.write(`${JSON.stringify({ file, validate, view })}\n`);
}

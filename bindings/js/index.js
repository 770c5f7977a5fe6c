'use strict';
/**
 * regional-conference for JavaScript: every rule of the Rust crate, compiled to WebAssembly.
 *
 * The WebAssembly module returns JSON text; this wrapper parses it into plain objects and
 * throws `DecodeError` for input that is not a dataset. See index.d.ts for the shapes.
 */
const native = require('./pkg/regional_conference_js.js');

/** The input is not a dataset: not JSON, cut short, or JSON of another shape. */
class DecodeError extends Error {
  constructor(error) {
    super(error.text);
    this.name = 'DecodeError';
    this.code = error.code;
    this.pointer = error.pointer;
    this.line = error.line;
    this.column = error.column;
    this.detail = error.message;
  }
}

/** `view()` was given a dataset with errors; `result` holds every violation. */
class InvalidDatasetError extends Error {
  constructor(result) {
    const errors = result.violations.filter((v) => v.severity === 'error');
    const first = errors[0];
    super(
      `no view of a dataset that does not validate: ${errors.length} error${errors.length === 1 ? '' : 's'}, first ` +
        (first ? `${first.severity}[${first.code}] ${first.pointer}: ${first.message}` : ''),
    );
    this.name = 'InvalidDatasetError';
    this.result = result;
  }
}

/** The input as text or bytes, and whether positions in it mean anything to the caller. */
function input(data) {
  if (typeof data === 'string') return { text: data, located: true };
  if (data instanceof Uint8Array) return { bytes: data, located: true };
  if (data instanceof ArrayBuffer) return { bytes: new Uint8Array(data), located: true };
  if (data !== null && typeof data === 'object' && !ArrayBuffer.isView(data)) {
    return { text: JSON.stringify(data), located: false };
  }
  const kind = data === null ? 'null' : ArrayBuffer.isView(data) ? data.constructor.name : typeof data;
  throw new TypeError(
    `data must be JSON text (string), UTF-8 JSON (Uint8Array) or a parsed document (object or array), not ${kind}`,
  );
}

function parse(text) {
  const outcome = JSON.parse(text);
  if (outcome.internal !== undefined) throw new Error(outcome.internal);
  return outcome;
}

/**
 * Gives each violation's `line` and `column` on first read: the first read of either, on any
 * violation, places them all with one scan of the input (`positionsText`/`positionsBytes`, the
 * crate's `locate_all`), and they become plain data properties with the values a located check
 * gives. Enumerable accessors until then, so `JSON.stringify`, spreading and deep equality see
 * the same values. Validating is then one pass over the text for a caller that only wants the
 * verdict, as it is for `JSON.parse` and a schema validator.
 * @param {Array<object>} violations
 * @param {string | Uint8Array} source the input (bytes: a copy, so later writes to the caller's
 *   buffer change nothing)
 */
function placeOnRead(violations, source) {
  const pointers = violations.map((v) => v.pointer);
  let at = null;
  const settle = (v, key, value) => {
    Object.defineProperty(v, key, { value, writable: true, enumerable: true, configurable: true });
  };
  const lineOf = (i) => (at[2 * i] === 0 ? null : at[2 * i]);
  const columnOf = (i) => (at[2 * i] === 0 ? null : at[2 * i + 1]);
  const place = () => {
    if (at !== null) return;
    at = typeof source === 'string'
      ? native.positionsText(source, pointers)
      : native.positionsBytes(source, pointers);
    source = null;
    violations.forEach((v, i) => {
      // Only what is still our accessor (not assigned, deleted or frozen since) is settled.
      for (const [key, value] of [['line', lineOf(i)], ['column', columnOf(i)]]) {
        const d = Object.getOwnPropertyDescriptor(v, key);
        if (d !== undefined && d.get !== undefined && d.configurable) settle(v, key, value);
      }
    });
  };
  violations.forEach((v, i) => {
    for (const [key, get] of [['line', lineOf], ['column', columnOf]]) {
      Object.defineProperty(v, key, {
        get() {
          place();
          return get(i);
        },
        set(value) {
          settle(v, key, value);
        },
        enumerable: true,
        configurable: true,
      });
    }
  });
}

/**
 * Decodes and validates a dataset, reporting every violation of every rule.
 * @param {string | Uint8Array | ArrayBuffer | object} data
 * @returns {{valid: boolean, violations: Array<{code: string, severity: string, pointer: string, message: string, line: number | null, column: number | null}>}}
 * @throws {DecodeError} if the input is not a dataset
 */
function validate(data) {
  const { text, bytes, located } = input(data);
  let raw;
  if (!located) raw = native.checkText(text, false);
  else raw = text !== undefined ? native.checkTextDeferred(text) : native.checkBytesDeferred(bytes);
  const outcome = parse(raw);
  if (outcome.error !== undefined) throw new DecodeError(outcome.error);
  const checked = outcome.checked;
  if (located && checked.violations.length > 0) {
    // A copy of bytes: `new Uint8Array(view)` copies where a Buffer's `slice` would share.
    placeOnRead(checked.violations, text !== undefined ? text : new Uint8Array(bytes));
  }
  return checked;
}

/**
 * The view of a dataset for an audience: everything it may receive, nothing else.
 * @param {string | Uint8Array | ArrayBuffer | object} data
 * @param {{audience?: string, personalData?: boolean}} [options]
 * @throws {DecodeError} if the input is not a dataset
 * @throws {InvalidDatasetError} if the dataset has errors
 * @throws {RangeError} for an unknown marking, or personal data for the public
 */
function view(data, options = {}) {
  const { audience = 'TLP:CLEAR', personalData = false } = options;
  if (typeof audience !== 'string') throw new TypeError('audience must be a string such as "TLP:AMBER"');
  const { text, bytes, located } = input(data);
  const outcome = parse(
    text !== undefined
      ? native.viewText(text, audience, Boolean(personalData), located)
      : native.viewBytes(bytes, audience, Boolean(personalData), located),
  );
  if (outcome.error !== undefined) throw new DecodeError(outcome.error);
  if (outcome.invalid !== undefined) throw new InvalidDatasetError(outcome.invalid);
  if (outcome.audience !== undefined) throw new RangeError(outcome.audience);
  const made = outcome.view;
  return {
    audience: made.audience,
    personalData: made.personal_data,
    dataset: made.dataset,
    withheld: made.withheld,
  };
}

/** The published JSON Schemas (draft 2020-12), file name to schema. */
function schemas() {
  return JSON.parse(native.schemas());
}

/** The rule catalogue: one {code, severity, description} per rule, in order. */
function rules() {
  return JSON.parse(native.rules());
}

module.exports = { validate, view, schemas, rules, DecodeError, InvalidDatasetError };

/**
 * regional-conference for JavaScript: every rule of the Rust crate, compiled to WebAssembly.
 */

/** What `validate` and `view` accept: JSON text, UTF-8 JSON bytes, or a parsed document. */
export type Data = string | Uint8Array | ArrayBuffer | Record<string, unknown> | unknown[];

/**
 * One broken rule. `line` and `column` are placed in the input when first read (of any
 * violation of the same result), with one scan of the input for all of them: a caller that only
 * wants the verdict does not pay for them.
 */
export interface Violation {
  /** The rule's stable code, such as `"reference.unresolved"` (see `rules()`). */
  code: string;
  /** `"error"` makes the dataset invalid; `"warning"` does not. */
  severity: 'error' | 'warning';
  /** The RFC 6901 JSON Pointer of the offending value. */
  pointer: string;
  /** What is wrong, in words. */
  message: string;
  /** The line of the value in the input, from 1; `null` for a parsed document or if unknown. */
  line: number | null;
  /** The column of the value in bytes of UTF-8, from 1; `null` when `line` is. */
  column: number | null;
}

/** What `validate` found in a dataset that decoded. */
export interface ValidationResult {
  /** `true` when no violation is an error (warnings allowed). */
  valid: boolean;
  /** Every violation, errors and warnings, in the order the crate reports them. */
  violations: Violation[];
}

/** What a view left out, as counts per kind. */
export interface Withheld {
  organizations: number;
  regions: number;
  /** Series of sessions (since 1.2). */
  series: number;
  /** Capabilities: databases, systems, platforms, tools (since 1.2). */
  capabilities: number;
  people: number;
  /** Offices held over time (since 1.2). */
  offices: number;
  conferences: number;
  strategies: number;
  recommendations: number;
  media_releases: number;
  sources: number;
  delegations: number;
  delegates: number;
  /** Member lists withheld as a whole (head, members and size), one each whatever their length. */
  member_lists: number;
  statements: number;
  decisions: number;
  /** Attendance figures withheld for their own marking. */
  attendance: number;
  /** Versions of disputed facts (claims) withheld for their own marking. */
  claims: number;
  /** Roles at kept sessions, for their own marking or with whoever held them. */
  roles: number;
  /** Tenures of kept offices, for their own marking or with whoever held them (since 1.2). */
  tenures: number;
  paragraphs: number;
  personal_data: number;
  references: number;
  extensions: number;
}

/** The view of a dataset for one audience. */
export interface View {
  /** The audience's clearance, such as `"TLP:AMBER"`. */
  audience: Marking;
  /** Whether the audience may hold personal data. */
  personalData: boolean;
  /** The dataset the audience may receive (the shape of `dataset.schema.json`). */
  dataset: Record<string, unknown>;
  /** What was left out. */
  withheld: Withheld;
}

/** A Traffic Light Protocol 2.0 label. */
export type Marking = 'TLP:CLEAR' | 'TLP:GREEN' | 'TLP:AMBER' | 'TLP:AMBER+STRICT' | 'TLP:RED';

/** One rule of the catalogue. */
export interface Rule {
  code: string;
  severity: 'error' | 'warning';
  description: string;
}

/** The input is not a dataset: not JSON, cut short, or JSON of another shape. */
export class DecodeError extends Error {
  name: 'DecodeError';
  /** `"decode.syntax"`, `"decode.eof"` or `"decode.data"`. */
  code: 'decode.syntax' | 'decode.eof' | 'decode.data' | 'decode.io';
  /** The JSON Pointer of the value being read (`""` for the document root). */
  pointer: string;
  /** The line where the problem was found, from 1; `null` for a parsed document or if unknown. */
  line: number | null;
  /** The column of the last byte read, in bytes; `null` when `line` is. */
  column: number | null;
  /** The problem, without its location (`message` is the whole line with its location). */
  detail: string;
}

/** `view()` was given a dataset with errors. */
export class InvalidDatasetError extends Error {
  name: 'InvalidDatasetError';
  /** The validation result, with every violation. */
  result: ValidationResult;
}

/**
 * Decodes and validates a dataset, reporting every violation of every rule.
 * @throws {DecodeError} if the input is not a dataset.
 * @throws {TypeError} for any other type of `data`.
 */
export function validate(data: Data): ValidationResult;

/**
 * The view of a dataset for an audience (default: the public, `TLP:CLEAR`, no personal data).
 * @throws {DecodeError} if the input is not a dataset.
 * @throws {InvalidDatasetError} if it has errors.
 * @throws {RangeError} for an unknown marking, or personal data for the public.
 */
export function view(data: Data, options?: { audience?: Marking | string; personalData?: boolean }): View;

/** The published JSON Schemas (draft 2020-12), file name to schema. */
export function schemas(): Record<string, Record<string, unknown>>;

/** The rule catalogue, in order. */
export function rules(): Rule[];

// Type-checked by test/types.test.js with tsc --strict: index.d.ts describes what index.js
// returns, and misuse is refused.
import * as rc from "../index";

const result: rc.ValidationResult = rc.validate('{"schema_version": "1.1"}');
const first: rc.Violation | undefined = result.violations[0];
const where: [number | null, number | null] = first ? [first.line, first.column] : [null, null];
const severity: "error" | "warning" | undefined = first?.severity;
const fromBytes: boolean = rc.validate(new Uint8Array([123, 125])).valid;
const fromObject: boolean = rc.validate({ schema_version: "1.1" }).valid;

try {
  rc.validate("[");
} catch (e) {
  if (e instanceof rc.DecodeError) {
    const at: [string, string, number | null, number | null, string] = [e.code, e.pointer, e.line, e.column, e.detail];
    void at;
  } else if (e instanceof rc.InvalidDatasetError) {
    const valid: false | true = e.result.valid;
    void valid;
  }
}

const made: rc.View = rc.view("{}", { audience: "TLP:AMBER", personalData: true });
const people: number = made.withheld.people;
const marking: rc.Marking = made.audience;
const rules: rc.Rule[] = rc.rules();
const schema: Record<string, unknown> | undefined = rc.schemas()["dataset.schema.json"];

// @ts-expect-error: a number is not input.
rc.validate(42);
// @ts-expect-error: the options are an object.
rc.view("{}", "TLP:AMBER");

void [where, severity, fromBytes, fromObject, people, marking, rules, schema];

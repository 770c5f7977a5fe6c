// The tally both Node checks keep: one line per check, "ok" or "FAIL", and a closing
// "N passed, M failed"; the process exits 1 if anything failed.

let passed = 0;
let failed = 0;

export const ok = (line) => {
  passed += 1;
  console.log(`ok   ${line}`);
};

export const fail = (line) => {
  failed += 1;
  console.log(`FAIL ${line}`);
};

export const check = (good, line) => (good ? ok(line) : fail(line));

export function finish() {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

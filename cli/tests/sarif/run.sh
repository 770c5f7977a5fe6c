#!/usr/bin/env bash
# Checks rconf's SARIF output with SARIF tools from a registry: the official SARIF 2.1.0 JSON
# Schema (validated with Python jsonschema) and Microsoft's SARIF Multitool `validate`, both from
# the npm package @microsoft/sarif-multitool-linux, which ships the schema and the tool's binary.
# Run from the repository root after `cargo build -p regional-conference-cli`.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
rconf="$root/target/debug/rconf"
work="$root/target/sarif-check"
mkdir -p "$work"

echo "-- installing @microsoft/sarif-multitool-linux (npm) and jsonschema (pip)"
# Installed under target/ (not in the source tree), pinned by package-lock.json; the package's
# postinstall only marks the binary executable, done below.
if ! cmp -s "$here/package-lock.json" "$work/package-lock.json" \
    || [ ! -f "$work/node_modules/@microsoft/sarif-multitool-linux/sarif-2.1.0.json" ]; then
    cp "$here/package.json" "$here/package-lock.json" "$work/"
    (cd "$work" && npm ci --no-audit --no-fund --loglevel=error)
fi
python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore \
    jsonschema==4.26.0
tool="$work/node_modules/@microsoft/sarif-multitool-linux"
chmod u+x "$tool/Sarif.Multitool"

echo "-- writing SARIF for every invalid and malformed fixture, and standard input"
fixtures() { find "$root/tests/fixtures/$1" -name '*.json' ! -name '*.expected.json' | sort; }
set +e # rconf exits 1 and 2 for these, as it should
fixtures invalid | xargs "$rconf" validate --format sarif >"$work/invalid.sarif"
fixtures malformed | xargs "$rconf" validate --format sarif >"$work/malformed.sarif"
"$rconf" validate --format sarif - <"$root/tests/fixtures/invalid/many-violations.json" >"$work/stdin.sarif"
"$rconf" validate --format sarif "$root/tests/fixtures/valid/budapest-2013.json" >"$work/valid.sarif"
set -e
logs=("$work/invalid.sarif" "$work/malformed.sarif" "$work/stdin.sarif" "$work/valid.sarif")

echo "-- JSON Schema: official SARIF 2.1.0 schema"
python3 "$here/check_sarif.py" "$tool/sarif-2.1.0.json" "${logs[@]}"

echo "-- Microsoft SARIF Multitool validate"
status=0
for log in "${logs[@]}"; do
    out="$log.validation.sarif"
    "$tool/Sarif.Multitool" validate "$log" -j "$tool/sarif-2.1.0.json" -o "$out" \
        --log ForceOverwrite >"$out.log"
    # Any result of level error fails the check (warnings and notes are advice).
    errors=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(sum(1 for r in d["runs"][0].get("results", []) if r.get("level", "warning") == "error"))' "$out")
    if [ "$errors" -ne 0 ]; then
        echo "FAIL $log: $errors errors from the SARIF Multitool (see $out)"
        status=1
    else
        echo "ok   $log: no errors from the SARIF Multitool"
    fi
done
exit "$status"

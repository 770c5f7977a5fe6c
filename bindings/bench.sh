#!/usr/bin/env bash
# Benchmark of the Python and JavaScript packages against the schema validators their users
# compare them with, in one run on the same inputs (not a timed test; numbers go to README):
#
# - a dataset of 10,000 delegates (examples/generate.rs), and an NDJSON stream of 10,000 small
#   datasets (the valid fixtures, cycled);
# - Python: regional_conference.validate against jsonschema's Draft202012Validator with
#   schemas/dataset.schema.json (plain, and with its FORMAT_CHECKER), from text to verdict;
# - JavaScript: the npm package's validate against JSON.parse + Ajv (draft 2020-12, strict,
#   allErrors, ajv-formats, as tests/consumers/node uses it), from text to verdict.
#
# Needs the packages built and installed (bindings/test.sh does it) and
# tests/consumers/node's node_modules (npm ci there). Run: bash bindings/bench.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cargo build --quiet --release --example generate
generate="$(cargo metadata --format-version 1 --no-deps \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')/release/examples/generate"
"$generate" --delegates 10000 --seed 42 > "$work/big.json"
# The small documents: the valid fixtures (1.5 to 16 KB), one per line, cycled to 10,000.
python3 -c '
import json, sys
docs = [json.dumps(json.load(open(p)), ensure_ascii=False, separators=(",", ":")) for p in sys.argv[1:]]
sys.stdout.write("".join(docs[i % len(docs)] + "\n" for i in range(10000)))
' $(ls tests/fixtures/valid/*.json | grep -v '[.]expected[.]json$') > "$work/small.ndjson"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $(python3 --version), Node $(node --version)"
echo "inputs: $(wc -c < "$work/big.json") bytes (10k delegates), $(wc -l < "$work/small.ndjson") documents in $(wc -c < "$work/small.ndjson") bytes (NDJSON)"
echo
python3 bindings/bench.py "$work/big.json" "$work/small.ndjson"
echo
node bindings/bench.js "$work/big.json" "$work/small.ndjson"

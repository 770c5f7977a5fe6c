#!/usr/bin/env bash
# Copies the test fixtures into each fuzz target's corpus (run before `cargo fuzz run`).
set -euo pipefail
cd "$(dirname "$0")"
for target in from_slice validate_file; do
    mkdir -p "corpus/$target"
    cp ../tests/fixtures/*/*.json "corpus/$target/"
done
echo "seeded corpus/{from_slice,validate_file} from tests/fixtures"

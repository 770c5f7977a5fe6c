#!/usr/bin/env bash
# The Python and JavaScript packages, from a clean clone: installs what they need from the
# registries, builds them, and runs their tests and the agreement test. Called by .ci/run; run
# it alone with `bash bindings/test.sh`. Prints how long each step took.
#
# - the wasm32-unknown-unknown target (rustup) and wasm-bindgen-cli of exactly the version of
#   the wasm-bindgen crate in Cargo.lock (bindings/js/tools.sh: only what is not there yet);
# - the Python package (pip install ./bindings/python: maturin builds it) and pytest;
# - the npm package (bindings/js/build.sh: cargo and wasm-bindgen);
# - pytest, node --test (with tsc --strict on a usage of index.d.ts), and
#   bindings/agreement/agreement.py.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

timings=()
step() {
    local name="$1" start=$SECONDS
    shift
    echo "-- $name"
    "$@"
    timings+=("$(printf '%4d s  %s' $((SECONDS - start)) "$name")")
}

pip_install() {
    python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore "$@"
}

pytest_run() {
    local status=0
    python3 -m pytest -q -p no:cacheprovider bindings/python/tests || status=$?
    # 5 is pytest's "no tests collected": here that is a failure, not a pass.
    if [ "$status" -eq 5 ]; then echo "pytest collected no tests" >&2; fi
    return "$status"
}

step "wasm32 target and wasm-bindgen-cli (bindings/js/tools.sh)" bash bindings/js/tools.sh
step "pip install pytest, jsonschema" pip_install pytest==9.2.0 -r tests/consumers/python/requirements.txt
# TypeScript (for the check of index.d.ts) and Ajv (for bindings/bench.sh), pinned there.
step "npm ci in tests/consumers/node" \
    npm ci --prefix tests/consumers/node --no-audit --no-fund --loglevel=error
# --force-reinstall: the version does not change between commits, the code does.
step "pip install ./bindings/python (maturin, release build)" \
    pip_install --force-reinstall --no-deps ./bindings/python
step "build the npm package and the browser glue (bindings/js/build.sh --web)" \
    bash bindings/js/build.sh --web
step "pytest bindings/python/tests" pytest_run
step "node --test bindings/js/test" node --test bindings/js/test/
step "agreement: every fixture through Rust, Python and JavaScript" \
    python3 bindings/agreement/agreement.py

echo "-- bindings: step times"
printf '%s\n' "${timings[@]}"

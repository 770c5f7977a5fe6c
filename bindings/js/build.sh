#!/usr/bin/env bash
# Builds the WebAssembly module (release) and its Node.js glue into bindings/js/pkg/, the files
# the npm package `regional-conference` (bindings/js) loads. With --web, also the browser glue
# (an ES module with an async init) into bindings/js/pkg-web/.
#
# Needs the wasm32-unknown-unknown target and wasm-bindgen-cli of exactly the version of the
# wasm-bindgen crate in Cargo.lock (bindings/test.sh installs both).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

want="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$root/Cargo.lock")"
have="$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)"
if [ "$have" != "$want" ]; then
    echo "build.sh: wasm-bindgen-cli $want is needed (found: ${have:-none}):" >&2
    echo "  cargo install wasm-bindgen-cli --version $want" >&2
    exit 2
fi

cargo build --quiet --release --target wasm32-unknown-unknown -p regional-conference-js \
    --manifest-path "$root/Cargo.toml"
target="$(cd "$root" && cargo metadata --format-version 1 --no-deps \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')"
wasm="$target/wasm32-unknown-unknown/release/regional_conference_js.wasm"

wasm-bindgen --target nodejs --out-dir "$here/pkg" "$wasm"
if [ "${1:-}" = "--web" ]; then
    wasm-bindgen --target web --out-dir "$here/pkg-web" "$wasm"
fi

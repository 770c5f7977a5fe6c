#!/usr/bin/env bash
# Builds the WebAssembly module (release) and its Node.js glue into bindings/js/pkg/, the files
# the npm package `regional-conference` (bindings/js) loads. With --web, also the browser glue
# (an ES module with an async init) into bindings/js/pkg-web/.
#
# Installs what it needs first if it is missing (tools.sh: the wasm32-unknown-unknown target and
# wasm-bindgen-cli of exactly the version in Cargo.lock). `npm install bindings/js` runs it (the
# package's prepare script), so that one command builds and installs the package.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

bash "$here/tools.sh"
cargo build --quiet --release --target wasm32-unknown-unknown -p regional-conference-js \
    --manifest-path "$root/Cargo.toml"
target="$(cd "$root" && cargo metadata --format-version 1 --no-deps \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')"
wasm="$target/wasm32-unknown-unknown/release/regional_conference_js.wasm"

wasm-bindgen --target nodejs --out-dir "$here/pkg" "$wasm"
if [ "${1:-}" = "--web" ]; then
    wasm-bindgen --target web --out-dir "$here/pkg-web" "$wasm"
    # The glue is an ES module; say so, for Node and for bundlers.
    echo '{ "type": "module" }' > "$here/pkg-web/package.json"
fi

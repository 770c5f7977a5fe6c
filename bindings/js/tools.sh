#!/usr/bin/env bash
# Installs what building the WebAssembly module needs, from the registries, if not there yet:
# the wasm32-unknown-unknown target (rustup) and wasm-bindgen-cli of exactly the version of the
# wasm-bindgen crate in Cargo.lock (cargo install; a few minutes, once).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    rustup target add wasm32-unknown-unknown
fi

want="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$root/Cargo.lock")"
have="$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)"
if [ "$have" != "$want" ]; then
    echo "tools.sh: installing wasm-bindgen-cli $want (found: ${have:-none})"
    # --locked first. Its lock file pins webpki-roots 1.0.11, which the registry does not serve
    # (1.0.10 is the newest it has), so then without the lock: cargo takes the newest compatible
    # versions. No default features: the TLS stack is only for the test runner's downloads.
    cargo install --quiet wasm-bindgen-cli --version "$want" --locked --no-default-features \
        || cargo install --quiet wasm-bindgen-cli --version "$want" --no-default-features
fi

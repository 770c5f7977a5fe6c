#!/usr/bin/env bash
# Checks the published JSON Schemas (schemas/) with the tools non-Rust consumers use: Python
# jsonschema, Node Ajv, and TypeScript types from json-schema-to-typescript. Installs what they
# need first (pinned: python/requirements.txt, node/package-lock.json), so it works from a clean
# clone and can be run again. Runs all three checks and fails if any failed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

echo "-- installing the consumers' tools"
python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore \
    -r "$here/python/requirements.txt"
(cd "$here/node" && npm ci --no-audit --no-fund --loglevel=error)

status=0
echo "-- Python: jsonschema $(python3 -c 'from importlib.metadata import version; print(version("jsonschema"))')"
python3 "$here/python/check_schemas.py" || status=1
echo "-- Node: ajv $(node -p 'require("'"$here"'/node/node_modules/ajv/package.json").version') (strict, draft 2020-12)"
node "$here/node/check_schemas.mjs" || status=1
echo "-- TypeScript: json-schema-to-typescript and tsc"
node "$here/node/typescript.mjs" || status=1

if [ "$status" -ne 0 ]; then
    echo "-- consumers: FAILED (see the FAIL lines above)"
fi
exit "$status"

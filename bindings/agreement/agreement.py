"""Agreement: every fixture through Rust, Python and JavaScript, the same answers from each.

Runs every document under tests/fixtures/ (valid, invalid, malformed, views, seed, real; not
the .expected.json and .facts.json files, which are expectations) through

- Rust: the library, through the `outcomes` binary of bindings/shared;
- Python: the installed `regional_conference` package;
- JavaScript: the npm package in bindings/js (built: bindings/js/build.sh);

and checks that the three give the same verdict, the same violations (code, severity, pointer,
message, line, column) in the same order, the same decoding error (code, pointer, line, column,
message), and the same public view (dataset and withheld counts) or refusal.

Run from anywhere: `python3 bindings/agreement/agreement.py`. Ends with `N passed, N failed`
and exits 1 if any file disagrees.
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, List

import regional_conference as rc

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def fixtures() -> List[Path]:
    return sorted(
        p for p in (ROOT / "tests" / "fixtures").rglob("*")
        if p.is_file()
        and not p.name.endswith((".expected.json", ".facts.json"))
    )


def lines(command: List[str]) -> Dict[str, Dict[str, Any]]:
    out = subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True).stdout
    return {r["file"]: r for r in map(json.loads, out.splitlines())}


def decode_error(e: rc.DecodeError) -> Dict[str, Any]:
    return {"code": e.code, "pointer": e.pointer, "line": e.line, "column": e.column,
            "message": e.message, "text": str(e)}


def checked(result: rc.ValidationResult) -> Dict[str, Any]:
    return {"valid": result.valid, "violations": [dataclasses.asdict(v) for v in result.violations]}


def python(file: Path) -> Dict[str, Any]:
    data = file.read_bytes()
    try:
        validate: Dict[str, Any] = {"checked": checked(rc.validate(data))}
    except rc.DecodeError as e:
        validate = {"error": decode_error(e)}
    try:
        made = rc.view(data)
        view: Dict[str, Any] = {"view": dataclasses.asdict(made)}
    except rc.DecodeError as e:
        view = {"error": decode_error(e)}
    except rc.InvalidDatasetError as e:
        view = {"invalid": checked(e.result)}
    return {"file": str(file), "validate": validate, "view": view}


def main() -> int:
    files = fixtures()
    names = [str(f) for f in files]
    rust = lines(["cargo", "run", "--quiet", "--release", "-p", "regional-conference-bindings",
                  "--bin", "outcomes", "--", *names])
    js = lines(["node", str(HERE / "outcomes.js"), *names])
    passed = failed = 0
    kinds: Dict[str, int] = {}
    for f in files:
        py = python(f)
        r, j = rust.get(str(f)), js.get(str(f))
        if r == py == j:
            passed += 1
            outcome = r["validate"]
            kind = "error" if "error" in outcome else (
                "valid" if outcome["checked"]["valid"] else "invalid")
            kinds[kind] = kinds.get(kind, 0) + 1
            continue
        failed += 1
        print(f"DISAGREE {f.relative_to(ROOT)}")
        for name, other in (("python", py), ("javascript", j)):
            if other != r:
                print(f"  rust:       {json.dumps(r)[:600]}")
                print(f"  {name + ':':11} {json.dumps(other)[:600]}")
    print(f"agreement: {len(files)} fixtures, Rust = Python = JavaScript for {passed} "
          f"({', '.join(f'{n} {k}' for k, n in sorted(kinds.items()))})")
    # Each kind of outcome must be among those compared, or the agreement says little.
    for kind in ("valid", "invalid", "error"):
        if not kinds.get(kind):
            print(f"agreement: no fixture gave a {kind} outcome")
            failed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

"""Python side of bindings/bench.sh: the package against jsonschema, same input, one run.

Usage: python3 bindings/bench.py BIG.json SMALL.ndjson
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Callable, List

from jsonschema import Draft202012Validator

import regional_conference as rc

ROOT = Path(__file__).resolve().parents[1]


def best(fn: Callable[[], object], runs: int) -> float:
    """The fastest of `runs` timings of fn(), in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    big_path, ndjson_path = sys.argv[1], sys.argv[2]
    big = Path(big_path).read_text(encoding="utf-8")
    small: List[str] = [line for line in Path(ndjson_path).read_text(encoding="utf-8").splitlines() if line]
    schema = json.loads((ROOT / "schemas" / "dataset.schema.json").read_text())
    plain = Draft202012Validator(schema)
    formats = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)

    # Both sides must agree that the inputs are valid, or the comparison means nothing.
    assert rc.validate(big).valid and not list(formats.iter_errors(json.loads(big)))
    assert all(rc.validate(s).valid for s in small)

    def ours_big() -> None:
        rc.validate(big)

    def ours_small() -> None:
        for s in small:
            rc.validate(s)

    def schema_big(v: Draft202012Validator) -> Callable[[], None]:
        return lambda: list(v.iter_errors(json.loads(big)))

    def schema_small(v: Draft202012Validator) -> Callable[[], None]:
        def run() -> None:
            for s in small:
                list(v.iter_errors(json.loads(s)))
        return run

    rows = [
        (f"10k-delegate file ({len(big.encode()) / 1e6:.1f} MB)", best(ours_big, 5),
         best(schema_big(plain), 2), best(schema_big(formats), 2)),
        (f"NDJSON, {len(small)} small documents", best(ours_small, 3),
         best(schema_small(plain), 1), best(schema_small(formats), 1)),
    ]
    print("| Python input | regional_conference.validate | jsonschema | with FORMAT_CHECKER | ratio (plain, formats) |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, ours, theirs, theirs_formats in rows:
        print(f"| {name} | {ours * 1e3:.1f} ms | {theirs * 1e3:.0f} ms | {theirs_formats * 1e3:.0f} ms "
              f"| {theirs / ours:.0f}x, {theirs_formats / ours:.0f}x faster |")


if __name__ == "__main__":
    main()

"""Rewrite the fidelity table of docs/FIDELITY.md from the facts files.

Run from the repository root: python3 docs/corpus/table.py
The rows between the table's header and its "all" row are replaced; tests/real_corpus.rs
checks the result against the facts files.
"""

import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
REAL = ROOT / "tests" / "fixtures" / "real"
DOC = ROOT / "docs" / "FIDELITY.md"


def counts(name):
    facts = json.loads((REAL / f"{name}.facts.json").read_text(encoding="utf-8"))
    dataset = json.loads((REAL / f"{name}.json").read_text(encoding="utf-8"))
    rows = facts["facts"]
    score = lambda s: sum(1 for r in rows if r["score"] == s)
    warnings = facts["warnings"]
    return {
        "language": dataset.get("language", ""),
        "rows": len(rows),
        "core": score("core"),
        "awkward": score("awkward"),
        "extension": score("extension"),
        "lost": score("lost"),
        "warnings": len(warnings),
        "false": sum(1 for w in warnings if w["true_alarm"] is False),
    }


def percent(core, rows):
    return (core * 100 + rows // 2) // rows


def main():
    names = sorted(p.name[: -len(".facts.json")] for p in REAL.glob("*.facts.json"))
    lines = []
    total = {k: 0 for k in ("rows", "core", "awkward", "extension", "lost", "warnings", "false")}
    languages = set()
    for name in names:
        c = counts(name)
        languages.add(c["language"])
        for k in total:
            total[k] += c[k]
        lines.append(
            f"| `{name}` | {c['language']} | {c['rows']} | {c['core']} | {c['awkward']} | "
            f"{c['extension']} | {c['lost']} | {percent(c['core'], c['rows'])} % | "
            f"{c['warnings']} | {c['false']} |"
        )
    t = total
    lines.append(
        f"| **all** | {len(languages)} languages | **{t['rows']}** | **{t['core']}** | "
        f"**{t['awkward']}** | **{t['extension']}** | **{t['lost']}** | "
        f"**{percent(t['core'], t['rows'])} %** | **{t['warnings']}** | **{t['false']}** |"
    )
    doc = DOC.read_text(encoding="utf-8").split("\n")
    start = next(i for i, l in enumerate(doc) if l.startswith("| `"))
    end = next(i for i, l in enumerate(doc) if l.startswith("| **all**"))
    doc[start : end + 1] = lines
    DOC.write_text("\n".join(doc), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()

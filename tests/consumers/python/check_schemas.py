#!/usr/bin/env python3
"""Checks the published JSON Schemas the way a Python consumer uses them.

Run from anywhere: ``python3 tests/consumers/python/check_schemas.py`` (needs the packages in
``requirements.txt`` beside this file).

1. Every ``schemas/*.schema.json`` is a valid draft 2020-12 schema (``check_schema``), and
   ``schemas/rules.json`` is a well-formed rule catalogue.
2. ``FORMAT_CHECKER`` really checks the two formats the schemas use, ``date`` and ``uri``: a
   value that matches the schema's pattern but is not a real date or URI is rejected only
   because of the format.
3. With ``format_checker=Draft202012Validator.FORMAT_CHECKER`` and the Dataset schema, the verdict
   on every fixture:

   - ``tests/fixtures/valid/*.json`` are accepted (and every entity in them by its own schema);
   - ``tests/fixtures/invalid/*.json`` are accepted too: they break only rules that need context,
     each of which must be in ``rules.json``;
   - ``tests/fixtures/malformed/*.json`` are rejected when ``NAME.expected.json`` says
     ``"schema": "rejects"`` and accepted when it says ``"cannot_express"``.

Prints one line per check, ``ok`` or ``FAIL``, and ends with ``N passed, M failed``; exits 1 if
anything failed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError, best_match
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parents[3]
SCHEMAS = ROOT / "schemas"
FIXTURES = ROOT / "tests" / "fixtures"
FORMAT_CHECKER = Draft202012Validator.FORMAT_CHECKER

# Dataset member -> the schema each of its entities is published under on its own.
ENTITY_SCHEMAS = {
    "conferences": "conference.schema.json",
    "strategies": "strategy.schema.json",
    "recommendations": "recommendation.schema.json",
    "media_releases": "media-release.schema.json",
    "people": "person.schema.json",
    "organizations": "organization.schema.json",
}


class Tally:
    def __init__(self) -> None:
        self.passed = 0
        self.failed = 0

    def ok(self, line: str) -> None:
        self.passed += 1
        print(f"ok   {line}", flush=True)

    def fail(self, line: str) -> None:
        self.failed += 1
        print(f"FAIL {line}", flush=True)

    def check(self, good: bool, line: str) -> None:
        (self.ok if good else self.fail)(line)


class NotJson(Exception):
    pass


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def load_json(path: Path) -> Any:
    """Parses a file as strict JSON: UTF-8, no byte order mark, no NaN or Infinity."""
    try:
        text = path.read_bytes().decode("utf-8")
        return json.loads(text, parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError) as e:
        raise NotJson(str(e).splitlines()[0] if str(e) else type(e).__name__) from e


def pointer(path: Any) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def documents(kind: str) -> list[Path]:
    """Every ``*.json`` in ``tests/fixtures/<kind>/`` but the ``*.expected.json``, by name."""
    directory = FIXTURES / kind
    if not directory.is_dir():
        return []
    return sorted(
        p for p in directory.glob("*.json") if p.is_file() and not p.name.endswith(".expected.json")
    )


def expected_path(path: Path) -> Path:
    return path.with_name(path.name[: -len(".json")] + ".expected.json")


def rel(path: Path) -> str:
    return path.relative_to(FIXTURES).as_posix()


def main() -> int:
    tally = Tally()

    # 1. The schemas themselves, and the rule catalogue.
    schema_paths = sorted(SCHEMAS.glob("*.schema.json"))
    schemas: dict[str, dict[str, Any]] = {}
    if not schema_paths:
        tally.fail(f"no *.schema.json under {SCHEMAS}")
    for path in schema_paths:
        name = f"schemas/{path.name}"
        try:
            schema = load_json(path)
            Draft202012Validator.check_schema(schema)
        except (NotJson, SchemaError) as e:
            tally.fail(f"{name}: not a valid draft 2020-12 schema: {short(str(e))}")
            continue
        if schema.get("$schema") != "https://json-schema.org/draft/2020-12/schema":
            tally.fail(f"{name}: $schema is {schema.get('$schema')!r}, not draft 2020-12")
            continue
        if not str(schema.get("$id", "")).endswith("/" + path.name):
            tally.fail(f"{name}: $id {schema.get('$id')!r} does not name the file")
            continue
        schemas[path.name] = schema
        tally.ok(f"{name}: a valid draft 2020-12 schema, $id {schema['$id']}")

    rule_codes: dict[str, str] = {}
    try:
        rules = load_json(SCHEMAS / "rules.json")
        problems = [k for k in ("$id", "schema_version", "description", "rules") if k not in rules]
        for rule in rules.get("rules", []):
            if rule.get("severity") not in ("error", "warning") or not rule.get("code"):
                problems.append(f"bad rule {rule!r}")
            else:
                rule_codes[rule["code"]] = rule["severity"]
        if len(rule_codes) != len(rules.get("rules", [])):
            problems.append("duplicate codes")
        tally.check(
            not problems and bool(rule_codes),
            f"schemas/rules.json: {len(rule_codes)} context rules"
            + (f"; problems: {', '.join(problems)}" if problems else ""),
        )
    except (NotJson, OSError, AttributeError) as e:
        tally.fail(f"schemas/rules.json: unreadable: {e}")

    dataset_schema = schemas.get("dataset.schema.json")
    if dataset_schema is None:
        tally.fail("schemas/dataset.schema.json: missing or invalid, no fixture can be checked")
        return finish(tally)

    # Every schema in one registry, by $id. They are self-contained (their $refs are local), so
    # this is only needed for the probes below, which point into the Dataset schema's $defs.
    registry: Registry = Registry().with_resources(
        (s["$id"], Resource.from_contents(s, default_specification=DRAFT202012))
        for s in schemas.values()
    )
    dataset = Draft202012Validator(
        dataset_schema, registry=registry, format_checker=FORMAT_CHECKER
    )
    entity_validators = {
        member: Draft202012Validator(schemas[file], registry=registry, format_checker=FORMAT_CHECKER)
        for member, file in ENTITY_SCHEMAS.items()
        if file in schemas
    }

    # 2. The formats are really checked, not just annotated.
    def_ref = dataset_schema["$id"] + "#/$defs/"
    for fmt, definition, value in (
        ("date", "Date", "2013-02-30"),
        ("uri", "Url", "https://example.org/%zz"),
    ):
        probe = {"$schema": dataset_schema["$schema"], "$ref": def_ref + definition}
        without = Draft202012Validator(probe, registry=registry).is_valid(value)
        checked = Draft202012Validator(
            probe, registry=registry, format_checker=FORMAT_CHECKER
        ).is_valid(value)
        tally.check(
            fmt in FORMAT_CHECKER.checkers and without and not checked,
            f"format {fmt!r} is checked: {value!r} fits $defs/{definition} but for its format "
            f"(without the format checker: {'accepted' if without else 'rejected'}; "
            f"with it: {'accepted' if checked else 'rejected'})",
        )

    # A portability note, not a failure: Python's `re` lets `$` match before a final newline,
    # so every `$`-anchored pattern (ids, text, schema_version, partial dates) lets a trailing
    # "\n" through here, where ECMA-262 regexes (Ajv) and the Rust decoder refuse it.
    seed_path = FIXTURES / "valid" / "budapest-2013.json"
    if seed_path.exists():
        probe_doc = load_json(seed_path)
        probe_doc["schema_version"] = str(probe_doc.get("schema_version", "1.0")) + "\n"
        if dataset.is_valid(probe_doc):
            print(
                "note a trailing newline passes the schema's patterns in Python (re's `$` matches "
                "before a final \\n): schema_version \"1.0\\n\" is accepted here; Ajv and the "
                "validate tool reject it",
                flush=True,
            )
        else:
            tally.ok('a trailing newline is rejected: schema_version "1.0\\n" does not fit')

    # 3. The fixtures.
    def errors_of(doc: Any) -> list[Any]:
        return list(dataset.iter_errors(doc))

    def entity_errors(doc: Any) -> list[str]:
        """Entities of a dataset that their own schema rejects, as 'pointer: message'."""
        out = []
        if not isinstance(doc, dict):
            return out
        for member, validator in entity_validators.items():
            for i, entity in enumerate(doc.get(member, []) if isinstance(doc.get(member), list) else []):
                error = best_match(validator.iter_errors(entity))
                if error is not None:
                    out.append(
                        f"/{member}/{i}{pointer(error.absolute_path)}: {error.message} "
                        f"({ENTITY_SCHEMAS[member]})"
                    )
        return out

    def entity_count(doc: Any) -> int:
        if not isinstance(doc, dict):
            return 0
        return sum(len(doc.get(m, [])) for m in entity_validators if isinstance(doc.get(m), list))

    def describe(errors: list[Any]) -> str:
        error = best_match(errors)
        return f"{pointer(error.absolute_path) or '/'}: {short(error.message)}"

    for kind in ("valid", "invalid"):
        paths = documents(kind)
        if not paths:
            tally.fail(f"{kind}/: no fixtures found under {FIXTURES / kind}")
        for path in paths:
            name = rel(path)
            expected_file = expected_path(path)
            try:
                doc = load_json(path)
                expected = load_json(expected_file) if expected_file.exists() else []
            except NotJson as e:
                tally.fail(f"{name}: not JSON: {e}")
                continue
            codes = sorted({v.get("code") for v in expected if isinstance(v, dict)}, key=str)
            unknown = [c for c in codes if c not in rule_codes]
            errors = errors_of(doc)
            entities = entity_errors(doc)
            if errors:
                tally.fail(f"{name}: rejected by the schema at {describe(errors)}")
            elif entities:
                tally.fail(f"{name}: accepted, but its own schema rejects {entities[0]}")
            elif kind == "invalid" and not codes:
                tally.fail(f"{name}: accepted, but {expected_file.name} lists no rule")
            elif unknown:
                tally.fail(f"{name}: accepted, but rules.json has no rule {', '.join(unknown)}")
            elif kind == "invalid":
                tally.ok(
                    f"{name}: accepted by the schema (rules not expressible in a schema: "
                    f"{', '.join(codes)})"
                )
            else:
                note = f", {entity_count(doc)} entities by their own schemas"
                if codes:
                    note += f"; warnings only the rules report: {', '.join(codes)}"
                tally.ok(f"{name}: accepted{note}")

    malformed = documents("malformed")
    if not malformed:
        print(f"note malformed/: no fixtures under {FIXTURES / 'malformed'}", flush=True)
    for path in malformed:
        name = rel(path)
        expected_file = expected_path(path)
        try:
            expected = load_json(expected_file)
            verdict = expected["schema"]
            why = expected.get("why", "")
            want_pointer = expected.get("pointer", "")
            if verdict not in ("rejects", "cannot_express"):
                raise ValueError(f'"schema" is {verdict!r}')
        except FileNotFoundError:
            tally.fail(f"{name}: {expected_file.name} is missing")
            continue
        except (NotJson, KeyError, TypeError, AttributeError, ValueError) as e:
            tally.fail(f"{name}: {expected_file.name} is not a valid expectation: {e}")
            continue
        try:
            doc = load_json(path)
        except NotJson as e:
            if verdict == "rejects":
                tally.ok(f"{name}: rejected before the schema, not JSON ({short(str(e), 80)})")
            else:
                tally.fail(
                    f"{name}: not JSON ({short(str(e), 80)}), but the expectation says the "
                    f"schema cannot express it: {why}"
                )
            continue
        errors = errors_of(doc)
        if verdict == "rejects":
            if errors:
                tally.ok(
                    f"{name}: rejected by the schema at {describe(errors)} "
                    f"(expected at {want_pointer or '/'})"
                )
            else:
                tally.fail(
                    f"{name}: accepted by the schema, but it should reject it at "
                    f"{want_pointer or '/'} ({short(expected.get('message', ''), 100)})"
                )
        elif errors:
            tally.fail(
                f"{name}: rejected by the schema at {describe(errors)}, but the expectation "
                f"says a schema cannot express this: {why}"
            )
        else:
            tally.ok(f"{name}: accepted by the schema, as expected: it cannot express this: {why}")

    return finish(tally)


def finish(tally: Tally) -> int:
    print(f"{tally.passed} passed, {tally.failed} failed")
    return 1 if tally.failed else 0


if __name__ == "__main__":
    sys.exit(main())

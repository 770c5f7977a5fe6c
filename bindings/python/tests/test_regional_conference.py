"""The Python package against the repository's fixtures, with exact outcomes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import regional_conference as rc

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "tests" / "fixtures"


def inputs(kind: str):
    """The fixtures of a kind, without their .expected.json files."""
    return sorted(p for p in (FIXTURES / kind).glob("*.json") if not p.name.endswith(".expected.json"))


def fixture(kind: str, name: str) -> bytes:
    return (FIXTURES / kind / name).read_bytes()


def expected(path: Path):
    return json.loads(path.with_name(path.name[: -len(".json")] + ".expected.json").read_text())


# The crate's report for tests/fixtures/invalid/many-violations.json, in its order:
# (severity, code, pointer, line, column, message).
MANY = [
    ("error", "id.duplicate", "/organizations/3/id", 18, 12,
     'the organization id "europol" is already used by another organization'),
    ("error", "position.dates.order", "/people/0/positions/1/to", 34, 74,
     'position "Chair" of "amra-hadzic" ends (2011-12) before it starts (2012)'),
    ("error", "reference.unresolved", "/conferences/0/decisions/2/recommendations/1", 109, 48,
     'no recommendation has the id "seerc-7-rec-2"'),
    ("error", "attendance.delegations_exceed_count", "/conferences/0/attendance/0/count", 57, 20,
     "4 country delegations are listed as present, but the count of countries is exactly 3"),
    ("error", "delegation.duplicate", "/conferences/0/delegations/4/country", 66, 21,
     'BA has more than one delegation at "rpcc-seerc-7"'),
    ("warning", "delegation.outside_region", "/conferences/0/delegations/5/status", 67, 37,
     'MD (Moldova, Republic of) is not a listed member of region "rpcc-south-east-europe" '
     "but attends as a member"),
    ("warning", "translation.same_language", "/conferences/0/statements/0/translations/en", 77, 34,
     'a translation into "en" is keyed by the original\'s own language'),
    ("warning", "host.ordinal.skipped", "/conferences/0/decisions/1/ordinal", 102, 22,
     "the 7th session designates a host for the 9th, skipping the 8th"),
    ("error", "strategy.period.stated_years", "/strategies/0/stated_years", 123, 23,
     "a 4-year strategy has the 3-year period 2012\u201314"),
    ("error", "reference.unresolved", "/media_releases/0/source", 154, 17,
     'no source has the id "rpcc-release-2011-04-15"'),
    ("warning", "source.retrieved.before_published", "/sources/0/retrieved", 165, 20,
     "retrieved 2011-04-13, before it was published (2011-04-14)"),
]


def rows(result: rc.ValidationResult):
    return [(v.severity, v.code, v.pointer, v.line, v.column, v.message) for v in result.violations]


def test_many_violations_from_bytes_and_text_report_all_eleven_with_lines():
    data = fixture("invalid", "many-violations.json")
    for given in (data, data.decode("utf-8"), bytearray(data), memoryview(data)):
        result = rc.validate(given)
        assert result.valid is False
        assert rows(result) == MANY
    assert len(result.errors) == 7
    assert len(result.warnings) == 4
    assert str(result.violations[0]) == (
        'error[id.duplicate] /organizations/3/id: the organization id "europol" is already used '
        "by another organization"
    )


def test_many_violations_from_a_parsed_document_have_no_lines():
    parsed = json.loads(fixture("invalid", "many-violations.json"))
    result = rc.validate(parsed)
    assert result.valid is False
    assert rows(result) == [(s, c, p, None, None, m) for (s, c, p, _, _, m) in MANY]


def test_jsonschema_accepts_many_violations_that_the_crate_rejects():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((ROOT / "schemas" / "dataset.schema.json").read_text())
    document = json.loads(fixture("invalid", "many-violations.json"))
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    assert list(validator.iter_errors(document)) == []
    assert len(rc.validate(document).violations) == 11


def test_a_valid_dataset_has_no_violations():
    result = rc.validate(fixture("valid", "budapest-2013.json"))
    assert result == rc.ValidationResult(valid=True, violations=())


def test_warnings_alone_leave_a_dataset_valid():
    result = rc.validate(fixture("valid", "mixed-markings.json"))
    assert result.valid is True
    assert [(v.code, v.severity, v.pointer) for v in result.violations] == [
        ("marking.reference.stricter", "warning", "/conferences/0/decisions/0/strategy"),
        ("marking.reference.stricter", "warning", "/conferences/0/decisions/1/recommendations/1"),
        ("marking.reference.stricter", "warning", "/conferences/0/decisions/2/organization"),
    ]


@pytest.mark.parametrize(
    "path", inputs("invalid"), ids=lambda p: p.stem
)
def test_every_invalid_fixture_reports_exactly_its_expected_violations(path: Path):
    observed = sorted((v.code, v.pointer, v.severity) for v in rc.validate(path.read_bytes()).violations)
    listed = sorted((e["code"], e["pointer"], e["severity"]) for e in expected(path))
    assert observed == listed


@pytest.mark.parametrize(
    "path", inputs("malformed"), ids=lambda p: p.stem
)
def test_every_malformed_fixture_raises_its_expected_decode_error(path: Path):
    with pytest.raises(rc.DecodeError) as caught:
        rc.validate(path.read_bytes())
    listed = expected(path)
    assert (caught.value.pointer, caught.value.message) == (listed["pointer"], listed["message"])
    assert isinstance(caught.value, ValueError)


def test_a_decode_error_says_where_with_the_crates_words():
    with pytest.raises(rc.DecodeError) as caught:
        rc.validate(fixture("malformed", "country-unknown.json"))
    e = caught.value
    assert (e.code, e.pointer, e.line, e.column) == ("decode.data", "/organizations/1/country", 14, 21)
    assert e.message == 'invalid country code "XX": not an ISO 3166-1 alpha-2 code'
    assert str(e) == (
        'line 14, column 21, at /organizations/1/country: invalid country code "XX": '
        "not an ISO 3166-1 alpha-2 code"
    )


def test_a_syntax_error_and_a_cut_document_are_decode_errors():
    with pytest.raises(rc.DecodeError) as caught:
        rc.validate('{\n  "schema_version": "1.0",\n  "regions": [\n}')
    e = caught.value
    assert (e.code, e.pointer, e.line, e.column, e.message) == (
        "decode.syntax", "/regions/0", 4, 1, "expected value")
    with pytest.raises(rc.DecodeError) as caught:
        rc.validate(b'{"schema_version": "1.0", "regions": [')
    e = caught.value
    assert (e.code, e.pointer, e.line, e.column, e.message) == (
        "decode.eof", "/regions", 1, 38, "EOF while parsing a list")
    with pytest.raises(rc.DecodeError) as caught:
        rc.validate(b"\xff")
    assert (caught.value.code, caught.value.pointer, caught.value.line, caught.value.column) == (
        "decode.syntax", "", 1, 1)


def test_a_parsed_document_with_an_unknown_field_has_a_pointer_and_no_line():
    with pytest.raises(rc.DecodeError) as caught:
        rc.validate({"schema_version": "1.1", "editor": "x"})
    e = caught.value
    assert (e.code, e.pointer, e.line, e.column) == ("decode.data", "/editor", None, None)
    assert str(e).startswith("at /editor: unknown field `editor`, expected one of `schema_version`")


def test_other_types_are_refused_with_a_type_error():
    with pytest.raises(TypeError) as caught:
        rc.validate(42)  # type: ignore[arg-type]
    assert str(caught.value) == (
        "data must be JSON text (str), UTF-8 JSON (bytes) or a parsed document (dict or list), "
        "not int"
    )


def test_the_public_view_is_the_published_one():
    made = rc.view(fixture("valid", "mixed-markings.json"))
    assert (made.audience, made.personal_data) == ("TLP:CLEAR", False)
    assert made.dataset == json.loads(fixture("views", "mixed-markings.public.json"))
    assert made.withheld == {
        "organizations": 2, "regions": 0, "series": 0, "capabilities": 0, "people": 1, "offices": 0, "conferences": 0, "strategies": 1,
        "recommendations": 1, "media_releases": 1, "sources": 1, "delegations": 2,
        "delegates": 0, "member_lists": 1, "statements": 1, "decisions": 2, "attendance": 0, "claims": 0, "roles": 0, "tenures": 0,
        "paragraphs": 2, "personal_data": 2,
        "references": 7, "extensions": 1,
    }


def test_a_red_audience_with_personal_data_gets_everything():
    data = fixture("valid", "mixed-markings.json")
    made = rc.view(data, audience="TLP:RED", personal_data=True)
    assert (made.audience, made.personal_data) == ("TLP:RED", True)
    assert sum(made.withheld.values()) == 0
    assert made.dataset == json.loads(data)


def test_no_view_of_a_dataset_with_errors():
    with pytest.raises(rc.InvalidDatasetError) as caught:
        rc.view(fixture("invalid", "many-violations.json"), audience="TLP:AMBER")
    assert rows(caught.value.result) == MANY
    assert str(caught.value) == (
        "no view of a dataset that does not validate: 7 errors, first error[id.duplicate] "
        '/organizations/3/id: the organization id "europol" is already used by another organization'
    )


def test_an_unknown_audience_and_personal_data_for_the_public_are_refused():
    data = fixture("valid", "budapest-2013.json")
    with pytest.raises(ValueError) as caught:
        rc.view(data, audience="TLP:WHITE")
    assert str(caught.value) == 'unknown marking "TLP:WHITE": TLP 2.0 renamed TLP:WHITE to TLP:CLEAR'
    with pytest.raises(ValueError) as caught:
        rc.view(data, personal_data=True)
    assert str(caught.value) == (
        "a TLP:CLEAR audience is the public, and the public never receives personal data"
    )
    with pytest.raises(rc.DecodeError):
        rc.view(b"[]")


def test_the_schemas_are_the_published_files():
    published = {
        p.name: json.loads(p.read_text()) for p in (ROOT / "schemas").glob("*.schema.json")
    }
    assert rc.schemas() == published


def test_the_rules_are_the_published_catalogue():
    catalogue = json.loads((ROOT / "schemas" / "rules.json").read_text())["rules"]
    assert rc.rules() == catalogue
    assert len(catalogue) == 64
    assert rc.rules()[0] == {
        "code": "id.duplicate",
        "severity": "error",
        "description": "An id is used by two entities of the same kind.",
    }


def test_the_version_is_the_projects():
    tomllib = pytest.importorskip("tomllib")
    project = tomllib.loads((ROOT / "bindings" / "python" / "pyproject.toml").read_text())
    assert rc.__version__ == project["project"]["version"] == "0.1.0"


def test_text_that_is_not_unicode_and_a_parsed_nan_are_refused_with_where():
    with pytest.raises(UnicodeEncodeError) as caught:
        rc.validate("\ud800")
    assert str(caught.value) == (
        "'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed"
    )
    with pytest.raises(rc.DecodeError) as caught:
        rc.validate({"schema_version": float("nan")})
    e = caught.value
    assert (e.code, e.pointer, e.line, e.column, str(e)) == (
        "decode.syntax", "/schema_version", None, None, "at /schema_version: expected value")

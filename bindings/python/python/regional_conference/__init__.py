"""Validate regional-conference datasets with every rule of the Rust crate.

The checks are the crate's own, compiled into this package: decoding (shape, leaf values,
unknown fields) and the context rules of the catalogue, each violation reported with its rule
code, severity, JSON Pointer, message, and line and column in the input.

Functions:

- :func:`validate` -- decode and validate a dataset; returns a :class:`ValidationResult`,
  raises :class:`DecodeError` if the input is not a dataset at all.
- :func:`view` -- the view of a valid dataset for an audience (TLP 2.0 clearance, with or
  without personal data), and what it withheld, as counts.
- :func:`schemas` -- the published JSON Schemas, file name to schema.
- :func:`rules` -- the rule catalogue.

Example::

    >>> import regional_conference as rc
    >>> result = rc.validate('{"schema_version": "1.0", "regions": '
    ...     '[{"id": "europe", "name": "Europe", "organizer": "interpol"}]}')
    >>> result.valid
    False
    >>> print(result.violations[0])
    error[reference.unresolved] /regions/0/organizer: no organization has the id "interpol"

Decoding errors are raised, not returned: input that is not a dataset has no violations to
list, and a ``try``/``except DecodeError`` (a :class:`ValueError`) is how Python code handles
input it cannot read. A dataset that breaks rules is not an error of the call: its violations
are the result.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib.metadata import version
from typing import Any, Dict, List, Optional, Tuple, Union

from . import _native

__all__ = [
    "DecodeError",
    "InvalidDatasetError",
    "ValidationResult",
    "View",
    "Violation",
    "rules",
    "schemas",
    "validate",
    "view",
]

__version__ = version("regional-conference")

#: What :func:`validate` and :func:`view` accept: JSON text (``str``), UTF-8 JSON bytes
#: (``bytes``, ``bytearray``, ``memoryview``), or a parsed document (``dict`` or ``list``).
Data = Union[str, bytes, bytearray, memoryview, Dict[str, Any], List[Any]]


@dataclass(frozen=True)
class Violation:
    """One broken rule.

    ``line`` and ``column`` (1-based; the column counts bytes of UTF-8) locate the offending
    value in the input text. They are ``None`` when the input was a parsed ``dict`` or
    ``list`` (it has no lines), and when the pointer names no value in the text (a missing
    field).
    """

    code: str
    """The rule's stable code, such as ``"reference.unresolved"`` (see :func:`rules`)."""
    severity: str
    """``"error"`` (the dataset is invalid) or ``"warning"`` (it is not)."""
    pointer: str
    """The RFC 6901 JSON Pointer of the offending value, such as ``"/people/0/positions/1/to"``."""
    message: str
    """What is wrong, in words."""
    line: Optional[int]
    """The line of the value in the input, from 1; ``None`` if unknown."""
    column: Optional[int]
    """The column of the value in bytes, from 1; ``None`` if unknown."""

    def __str__(self) -> str:
        """The crate's report line: ``severity[code] pointer: message``."""
        return f"{self.severity}[{self.code}] {self.pointer}: {self.message}"


@dataclass(frozen=True)
class ValidationResult:
    """What :func:`validate` found in a dataset that decoded."""

    valid: bool
    """``True`` when no violation is an error (warnings allowed)."""
    violations: Tuple[Violation, ...]
    """Every violation, errors and warnings, in the order the crate reports them."""

    @property
    def errors(self) -> Tuple[Violation, ...]:
        """The violations whose severity is ``"error"``."""
        return tuple(v for v in self.violations if v.severity == "error")

    @property
    def warnings(self) -> Tuple[Violation, ...]:
        """The violations whose severity is ``"warning"``."""
        return tuple(v for v in self.violations if v.severity == "warning")


class DecodeError(ValueError):
    """The input is not a dataset: not JSON, cut short, or JSON of another shape.

    ``str(error)`` is the crate's one-line description, such as
    ``line 4, column 100, at /organizations/0/country: invalid country code "XX": ...``.
    """

    code: str
    """``"decode.syntax"`` (not JSON), ``"decode.eof"`` (cut short) or ``"decode.data"``
    (JSON that does not fit the vocabulary: a bad value, a missing or unknown field)."""
    pointer: str
    """The JSON Pointer of the value being read (``""`` for the document root)."""
    line: Optional[int]
    """The line where the problem was found, from 1; ``None`` for a parsed ``dict`` or
    ``list``, or if unknown."""
    column: Optional[int]
    """The column of the last byte read, in bytes; ``None`` when ``line`` is."""
    message: str
    """The problem, without its location."""

    def __init__(
        self,
        text: str,
        *,
        code: str,
        pointer: str,
        line: Optional[int],
        column: Optional[int],
        message: str,
    ) -> None:
        super().__init__(text)
        self.code = code
        self.pointer = pointer
        self.line = line
        self.column = column
        self.message = message


class InvalidDatasetError(ValueError):
    """:func:`view` was given a dataset with errors; no view is made of it.

    ``result`` holds the validation result with every violation.
    """

    result: ValidationResult

    def __init__(self, result: ValidationResult) -> None:
        errors = len(result.errors)
        super().__init__(
            f"no view of a dataset that does not validate: {errors} "
            f"error{'' if errors == 1 else 's'}, first {result.errors[0] if errors else ''}"
        )
        self.result = result


@dataclass(frozen=True)
class View:
    """The view of a dataset for one audience: what it may receive, and counts of the rest."""

    audience: str
    """The audience's clearance, a TLP 2.0 label such as ``"TLP:AMBER"``."""
    personal_data: bool
    """Whether the audience may hold personal data."""
    dataset: Dict[str, Any]
    """The dataset the audience may receive, as parsed JSON."""
    withheld: Dict[str, int]
    """What was left out, as counts per kind (``"people"``, ``"statements"``, ...)."""


def _text(data: Data) -> Tuple[Union[str, bytes], bool]:
    """The input as text or bytes, and whether positions in it mean anything to the caller."""
    if isinstance(data, (str, bytes)):
        return data, True
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data), True
    if isinstance(data, (dict, list)):
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")), False
    raise TypeError(
        "data must be JSON text (str), UTF-8 JSON (bytes) or a parsed document (dict or list), "
        f"not {type(data).__name__}"
    )


def _decode_error(error: Dict[str, Any]) -> DecodeError:
    return DecodeError(
        error["text"],
        code=error["code"],
        pointer=error["pointer"],
        line=error["line"],
        column=error["column"],
        message=error["message"],
    )


def _result(checked: Dict[str, Any]) -> ValidationResult:
    return ValidationResult(
        valid=checked["valid"],
        violations=tuple(Violation(**v) for v in checked["violations"]),
    )


def _outcome(text: str) -> Dict[str, Any]:
    outcome: Dict[str, Any] = json.loads(text)
    if "internal" in outcome:
        raise RuntimeError(outcome["internal"])
    return outcome


def validate(data: Data) -> ValidationResult:
    """Decode and validate a dataset, reporting every violation of every rule.

    ``data`` is JSON text (``str``), UTF-8 JSON (``bytes``), or a parsed document (``dict``
    or ``list``, serialised with :mod:`json` first; its violations have no line or column).

    Returns a :class:`ValidationResult`: ``valid`` and the violations (code, severity,
    pointer, message, line, column), the same as the Rust crate reports.

    Raises :class:`DecodeError` (a :class:`ValueError`) if the input is not a dataset: not
    JSON, or JSON with a bad value, a missing or unknown field. Raises :class:`TypeError` for
    any other type of ``data``.
    """
    text, located = _text(data)
    if isinstance(text, str):
        outcome = _outcome(_native.check_str(text, located))
    else:
        outcome = _outcome(_native.check_bytes(text, located))
    if "error" in outcome:
        raise _decode_error(outcome["error"])
    return _result(outcome["checked"])


def view(data: Data, audience: str = "TLP:CLEAR", personal_data: bool = False) -> View:
    """The view of a dataset for an audience: everything it may receive, nothing else.

    ``audience`` is the most restrictive TLP 2.0 marking the audience may receive
    (``"TLP:CLEAR"``, the public, by default; ``"TLP:GREEN"``, ``"TLP:AMBER"``,
    ``"TLP:AMBER+STRICT"``, ``"TLP:RED"``). ``personal_data`` lets it hold personal data
    marked within its clearance (never for ``TLP:CLEAR``).

    Returns a :class:`View` with the dataset (a ``dict``) and the counts of what was withheld.

    Raises :class:`DecodeError` if the input is not a dataset, :class:`InvalidDatasetError` if
    it has errors (a view is made only of a dataset that validates), and :class:`ValueError`
    for an unknown marking or personal data for the public.
    """
    text, located = _text(data)
    if isinstance(text, str):
        outcome = _outcome(_native.view_str(text, audience, personal_data, located))
    else:
        outcome = _outcome(_native.view_bytes(text, audience, personal_data, located))
    if "error" in outcome:
        raise _decode_error(outcome["error"])
    if "invalid" in outcome:
        raise InvalidDatasetError(_result(outcome["invalid"]))
    if "audience" in outcome:
        raise ValueError(outcome["audience"])
    made = outcome["view"]
    return View(
        audience=made["audience"],
        personal_data=made["personal_data"],
        dataset=made["dataset"],
        withheld=made["withheld"],
    )


def schemas() -> Dict[str, Dict[str, Any]]:
    """The published JSON Schemas (draft 2020-12), file name to schema.

    The same documents as the repository's ``schemas/`` folder, such as
    ``"dataset.schema.json"``. A schema checks shape and leaf values only; :func:`validate`
    checks those and every context rule.
    """
    result: Dict[str, Dict[str, Any]] = json.loads(_native.schemas())
    return result


def rules() -> List[Dict[str, str]]:
    """The rule catalogue: one ``{"code", "severity", "description"}`` per rule, in order."""
    result: List[Dict[str, str]] = json.loads(_native.rules())
    return result

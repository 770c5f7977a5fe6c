"""Checks SARIF logs written by rconf against the official SARIF 2.1.0 JSON Schema.

usage: check_sarif.py SCHEMA LOG...

SCHEMA is the sarif-2.1.0.json shipped in the npm package @microsoft/sarif-multitool-linux (the
OASIS schema); each LOG must be valid against it. As a check of the check, a log with a
result level the schema does not allow must be rejected. Exits 1 if any log is invalid.
"""

import copy
import json
import sys

import jsonschema


def errors(validator, log):
    return sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))


def main(schema_path, log_paths):
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    validator = jsonschema.Draft7Validator(schema)
    status = 0
    for path in log_paths:
        with open(path, encoding="utf-8") as f:
            log = json.load(f)
        found = errors(validator, log)
        results = sum(len(run.get("results", [])) for run in log["runs"])
        if found:
            status = 1
            for e in found[:20]:
                where = "/".join(str(p) for p in e.absolute_path)
                print(f"FAIL {path}: /{where}: {e.message}")
        else:
            print(f"ok   {path}: valid SARIF 2.1.0 ({results} results)")
        broken = copy.deepcopy(log)
        for run in broken["runs"]:
            for result in run.get("results", []):
                result["level"] = "fatal"
        if results and not errors(validator, broken):
            status = 1
            print(f"FAIL {path}: the schema check accepted a level of 'fatal'")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))

#!/usr/bin/env python3
"""Checks every command's --format json output against the JSON Schema the tool publishes for
it (`smartcity schema COMMAND`), with Python's `jsonschema` (draft 2020-12, formats checked):
a second opinion on the Swift tests' own validator, on the shipped store.

Usage: Scripts/check-outputs.py SMARTCITY STORE_DIR

`log` needs the store inside a git repository; it is checked when it is one.
Exits 0 when every output conforms, 1 otherwise. Needs: pip install jsonschema
"""
import json
import subprocess
import sys

import jsonschema

RUNS = [
    ["list"],
    ["list", "--cohort", "2021"],
    ["report"],
    ["report", "--cohort", "2023"],
    *(["report", "--by", section] for section in ["year", "cohort", "province", "reconciliation", "stage", "pillar"]),
    ["show", "Kota Bandung"],
    ["show", "Kabupaten Aceh Selatan"],
    *(["sources", "--by", section] for section in ["memberships", "sources", "problems"]),
    ["regencies"],
    ["validate"],
    ["diff", "{store}", "{store}"],
    ["log", "Kota Bandung"],
]


def main(smartcity, store):
    failed = 0
    checked = 0
    schemas = {}
    for run in RUNS:
        command = run[0]
        if command not in schemas:
            text = subprocess.run([smartcity, "schema", command], check=True, capture_output=True, text=True).stdout
            schemas[command] = json.loads(text)
            jsonschema.Draft202012Validator.check_schema(schemas[command])
        arguments = [word.replace("{store}", store) for word in run]
        result = subprocess.run(
            [smartcity, *arguments, "--format", "json", "--data", store], capture_output=True, text=True)
        if command == "log" and result.returncode != 0 and "git" in result.stderr:
            print(f"skipped: {' '.join(arguments)} (the store is not in a git repository)")
            continue
        if result.returncode not in (0, 65):
            print(f"FAILED: {' '.join(arguments)} exited {result.returncode}: {result.stderr.strip()}")
            failed += 1
            continue
        validator = jsonschema.Draft202012Validator(schemas[command], format_checker=jsonschema.FormatChecker())
        errors = list(validator.iter_errors(json.loads(result.stdout)))
        for error in errors[:3]:
            print(f"FAILED: {' '.join(arguments)}: {'/'.join(map(str, error.path))}: {error.message[:200]}")
        failed += bool(errors)
        checked += 1
    print(f"jsonschema: {checked} outputs of {len(schemas)} commands checked, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))

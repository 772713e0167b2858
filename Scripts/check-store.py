#!/usr/bin/env python3
"""Checks a smartcity store with tools other than smartcity, as CI does.

Usage: Scripts/check-store.py STORE_DIR

1. Every collection file against its JSON Schema (schema/*.schema.json, draft 2020-12,
   formats checked) with the `jsonschema` package.
2. The Frictionless Data Package (datapackage.json) with `frictionless validate`, as a data
   person types it, on the package as the store has it: types, constraints, primary and foreign
   keys. (A collection holding no record is described as a JSON file rather than a table, as
   Frictionless cannot read an empty JSON table; the JSON Schema check above covers it.)

Exits 0 when both pass, 1 otherwise. Needs: pip install 'frictionless[json]' jsonschema
"""
import json
import os
import subprocess
import sys

import jsonschema


def main(store):
    failed = False
    package = json.load(open(os.path.join(store, "datapackage.json"), encoding="utf-8"))
    for resource in package["resources"]:
        name = resource["name"]
        schema = json.load(open(os.path.join(store, "schema", name + ".schema.json"), encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
        try:
            data = json.load(open(os.path.join(store, resource["path"]), encoding="utf-8"))
        except (OSError, ValueError) as error:
            print(f"jsonschema: {resource['path']}: cannot read: {error}")
            failed = True
            continue
        errors = list(validator.iter_errors(data))
        for error in errors[:5]:
            print(f"jsonschema: {resource['path']}: {list(error.absolute_path)}: {error.message}")
        failed |= bool(errors)
    print("jsonschema:", "FAILED" if failed else "every file matches its schema")

    result = subprocess.run(
        ["frictionless", "validate", "--json", "datapackage.json"], cwd=store, capture_output=True, text=True)
    try:
        report = json.loads(result.stdout)
        valid = report["valid"]
    except ValueError:
        print(result.stdout, result.stderr)
        valid = False
    if not valid:
        for task in report.get("tasks", []) if isinstance(report, dict) else []:
            for error in task.get("errors", [])[:5]:
                print(f"frictionless: {task.get('name')}: {error.get('message')}")
    print("frictionless:", "valid" if valid else "FAILED")
    return 0 if valid and not failed else 1


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))

#!/usr/bin/env python3
"""Checks a smartcity store with tools other than smartcity, as CI does.

Usage: Scripts/check-store.py STORE_DIR

1. Every collection file against its JSON Schema (schema/*.schema.json, draft 2020-12,
   formats checked) with the `jsonschema` package.
2. The Frictionless Data Package (datapackage.json) with `frictionless validate`: types,
   constraints, primary and foreign keys. Frictionless cannot read an empty JSON table (it takes
   the header from the first row), so collections holding no records are left out of that run;
   the JSON Schema check above still covers them.

Exits 0 when both pass, 1 otherwise. Needs: pip install 'frictionless[json]' jsonschema
"""
import json
import os
import subprocess
import sys
import tempfile

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
        resource["_empty"] = data == []
    print("jsonschema:", "FAILED" if failed else "every file matches its schema")

    kept = dict(package)
    kept["resources"] = [
        {k: v for k, v in r.items() if k != "_empty"} for r in package["resources"] if not r["_empty"]
    ]
    with tempfile.NamedTemporaryFile("w", suffix=".json", dir=store, delete=False) as handle:
        json.dump(kept, handle)
    try:
        result = subprocess.run(
            ["frictionless", "validate", "--json", os.path.basename(handle.name)],
            cwd=store, capture_output=True, text=True)
    finally:
        os.unlink(handle.name)
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

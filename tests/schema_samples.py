"""Validate skema/1 YAML files against the JSON schema.

Usage: /usr/bin/python3 tests/schema_samples.py SCHEMA_JSON FILE.yaml...

Editors validate skema files with schemas/skema-projekt.schema.json, so a
file the C validator accepts must pass the schema too (the schema is looser
than the C validator, so not every rejected file fails it).  This script
checks the schema itself (check_schema), then
loads each file with PyYAML and validates it with Draft202012Validator,
including the "date" format.  It prints every error with its JSON path and
exits 1 if any file fails, else prints "N files valid".

Two adjustments make PyYAML + jsonschema behave like an editor:
- PyYAML reads YAML 1.1, where 2021-11-03 is a timestamp; such dates are
  turned back into ISO strings, which is what a YAML 1.2 editor sees.
- jsonschema checks multipleOf in floating point and so rejects amounts such
  as 19.99 against 0.01; multipleOf is checked in decimal arithmetic here.
"""

import datetime
import json
import math
import sys
from decimal import Decimal

import jsonschema
import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError


def multiple_of(validator, step, instance, schema):
    """multipleOf without binary floating-point rounding errors."""
    if not validator.is_type(instance, "number"):
        return
    if not math.isfinite(instance) or Decimal(str(instance)) % Decimal(str(step)) != 0:
        yield ValidationError(f"{instance!r} is not a multiple of {step}")


Validator = jsonschema.validators.extend(Draft202012Validator, {"multipleOf": multiple_of})


def as_json(value):
    """PyYAML's result with dates as ISO strings and all keys as strings."""
    if isinstance(value, dict):
        return {str(as_json(k)): as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_json(v) for v in value]
    if isinstance(value, datetime.date):  # also datetime.datetime
        return value.isoformat()
    return value


def file_errors(validator, path):
    """Error messages for one YAML file, empty if it is valid."""
    try:
        with open(path, encoding="utf-8") as f:
            document = as_json(yaml.safe_load(f))
    except (OSError, yaml.YAMLError, ValueError) as e:
        # ValueError: PyYAML raises it for impossible dates such as 2021-02-30
        return [f"cannot load: {e}"]
    errors = sorted(validator.iter_errors(document), key=lambda e: e.json_path)
    return [f"{e.json_path}: {e.message}" for e in errors]


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: schema_samples.py SCHEMA_JSON FILE.yaml...")
    schema_path, files = sys.argv[1], sys.argv[2:]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    try:
        Validator.check_schema(schema)
    except jsonschema.SchemaError as e:
        print(f"{schema_path}: not a valid draft 2020-12 schema: {e.message}")
        return 1
    validator = Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)

    failed = 0
    for path in files:
        errors = file_errors(validator, path)
        if errors:
            failed += 1
            for message in errors:
                print(f"{path}: {message}")
    if failed:
        print(f"{failed} of {len(files)} files invalid")
        return 1
    print(f"{len(files)} files valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())

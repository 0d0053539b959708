#!/usr/bin/python3
"""The Python peer: what an analyst would write instead of skema.

Usage: /usr/bin/python3 bench/peer.py [--schema FILE] [--from LIST] [PATH... | -]

For each file (directories are walked for *.yaml / *.yml like `skema batch`;
'-' reads one path per line from stdin, --from LIST from a file): yaml.load with yaml.CSafeLoader
(libyaml underneath), dates turned into ISO strings, then validation with
jsonschema's Draft202012Validator against schemas/skema-projekt.schema.json,
the schema compiled once. It prints one line:

    files N valid V invalid I unreadable U

It checks far less than skema: the shape and the value types, but no sums,
caps, financing, dates in order or duplicate keys (PyYAML keeps the last),
and YAML 1.1 rules (a duplicate key, 8.959.000 as text, 2019-02-30 an error
of the loader rather than of the data). It runs on Debian's /usr/bin/python3
with python3-yaml and python3-jsonschema.

As in tests/schema_samples.py, multipleOf is checked in decimal
arithmetic (jsonschema's float check would reject exact øre such as
19.99 against 0.01), so the verdicts are the schema's, not rounding noise.
"""

import datetime
import json
import math
import os
import sys
from decimal import Decimal

import jsonschema
import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMA = os.path.join(HERE, os.pardir, "schemas", "skema-projekt.schema.json")


def multiple_of(validator, step, instance, schema):
    if not validator.is_type(instance, "number"):
        return
    if not math.isfinite(instance) or Decimal(str(instance)) % Decimal(str(step)) != 0:
        yield ValidationError(f"{instance!r} is not a multiple of {step}")


Validator = jsonschema.validators.extend(Draft202012Validator, {"multipleOf": multiple_of})


def as_json(value):
    if isinstance(value, dict):
        return {str(as_json(k)): as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_json(v) for v in value]
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def walk(path):
    """Files under path in sorted order, as skema batch takes them."""
    if not os.path.isdir(path):
        yield path
        return
    for name in sorted(os.listdir(path)):
        if name.startswith("."):
            continue
        child = os.path.join(path, name)
        if os.path.islink(child):
            continue
        if os.path.isdir(child):
            yield from walk(child)
        elif name.endswith((".yaml", ".yml")) and os.path.isfile(child):
            yield child


def listed(f):
    for line in f:
        line = line.rstrip("\n")
        if line:
            yield from walk(line)


def paths(args, list_file):
    if list_file:
        with open(list_file, encoding="utf-8") as f:
            yield from listed(f)
    for a in args:
        if a == "-":
            yield from listed(sys.stdin)
        else:
            yield from walk(a)


def main():
    args = sys.argv[1:]
    schema_path, list_file = SCHEMA, None
    while len(args) >= 2 and args[0] in ("--schema", "--from"):
        if args[0] == "--schema":
            schema_path = args[1]
        else:
            list_file = args[1]
        args = args[2:]
    if not args and not list_file:
        sys.exit("usage: peer.py [--schema FILE] [--from LIST] [PATH... | -]")
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    validator = Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    files = valid = invalid = unreadable = 0
    for path in paths(args, list_file):
        files += 1
        try:
            with open(path, "rb") as f:
                document = as_json(yaml.load(f, Loader=yaml.CSafeLoader))
        except (OSError, yaml.YAMLError, ValueError):
            unreadable += 1  # ValueError: a date such as 2019-02-30
            continue
        if validator.is_valid(document):
            valid += 1
        else:
            invalid += 1
    print(f"files {files} valid {valid} invalid {invalid} unreadable {unreadable}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

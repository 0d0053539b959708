"""Check that the JSON schema describes the same keys as the skema binary.

Usage: /usr/bin/python3 tests/schema_agrees.py SKEMA_BINARY SCHEMA_JSON

The C validator is the reference for the skema/1 format; the JSON schema in
schemas/ only exists so that editors can check files while typing.  The two
must not drift apart, so this script compares their key listings.

`SKEMA_BINARY keys` prints one line per key, fully expanded, in document
order: PATH<TAB>TYPE<TAB>required|optional<TAB>DESCRIPTION.  The same listing is built here by
walking the schema's `properties` (following local `$ref`s into `$defs` and
any `allOf`).  A `$ref` to one of the scalar `$defs` gives that type, `enum`
gives `enum:v1|v2|...`, `const` gives `text` and an object gives `map`.
The listings are compared as sets of lines; on a mismatch the lines found on
only one side are printed and the exit status is 1.

The key table in src/load_project.c is also the one source of the keys'
descriptions: every schema description must be the Danish one (`keys`,
Danish by default) and the English one (`keys --lang en`) joined by " — ".
An editor shows the schema's; `skema keys` prints the same words.
"""

import json
import subprocess
import sys

SCALAR_DEFS = {"text", "id", "date", "amount", "unit", "pct", "area", "count"}


def resolve(root, ref):
    """Return the subschema a local reference like '#/$defs/stage' points to."""
    if not ref.startswith("#/"):
        sys.exit(f"schema_agrees: only local $refs are supported, got {ref!r}")
    node = root
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def flatten(root, schema):
    """Merge a schema with the subschemas its $ref and allOf bring in."""
    parts = list(schema.get("allOf", []))
    if "$ref" in schema:
        parts.append(resolve(root, schema["$ref"]))
    merged, properties, required = {}, {}, []
    for part in [flatten(root, p) for p in parts] + [schema]:
        merged.update(part)
        properties.update(part.get("properties", {}))
        required += part.get("required", [])
    merged.pop("$ref", None)
    merged.pop("allOf", None)
    merged["properties"] = properties
    merged["required"] = required
    return merged


def type_of(root, schema, path):
    """The type name the binary would print for this property."""
    ref = schema.get("$ref", "")
    if ref.startswith("#/$defs/") and ref[len("#/$defs/"):] in SCALAR_DEFS:
        return ref[len("#/$defs/"):]
    schema = flatten(root, schema)
    if "enum" in schema:
        return "enum:" + "|".join(str(v) for v in schema["enum"])
    if "const" in schema:
        return "text"
    if schema.get("type") == "array":
        return "list"
    if schema.get("type") == "object" or schema["properties"]:
        return "map"
    sys.exit(f"schema_agrees: cannot tell the type of {path}")


def schema_lines(root, schema, descriptions, prefix=""):
    """Yield PATH<TAB>TYPE<TAB>required|optional for every key below schema;
    each key's description goes into descriptions[PATH]."""
    schema = flatten(root, schema)
    required = set(schema["required"])
    for name, prop in schema["properties"].items():
        path = prefix + name
        kind = type_of(root, prop, path)
        need = "required" if name in required else "optional"
        descriptions[path] = prop.get("description")
        yield f"{path}\t{kind}\t{need}"
        if kind == "map":
            yield from schema_lines(root, prop, descriptions, path + ".")
        elif kind == "list" and "items" in prop:
            yield from schema_lines(root, prop["items"], descriptions, path + "[].")


def binary_keys(binary, *args):
    """The listing of `binary keys ARGS`: {PATH<TAB>TYPE<TAB>NEED: DESCRIPTION}."""
    try:
        result = subprocess.run([binary, "keys", *args], capture_output=True,
                                text=True)
    except OSError as e:
        sys.exit(f"schema_agrees: cannot run '{binary}': {e}")
    if result.returncode != 0:
        sys.exit(f"schema_agrees: '{binary} keys' failed "
                 f"(exit {result.returncode}): {result.stderr.strip()}")
    keys = {}
    for line in result.stdout.splitlines():
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) != 4 or not fields[3]:
            sys.exit(f"schema_agrees: not PATH, TYPE, NEED and DESCRIPTION: {line!r}")
        keys["\t".join(fields[:3])] = fields[3]
    return keys


def description_mismatches(da, en, descriptions):
    """Lines for each key whose schema description is not the key table's."""
    out = []
    for line, danish in da.items():
        path = line.split("\t")[0]
        want = f"{danish} — {en[line]}"
        have = descriptions.get(path)
        if have != want:
            out.append(f"  {path}: schema {have!r}, key table {want!r}")
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: schema_agrees.py SKEMA_BINARY SCHEMA_JSON")
    binary, schema_path = sys.argv[1], sys.argv[2]
    with open(schema_path, encoding="utf-8") as f:
        root = json.load(f)

    da, en = binary_keys(binary), binary_keys(binary, "--lang", "en")
    descriptions = {}
    from_binary = set(da)
    from_schema = set(schema_lines(root, root, descriptions))

    only_binary = sorted(from_binary - from_schema)
    only_schema = sorted(from_schema - from_binary)
    if only_binary or only_schema:
        print(f"schema disagrees with '{binary} keys':")
        print(f"only in the binary ({len(only_binary)}):")
        for line in only_binary:
            print("  " + line)
        print(f"only in the schema {schema_path} ({len(only_schema)}):")
        for line in only_schema:
            print("  " + line)
        return 1
    wrong = description_mismatches(da, en, descriptions)
    if wrong:
        print(f"schema descriptions differ from '{binary} keys' ({len(wrong)}):")
        print("\n".join(wrong))
        return 1
    print(f"schema agrees: {len(from_schema)} keys and their descriptions")
    return 0


if __name__ == "__main__":
    sys.exit(main())

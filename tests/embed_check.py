#!/usr/bin/python3
"""The built-in rates are data/rates.yaml with its comment lines left
empty (data/embed.py --blank-comment-lines).  That must not change what
the file says: a line whose first non-blank character is '#' could be
text inside a block scalar or a multi-line quoted one.

    /usr/bin/python3 tests/embed_check.py SOURCE_ROOT

Reads data/rates.yaml both ways with PyYAML and compares the data; also
that the line count is kept and that something was blanked.
"""
import importlib.util
import os
import sys

import yaml

root = sys.argv[1]
spec = importlib.util.spec_from_file_location("embed", os.path.join(root, "data/embed.py"))
embed = importlib.util.module_from_spec(spec)
spec.loader.exec_module(embed)

data = open(os.path.join(root, "data/rates.yaml"), "rb").read()
blanked = embed.blank_comment_lines(data)
failures = []
if yaml.safe_load(data) != yaml.safe_load(blanked):
    failures.append("data/rates.yaml reads differently with its comment lines blanked")
if data.count(b"\n") != blanked.count(b"\n"):
    failures.append("blanking changed the number of lines")
if len(blanked) >= len(data):
    failures.append("nothing was blanked")
if b"\n#" in blanked or blanked.startswith(b"#"):
    failures.append("a comment line is left")
for f in failures:
    print("FAIL:", f)
print(f"embed: {len(data)} bytes, {len(blanked)} built in; {len(failures)} failures")
sys.exit(1 if failures else 0)

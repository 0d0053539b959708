#!/usr/bin/env python3
"""Write a C file that holds a data file, so that the skema program needs
no files at run time.  Used by meson at build time:

    embed.py [--blank-comment-lines] INPUT OUTPUT SYMBOL

defines `const char *const SYMBOL` (NUL-terminated) and `SYMBOL_len`.
The bytes are INPUT's, except that with --blank-comment-lines (for
data/rates.yaml) every line that is only a YAML comment is left empty:
the sources' wording kept there for a person reading the file is a fifth
of its bytes, and every run of skema parses the built-in rates.  Lines
keep their numbers, so a finding in the built-in data points at the
right line of data/rates.yaml.  tests/embed_check.py proves the blanked
file reads as the same YAML.
"""
import re
import sys

COMMENT_LINE = re.compile(rb"^[ \t]*#[^\r\n]*", re.MULTILINE)


def blank_comment_lines(data):
    """Each line whose first non-blank character is '#' made empty."""
    return COMMENT_LINE.sub(b"", data)


def main(argv):
    blank = argv[:1] == ["--blank-comment-lines"]
    if blank:
        argv = argv[1:]
    src, dst, name = argv[:3]
    data = open(src, "rb").read()
    if blank:
        data = blank_comment_lines(data)
    with open(dst, "w", encoding="ascii") as out:
        out.write("/* Generated from %s by data/embed.py; do not edit. */\n"
                  "#include <stddef.h>\n" % src.split("/")[-1])
        out.write("extern const char *const %s;\nextern const size_t %s_len;\n"
                  % (name, name))
        out.write("static const unsigned char bytes[] = {\n")
        for i in range(0, len(data), 16):
            out.write("  " + ", ".join("%d" % b for b in data[i:i + 16]) + ",\n")
        out.write("  0\n};\n")
        out.write("const char *const %s = (const char *)bytes;\n" % name)
        out.write("const size_t %s_len = %d;\n" % (name, len(data)))


if __name__ == "__main__":
    main(sys.argv[1:])

#!/usr/bin/env python3
"""Write a C file that holds data/rates.yaml byte for byte, so that the
skema program needs no files at run time.  Used by meson at build time:

    embed.py INPUT OUTPUT SYMBOL

defines `const char *const SYMBOL` (NUL-terminated) and `SYMBOL_len`.
"""
import sys

src, dst, name = sys.argv[1:4]
data = open(src, "rb").read()
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

#!/usr/bin/env python3
"""Bounded cost: every input within the documented limits is checked with
under 64 MiB peak memory and in bounded work (issue 10, item 2).

    tests/bounds.py SKEMA SOURCE_ROOT

Each case runs skema once and reads the child's own resource usage
(os.wait4): peak RSS, and CPU time as the measure of work.  CPU time, not
wall time, so that a busy machine cannot make it flake; the CPU bound is
far above what a linear walk needs and far below what the quadratic
defects took (seconds to hours), so it tells the two apart.  Inputs are
the adversarial reproductions (tests/adversarial/) and further files of
each class generated here, each under the 4 MiB input limit.
"""
import os
import sys
import tempfile

MIB = 1024 * 1024
MAX_RSS = 64 * MIB
MAX_CPU = 1.0          # seconds of CPU for one check
MAX_INPUT = 4 * MIB    # skema's default --max-bytes

HEAD = ("format: skema/1\nprojekt: {navn: X, boligtype: aeldre}\n"
        "skema: {C: {anskaffelsessum: {i_alt: 1}}}\n")
RATES_HEAD = "format: skema-rates/1\nkilder:\n  x: {titel: t, url: u}\n"


def sanitized(skema):
    """ASan and valgrind-free builds differ: a sanitizer's shadow memory
    and slow-down are not skema's, so its bounds are scaled."""
    with open(skema, "rb") as f:
        return b"__asan_init" in f.read()


def measure(args, cwd):
    """Run args; return (peak RSS in bytes, CPU seconds, output bytes).

    Linux keeps the peak of the memory a process had before exec, so the
    figure is at least this Python process's own peak (about 20 MiB): it
    can overstate skema's, never understate it."""
    with tempfile.TemporaryFile() as out:
        actions = [(os.POSIX_SPAWN_DUP2, out.fileno(), 1),
                   (os.POSIX_SPAWN_DUP2, out.fileno(), 2),
                   (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0)]
        here = os.getcwd()
        os.chdir(cwd)
        try:
            pid = os.posix_spawn(args[0], args, os.environ,
                                 file_actions=actions)
        finally:
            os.chdir(here)
        _, status, usage = os.wait4(pid, 0)
        if os.WIFSIGNALED(status):
            raise SystemExit(f"{args}: killed by signal {os.WTERMSIG(status)}")
        rss = usage.ru_maxrss * 1024   # kilobytes on Linux
        return rss, usage.ru_utime + usage.ru_stime, out.seek(0, os.SEEK_END)


# ---- generated inputs, by class --------------------------------------

def long_key():
    """One 60 KB key: within the value limit, beyond the path limit."""
    return HEAD + "k" * 60000 + ": 1\n"


def deep_long_keys():
    """31 levels of 1000-byte keys: a path of 31 KB if not bounded."""
    text, indent = HEAD, ""
    for level in range(31):
        text += f"{indent}{chr(97 + level % 26) * 1000}:\n"
        indent += " "
    return text + indent + "x: 1\n"


def wide_long_keys():
    """1000 unknown keys of 1000 bytes, each its own finding."""
    return HEAD + "x:\n" + "".join(
        f"  {'k' * 990}{i:06d}: 1\n" for i in range(1000))


def deep_aliases():
    """199,000 aliases in one list 30 levels down: a finding each."""
    text = HEAD + "a: &a 1\nx: " + "{n: " * 29 + "["
    text += ", ".join(["*a"] * 199000)
    return text + "]" + "}" * 29 + "\n"


def many_tags():
    """199,000 tagged values: a finding each."""
    return HEAD + "x: [" + ", ".join(["!t 1"] * 199000) + "]\n"


def wide_maps():
    """200 mappings of 990 unknown keys under unknown keys: a finding each,
    each path one step from the root."""
    text = HEAD
    for m in range(200):
        text += f"m{m}: {{" + ", ".join(f"k{i}: 1" for i in range(990)) + "}\n"
    return text


def rates_many_names():
    """Two zones naming the same 90,000 municipalities at once."""
    names = "".join(f"      - k{i}\n" for i in range(90000))
    text = RATES_HEAD + "zoner:\n"
    for z in ("a", "b"):
        text += (f"  - id: {z}\n    navn: {z}\n    gyldig_fra: 2000-01-01\n"
                 f"    kilde: x\n    kommuner:\n{names}")
    return text + "maksimumsbeloeb: []\nenergitillaeg: []\ngrundkapital: []\n"


def rates_many_caps():
    """25,000 caps for one case (the pairwise check: 312 million pairs)."""
    row = "  - {aar: 2018, boligtype: aeldre, zoner: [a], kr_m2: 1, kilde: x}\n"
    return (RATES_HEAD + "zoner:\n  - {id: a, navn: a, gyldig_fra: 2000-01-01,"
            " kilde: x, kommuner: [k]}\nmaksimumsbeloeb:\n" + row * 25000 +
            "energitillaeg: []\ngrundkapital: []\n")


def rates_many_splits():
    """25,000 financing splits and energitillæg amounts for one case."""
    split = ("  - {tilsagn_fra: 2000-01-01, boligtype: [aeldre], "
             "grundkapital_pct: 10, realkredit_pct: 88, beboerindskud_pct: 2, "
             "kilde: x}\n")
    energy = ("  - {tilsagn_fra: 2000-01-01, aar: 2018, byggeform: lav, "
              "kr_m2: 1, kilde: x}\n")
    return (RATES_HEAD + "zoner: []\nmaksimumsbeloeb: []\nenergitillaeg:\n" +
            energy * 12000 + "grundkapital:\n" + split * 12000)


def rates_long_list():
    """One list of 190,000 items, all the same."""
    return (RATES_HEAD + "zoner: []\nmaksimumsbeloeb: []\nenergitillaeg: []\n"
            "grundkapital:\n  - {tilsagn_fra: 2000-01-01, boligtype: [" +
            ", ".join(["familie"] * 190000) + "], grundkapital_pct: 10, "
            "realkredit_pct: 88, beboerindskud_pct: 2, kilde: x}\n")


CHECKS = [("pathbomb", "tests/adversarial/pathbomb.yaml"),
          ("aliasbomb", "tests/adversarial/aliasbomb.yaml"),
          ("long-key", long_key), ("deep-long-keys", deep_long_keys),
          ("wide-long-keys", wide_long_keys), ("deep-aliases", deep_aliases),
          ("many-tags", many_tags), ("wide-maps", wide_maps)]
RATES = [("rates-zones", "tests/adversarial/rates-zones.yaml"),
         ("rates-many-names", rates_many_names),
         ("rates-many-caps", rates_many_caps),
         ("rates-many-splits", rates_many_splits),
         ("rates-long-list", rates_long_list)]


def input_file(tmp, name, source):
    if isinstance(source, str):
        return source
    text = source()
    if len(text.encode()) > MAX_INPUT:
        raise SystemExit(f"{name}: generated input exceeds the 4 MiB limit")
    path = os.path.join(tmp, name + ".yaml")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def main():
    skema, root = os.path.abspath(sys.argv[1]), sys.argv[2]
    scale = 8 if sanitized(skema) else 1
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        cases = [(n, [skema, "check", input_file(tmp, n, s)]) for n, s in CHECKS]
        cases += [(n, [skema, "check", "--rates", input_file(tmp, n, s),
                       "samples/gartnergaarden.yaml"]) for n, s in RATES]
        # batch: one worker over every file at once stays within one
        # check's bound of memory, and one second of work per file
        files = len(os.listdir(os.path.join(root, "tests/adversarial"))) + \
            len(os.listdir(tmp))
        cases.append(("batch -j1", [skema, "batch", "-j1", "tests/adversarial",
                                    tmp]))
        for name, args in cases:
            rss, cpu, out = measure(args, root)
            work = MAX_CPU * (files if name.startswith("batch") else 1)
            ok = rss < MAX_RSS * scale and cpu < work * scale
            failed += not ok
            print(f"{'ok  ' if ok else 'FAIL'} {name}: {rss / MIB:.1f} MiB peak, "
                  f"{cpu:.2f} s CPU, {out} bytes of report")
    if scale > 1:
        print(f"(sanitizer build: bounds scaled by {scale})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""Write N synthetic skema/1 projects for the benchmark.

Usage: /usr/bin/python3 bench/gen.py N DIR [--seed S] [--defects PCT]

The files go to DIR/000/p00000.yaml, DIR/000/p00001.yaml, ... at most
1,000 to a subdirectory, plus DIR/MANIFEST.tsv (index, path, defect kind
or "-") for checking what skema reports against what was put in.

The projects are realistic, not random noise:
- kommuner from the zone lists of data/rates.yaml (Hovedstadsregionen, the
  Århus and Odense groups) and the rest of the 98 kommuner (øvrig provins),
  now and then spelt as people do ("Høje-Taastrup Kommune", "Hoeje-Taastrup");
- familie, aeldre, ungdom and blandet projects (with a fordeling per type),
  with dwelling counts and areas of the kind each type has;
- skema A, B and C as far as the project has come (tilsagn 2009-2025), with
  dates in order, and figures whose lines add up: rounded to 1.000 kr with
  afrundet_til 1000 in some stages, whole kroner or exact øre in others;
- the financing shares the law gives for the tilsagn date (7/14/10 %, and
  8/10/12 % for familieboliger by size from 2019), the guarantee, stated
  loan / grundkapital / beboerindskud / guarantee amounts that agree with
  them, and costs under the maksimumsbeløb where the rates know it.

A fixed share of the files (--defects, default 10 %, spread evenly) holds
exactly one defect each, cycling through the kinds in DEFECTS: an amount
written 8.959.000, an unknown key, a key given twice, lines that do not add
up, a total over the cost cap, a day that does not exist, a missing
required key, a YAML syntax error. Everything else is meant to check with
0 errors (warnings and notes are normal).

Deterministic: each file is drawn from its own random.Random seeded with
"SEED:INDEX", so a given N and seed give byte-identical files (and file i
is the same whatever N). Standard library only.
"""

import argparse
import datetime
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RATES = os.path.join(HERE, os.pardir, "data", "rates.yaml")

DEFECTS = [
    "bad-amount",       # value-amount: 8.959.000, 8959000,50, 8959000 kr
    "unknown-key",      # key-unknown: sagsnr, husleje_m2, afsatte_beløb, ...
    "duplicate-key",    # key-duplicate: a line given twice
    "wrong-sum",        # sum-lines: a line changed, i_alt not
    "cap-excess",       # cap-limit: anskaffelsessum over the maksimumsbeløb
    "bad-date",         # value-date: 2019-02-30, 2021-04-31, 2018-01-32
    "missing-required",  # key-required: no navn, format or boligtype
    "yaml-syntax",      # yaml-syntax: unclosed quote, tab, missing colon
]

# The 98 kommuner (since 2007), in today's official spelling.
KOMMUNER = [
    "Albertslund", "Allerød", "Ballerup", "Bornholm", "Brøndby", "Dragør",
    "Egedal", "Fredensborg", "Frederiksberg", "Frederikssund", "Furesø",
    "Gentofte", "Gladsaxe", "Glostrup", "Gribskov", "Halsnæs", "Helsingør",
    "Herlev", "Hillerød", "Hvidovre", "Høje-Taastrup", "Hørsholm", "Ishøj",
    "København", "Lyngby-Taarbæk", "Rudersdal", "Rødovre", "Tårnby",
    "Vallensbæk",
    "Faxe", "Greve", "Guldborgsund", "Holbæk", "Kalundborg", "Køge", "Lejre",
    "Lolland", "Næstved", "Odsherred", "Ringsted", "Roskilde", "Slagelse",
    "Solrød", "Sorø", "Stevns", "Vordingborg",
    "Assens", "Billund", "Esbjerg", "Fanø", "Fredericia", "Faaborg-Midtfyn",
    "Haderslev", "Kerteminde", "Kolding", "Langeland", "Middelfart",
    "Nordfyns", "Nyborg", "Odense", "Svendborg", "Sønderborg", "Tønder",
    "Varde", "Vejen", "Vejle", "Ærø", "Aabenraa",
    "Favrskov", "Hedensted", "Herning", "Holstebro", "Horsens",
    "Ikast-Brande", "Lemvig", "Norddjurs", "Odder", "Randers",
    "Ringkøbing-Skjern", "Samsø", "Silkeborg", "Skanderborg", "Skive",
    "Struer", "Syddjurs", "Viborg", "Aarhus",
    "Brønderslev", "Frederikshavn", "Hjørring", "Jammerbugt", "Læsø",
    "Mariagerfjord", "Morsø", "Rebild", "Thisted", "Vesthimmerlands",
    "Aalborg",
]

ZONE_WEIGHTS = [("hovedstad", 40), ("aarhus-gruppen", 15),
                ("odense-gruppen", 10), ("provins", 35)]

# Maksimumsbeløb, kr per m² boligareal, for the skema B years the rates
# know for tilsagn from 1.7.2009 (data/rates.yaml: BL 0511, bl.dk 2017/2018).
# Costs are kept under these; the cap-excess defect goes over them.
CAPS = {
    (2011, "familie"): {"hovedstad": 21160, "aarhus-gruppen": 18040, "odense-gruppen": 18040, "provins": 17020},
    (2011, "aeldre"): {"hovedstad": 26270, "aarhus-gruppen": 22950, "odense-gruppen": 21770, "provins": 20540},
    (2011, "ungdom"): {"hovedstad": 24890, "aarhus-gruppen": 21770, "odense-gruppen": 21770, "provins": 20540},
    (2017, "familie"): {"hovedstad": 22890, "aarhus-gruppen": 19520, "odense-gruppen": 19520, "provins": 18410},
    (2017, "aeldre"): {"hovedstad": 28420, "aarhus-gruppen": 24830, "odense-gruppen": 23550, "provins": 22220},
    (2018, "familie"): {"hovedstad": 23280, "aarhus-gruppen": 19850, "odense-gruppen": 19850, "provins": 18720},
    (2018, "aeldre"): {"hovedstad": 28900, "aarhus-gruppen": 25260, "odense-gruppen": 23960, "provins": 22600},
}
ENERGITILLAEG = {"etage": 1020, "lav": 880}  # 2009 level, bek. 2009
# data/rates.yaml's rows that state the cap including the energitillæg
# (Næstved's minutes, the Århus-gruppe), for tilsagn from 1.7.2009 to
# 31.7.2020: where one matches, it is the cap and nothing is added to it
CAPS_INKL_ENERGI = {(2018, "familie", "aarhus-gruppen"): 20860,
                    (2019, "familie", "aarhus-gruppen"): 21340}

TYPES = ["familie", "aeldre", "ungdom"]
TYPE_WORD = {"familie": "familieboliger", "aeldre": "ældreboliger",
             "ungdom": "ungdomsboliger"}
# dwellings (min, max) and average bruttoetageareal per dwelling in
# tenths of m² (min, max): within almenboligloven § 109 (115 / 50 m²)
SIZES = {"familie": ((12, 140), (680, 1120)),
         "aeldre": ((8, 80), (620, 950)),
         "ungdom": ((16, 160), (280, 490))}

NAME_FIRST = ["Gartner", "Søbakke", "Engly", "Lærke", "Birke", "Skov",
              "Strand", "Mølle", "Kirke", "Hede", "Bøge", "Ege", "Ahorn",
              "Fjord", "Kilde", "Bakke", "Rose", "Hyld", "Linde", "Elme",
              "Solsikke", "Kastanje", "Pile", "Smede", "Bager", "Rytter",
              "Havne", "Tårn", "Sø", "Eng", "Mark", "Vinkel", "Humle",
              "Kløver", "Tjørne", "Æble", "Valmue", "Ager", "Toft", "Brønde"]
NAME_LAST = ["gården", "parken", "haven", "højen", "vænget", "lunden",
             "toften", "bakken", "huset", "engen", "kvarteret", "gaarden",
             "hegnet", "stien", "porten", "byen", "holmen", "kilen"]
ORG_PATTERN = ["Boligselskabet {k}", "{k} Almennyttige Boligselskab",
               "Boligforeningen {n}", "Andelsboligforeningen {k}",
               "Arbejdernes Boligselskab i {k}", "Boligselskabet {n}",
               "Ungdomsboligselskabet {k}", "{k} Boligforening"]

TODAY = datetime.date(2026, 6, 30)
FIRST_TILSAGN = datetime.date(2009, 7, 1)
LAST_TILSAGN = datetime.date(2025, 6, 30)


def load_zones(path):
    """Zone id -> kommuner, read from the zoner section of rates.yaml.

    A tiny line reader (standard library only); definitions of the same id
    in different years are merged, as the generator has no year for them.
    """
    zones = {}
    cur = None
    in_zoner = in_list = False
    with open(path, encoding="utf-8") as f:
        for line in f:
            text = line.rstrip("\n")
            if not text or text.lstrip().startswith("#"):
                continue
            if not text.startswith(" "):
                in_zoner = text.startswith("zoner:")
                in_list = False
                continue
            if not in_zoner:
                continue
            stripped = text.strip()
            if text.startswith("  - id: "):
                cur = stripped[len("- id: "):].strip()
                zones.setdefault(cur, [])
                in_list = False
            elif stripped == "kommuner:":
                in_list = True
            elif in_list and stripped.startswith("- "):
                name = stripped[2:].strip().strip('"')
                if name not in zones[cur]:
                    zones[cur].append(name)
            elif not stripped.startswith("- "):
                in_list = False
    listed = []
    for zid in ("hovedstad", "aarhus-gruppen", "odense-gruppen"):
        if not zones.get(zid):
            sys.exit(f"gen.py: {path}: no kommuner for zone {zid}")
        listed.extend(zones[zid])
    result = {zid: zones[zid] for zid in ("hovedstad", "aarhus-gruppen", "odense-gruppen")}
    result["provins"] = [k for k in KOMMUNER if k not in listed]
    return result


def rnd(num, den):
    """num / den rounded half away from zero (num, den >= 0)."""
    return (2 * num + den) // (2 * den)


def group(n):
    s = str(n)
    if len(s) <= 3:
        return s
    head = len(s) % 3 or 3
    parts = [s[:head]] + [s[i:i + 3] for i in range(head, len(s), 3)]
    return "_".join(parts)


def dotted(n):
    return group(n).replace("_", ".")


def ascii_name(name):
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("Æ", "Ae"), ("Ø", "Oe"), ("Å", "Aa")):
        name = name.replace(a, b)
    return name


def weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.randrange(total)
    for value, w in pairs:
        if x < w:
            return value
        x -= w
    raise AssertionError


def law_shares(tilsagn, btype, avg_bea_tenths):
    """(grundkapital, realkredit, beboerindskud) % for a tilsagn date."""
    if tilsagn <= datetime.date(2010, 12, 31):
        return 7, 91, 2
    if tilsagn <= datetime.date(2012, 6, 30):
        return 14, 84, 2
    if tilsagn <= datetime.date(2018, 12, 31) or btype != "familie":
        return 10, 88, 2
    if avg_bea_tenths < 900:
        return 8, 90, 2
    if avg_bea_tenths < 1050:
        return 10, 88, 2
    return 12, 86, 2


class Doc:
    """The lines of one YAML file, each tagged so a defect can find it."""

    def __init__(self):
        self.lines = []  # [text, tag]

    def add(self, text, tag=None):
        self.lines.append([text, tag])

    def kv(self, indent, key, value, tag=None, comment=None):
        text = " " * indent + key + ":" + (" " + value if value != "" else "")
        if comment:
            text += "  # " + comment
        self.add(text, tag)

    def find(self, pred):
        return [i for i, (_, tag) in enumerate(self.lines) if tag is not None and pred(tag)]

    def text(self):
        return "".join(t + "\n" for t, _ in self.lines)


class Project:
    pass


def pick_dates(rng, p, defect):
    if defect == "cap-excess":
        year = rng.choice([2011, 2017, 2018])
        skema_b = datetime.date(year, 1, 1) + datetime.timedelta(days=rng.randrange(365))
        lo = max(FIRST_TILSAGN, skema_b - datetime.timedelta(days=540))
        hi = skema_b - datetime.timedelta(days=120)
        tilsagn = lo + datetime.timedelta(days=rng.randrange((hi - lo).days + 1))
    else:
        span = (LAST_TILSAGN - FIRST_TILSAGN).days
        tilsagn = FIRST_TILSAGN + datetime.timedelta(days=rng.randrange(span + 1))
        skema_b = tilsagn + datetime.timedelta(days=rng.randint(150, 540))
    skaering = skema_b + datetime.timedelta(days=rng.randint(420, 900))
    indsendt = skaering + datetime.timedelta(days=rng.randint(45, 175))
    p.tilsagn, p.skema_b, p.skaering, p.indsendt = tilsagn, skema_b, skaering, indsendt
    if indsendt <= TODAY:
        stages = weighted(rng, [("ABC", 86), ("BC", 9), ("C", 5)])
    elif skema_b <= TODAY:
        stages = weighted(rng, [("AB", 92), ("B", 8)])
    else:
        stages = "A"
    if defect == "cap-excess" and "B" not in stages:
        stages = "AB" if "C" not in stages else "ABC"
    p.stages = stages
    # which dates the file states
    if defect in ("cap-excess", "bad-date"):
        p.date_keys = ["tilsagn", "skema_b", "skaeringsdag", "skema_c_indsendt"]
    elif rng.random() < 0.08:
        p.date_keys = []
    else:
        p.date_keys = ["tilsagn"]
        if "B" in stages or "C" in stages:
            p.date_keys.append("skema_b")
        if "C" in stages:
            p.date_keys.append("skaeringsdag")
            if rng.random() < 0.85:
                p.date_keys.append("skema_c_indsendt")
        if defect is None and rng.random() < 0.05:
            p.date_keys = p.date_keys[1:]  # tilsagn unknown
    p.date_values = {"tilsagn": p.tilsagn, "skema_b": p.skema_b,
                     "skaeringsdag": p.skaering, "skema_c_indsendt": p.indsendt}
    if "C" not in stages:
        p.date_keys = [k for k in p.date_keys if k in ("tilsagn", "skema_b")]
    if "B" not in stages and "C" not in stages:
        p.date_keys = [k for k in p.date_keys if k == "tilsagn"]


def make_project(rng, zones, defect):
    p = Project()
    p.grouped = rng.random() < 0.65  # 8_959_000 rather than 8959000
    if defect == "cap-excess":
        p.btype = rng.choice(["familie", "aeldre"])
    else:
        p.btype = weighted(rng, [("familie", 45), ("aeldre", 25), ("ungdom", 15), ("blandet", 15)])
    if p.btype == "blandet":
        p.parts = weighted(rng, [(["familie", "aeldre"], 6), (["familie", "ungdom"], 2),
                                 (["aeldre", "ungdom"], 1), (["familie", "aeldre", "ungdom"], 1)])
    else:
        p.parts = [p.btype]
    p.byggeform = "etage" if (p.btype == "ungdom" or rng.random() < 0.65) else "lav"
    p.zone = weighted(rng, ZONE_WEIGHTS)
    p.kommune = rng.choice(zones[p.zone])
    pick_dates(rng, p, defect)

    # dwellings and areas per type; the same at every stage that gives them
    p.areas = {}
    for t in p.parts:
        (bmin, bmax), (amin, amax) = SIZES[t]
        boliger = rng.randint(bmin, bmax)
        if len(p.parts) > 1:
            boliger = max(bmin // 2, boliger // 2)
        bea_tenths = boliger * rng.randint(amin, amax)
        if rng.random() < 0.7:
            bea_tenths -= bea_tenths % 10  # whole m²
        bla_tenths = bea_tenths * rng.randint(820, 930) // 1000
        if rng.random() < 0.7:
            bla_tenths -= bla_tenths % 10
        p.areas[t] = (boliger, bea_tenths, bla_tenths)
    p.boliger = sum(a[0] for a in p.areas.values())
    p.bea = sum(a[1] for a in p.areas.values())
    p.bla = sum(a[2] for a in p.areas.values())
    fam = p.areas.get("familie")
    avg_fam = (fam[1] // fam[0]) if fam else 0
    # (floor of the average in tenths: "under 90 m²" is 8 %, from 90 10 %,
    # from 105 12 %, exactly as the exact average compares)
    share_type = p.btype if p.btype != "blandet" else ("familie" if fam else "aeldre")
    p.shares = law_shares(p.tilsagn, share_type, avg_fam)
    # a blandet project with familieboliger from 2019: the law's % depends on
    # how skema reads the average; state no finansiering rather than guess
    p.state_finance = rng.random() < 0.85
    if p.btype == "blandet" and fam and p.tilsagn >= datetime.date(2019, 1, 1):
        p.state_finance = False

    # cost per m² boligareal for skema B, kr, per type
    year = p.skema_b.year
    p.energi = None
    p.stated_cap = None
    in_energi = FIRST_TILSAGN <= p.tilsagn <= datetime.date(2020, 7, 31)
    cost = {}
    for t in p.parts:
        cap = CAPS.get((year, t), {}).get(p.zone)
        if in_energi and (year, t, p.zone) in CAPS_INKL_ENERGI:
            cap = CAPS_INKL_ENERGI[(year, t, p.zone)]
        if defect == "cap-excess":
            e = ENERGITILLAEG[p.byggeform]
            p.energi = e
            cost[t] = (cap + e) * rng.randint(1040, 1150) // 1000
        elif cap:
            cost[t] = cap * rng.randint(800, 970) // 1000
        else:
            base = CAPS[(2011, "aeldre" if t == "aeldre" else "familie")][p.zone]
            if t == "ungdom":
                base = CAPS[(2011, "ungdom")][p.zone]
            growth = 1.0 + 0.025 * (year - 2011) if year >= 2011 else 0.975
            cost[t] = int(base * growth) * rng.randint(800, 980) // 1000
    if defect is None and in_energi and any((year, t) in CAPS for t in p.parts) and rng.random() < 0.2:
        p.energi = ENERGITILLAEG[p.byggeform]
    if (defect is None and year <= 2019 and not any((year, t) in CAPS for t in p.parts)
            and len(p.parts) == 1 and rng.random() < 0.15):
        p.stated_cap = (cost[p.parts[0]] * 1000 // rng.randint(850, 970)) // 10 * 10
    # total of skema B in øre: boligareal (tenths of m²) × kr/m²
    tb = sum(p.areas[t][2] * cost[t] * 10 for t in p.parts)
    tb += rng.randrange(100_000) * 100 + rng.randrange(100)
    p.total = {"B": tb}
    p.total["A"] = tb * rng.randint(920, 1060) // 1000
    if defect == "cap-excess":
        p.total["C"] = tb * rng.randint(985, 1010) // 1000
    else:
        p.total["C"] = tb * weighted(rng, [(rng.randint(950, 1000), 85), (rng.randint(1001, 1025), 15)]) // 1000

    # identity
    p.navn = rng.choice(NAME_FIRST) + rng.choice(NAME_LAST)
    if rng.random() < 0.1:
        p.navn += f", etape {rng.randint(2, 4)}"
    k = p.kommune
    r = rng.random()
    if r < 0.06:
        p.kommune_text = k + " Kommune"
    elif r < 0.09:
        p.kommune_text = ascii_name(k)
    elif r < 0.11 and "-" in k:
        p.kommune_text = k.replace("-", " ")
    elif r < 0.13 and k == "Aarhus":
        p.kommune_text = "Århus"
    else:
        p.kommune_text = k
    p.sagsnummer = f"{p.tilsagn.year % 100:02d}/{rng.randint(1000, 29999)}" if rng.random() < 0.9 else None
    p.org = rng.choice(ORG_PATTERN).format(k=k, n=rng.choice(NAME_FIRST) + rng.choice(["bo", "hjem", "lund"]))
    p.afdeling = f"Afdeling {rng.randint(1, 180)}" if rng.random() < 0.5 else None
    p.garanti_h = rng.randint(3500, 7000) if rng.random() < 0.7 else None  # hundredths of %
    if p.garanti_h is not None and rng.random() < 0.15:
        p.garanti_h -= p.garanti_h % 100
    p.husleje_b = rng.randint(850, 1250) + 20 * max(0, year - 2011)
    return p


class Writer:
    def __init__(self, rng, p, seed, index):
        self.rng, self.p, self.seed, self.index = rng, p, seed, index
        self.d = Doc()

    def amount(self, ore):
        kr, o = divmod(ore, 100)
        s = group(kr) if self.p.grouped else str(kr)
        return s + (f".{o:02d}" if o else "")

    def area(self, tenths):
        m, t = divmod(tenths, 10)
        s = group(m) if self.p.grouped else str(m)
        return s + (f".{t}" if t else "")

    def write(self):
        rng, p, d = self.rng, self.p, self.d
        what = " og ".join(f"{p.areas[t][0]} {TYPE_WORD[t]}" for t in p.parts)
        d.add(f"# {p.navn}: {what}, {p.kommune}.")
        d.add(f"# Syntetisk projekt nr. {self.index} (bench/gen.py, seed {self.seed}); ikke et rigtigt byggeri.")
        d.kv(0, "format", "skema/1", ("key", "format"))
        d.kv(0, "projekt", "", ("map", "projekt"))
        if p.sagsnummer:
            d.kv(2, "sagsnummer", f'"{p.sagsnummer}"', ("key", "projekt.sagsnummer"))
        d.kv(2, "navn", f'"{p.navn}"', ("key", "projekt.navn"))
        d.kv(2, "kommune", f'"{p.kommune_text}"', ("key", "projekt.kommune"))
        d.kv(2, "boligorganisation", f'"{p.org}"', ("key", "projekt.boligorganisation"))
        if p.afdeling:
            d.kv(2, "afdeling", f'"{p.afdeling}"', ("key", "projekt.afdeling"))
        d.kv(2, "boligtype", p.btype, ("key", "projekt.boligtype"))
        d.kv(2, "byggeform", p.byggeform, ("key", "projekt.byggeform"))
        if p.date_keys:
            d.kv(2, "datoer", "", ("map", "projekt.datoer"))
            for k in p.date_keys:
                d.kv(4, k, p.date_values[k].isoformat(), ("date", k))
        if p.state_finance:
            g, r, b = p.shares
            d.kv(0, "finansiering", "", ("map", "finansiering"))
            d.kv(2, "realkredit_pct", str(r), ("pct", "realkredit_pct"))
            d.kv(2, "grundkapital_pct", str(g), ("pct", "grundkapital_pct"))
            d.kv(2, "beboerindskud_pct", str(b), ("pct", "beboerindskud_pct"))
        self.valuation = None
        if p.garanti_h is not None:
            d.kv(0, "garanti", "", ("map", "garanti"))
            pct = f"{p.garanti_h // 100}" + (f".{p.garanti_h % 100:02d}" if p.garanti_h % 100 else "")
            d.kv(2, "pct", pct, ("pct", "garanti.pct"))
            if "C" in p.stages and p.state_finance and rng.random() < 0.3:
                # the lender's valuation that gives this share of C's loan:
                # pct = (L - 0,60 V) / L
                loan = p.base["C"] * p.shares[1]  # øre × 100
                v_ore = rnd(loan * (10000 - p.garanti_h), 100 * 6000)
                d.kv(2, "ejendomsvaerdi_kr", self.amount(v_ore // 100 * 100), ("amount", "garanti.ejendomsvaerdi_kr"))
        if p.energi or p.stated_cap:
            d.kv(0, "maksimumsbeloeb", "", ("map", "maksimumsbeloeb"))
            if p.stated_cap:
                d.kv(2, "kr_m2", self.amount(p.stated_cap * 100), ("amount", "maksimumsbeloeb.kr_m2"))
            if p.energi:
                d.kv(2, "energitillaeg_kr_m2", self.amount(p.energi * 100), ("amount", "maksimumsbeloeb.energitillaeg_kr_m2"))
        d.kv(0, "skema", "", ("map", "skema"))
        for s in p.stages:
            self.stage(s)
        return d

    def stage(self, s):
        rng, p, d = self.rng, self.p, self.d
        d.kv(2, s, "", ("map", f"skema.{s}"))
        # areas: B and C give them (or neither); A sometimes
        give_areas = (s != "A" and p.areas_bc) or (s == "A" and p.areas_a)
        if give_areas:
            if p.btype != "blandet" or p.blandet_totals:
                d.kv(4, "boliger", str(p.boliger), ("count", s))
                d.kv(4, "bruttoetageareal_m2", self.area(p.bea), ("area", s, "bea"))
                d.kv(4, "boligareal_m2", self.area(p.bla), ("area", s, "bla"))
            if p.btype == "blandet":
                d.kv(4, "fordeling", "", ("map", f"skema.{s}.fordeling"))
                for t in p.parts:
                    b, bea, bla = p.areas[t]
                    if p.flow_fordeling:
                        d.kv(6, t, f"{{boliger: {b}, bruttoetageareal_m2: {self.area(bea)}, "
                                   f"boligareal_m2: {self.area(bla)}}}", ("fordeling", s, t))
                    else:
                        d.kv(6, t, "", ("map", f"skema.{s}.fordeling.{t}"))
                        d.kv(8, "boliger", str(b), ("count", s, t))
                        d.kv(8, "bruttoetageareal_m2", self.area(bea), ("area", s, t, "bea"))
                        d.kv(8, "boligareal_m2", self.area(bla), ("area", s, t, "bla"))
        elif s == "A" and rng.random() < 0.5:
            d.kv(4, "boliger", str(p.boliger), ("count", s))
        style = p.style[s]
        d.kv(4, "anskaffelsessum", "", ("map", f"skema.{s}.anskaffelsessum"))
        for k, v in p.lines[s]:
            d.kv(6, k, self.amount(v), ("line", s, k, v, style))
        base = p.base[s]
        d.kv(6, "i_alt", self.amount(base), ("line", s, "i_alt", base, style))
        if style == "thousand":
            d.kv(4, "afrundet_til", "1000", ("key", f"skema.{s}.afrundet_til"),
                 comment="tallene er i hele tusinde kr." if rng.random() < 0.3 else None)
        if s in "BC":
            rent = p.husleje_b if s == "B" else p.husleje_c
            if rent:
                d.kv(4, "husleje_kr_m2", str(rent), ("opt", s, "husleje_kr_m2"))
        if p.state_finance:
            g, r, b = p.shares
            for key, pct, prob in (("realkreditlaan_kr", r, 0.4), ("grundkapital_kr", g, 0.5),
                                   ("beboerindskud_kr", b, 0.3)):
                if rng.random() < prob:
                    d.kv(4, key, self.derived(base * pct, 100, style), ("stated", s, key))
            if p.garanti_h is not None and rng.random() < 0.3:
                d.kv(4, "garanti_kr", self.derived(base * r * p.garanti_h, 100 * 10000, style),
                     ("stated", s, "garanti_kr"))
        if s == "C" and rng.random() < 0.4:
            af = rnd(p.total[s] * rng.randint(2, 30), 1000 * 100_000) * 100_000
            if af:
                d.kv(4, "afsatte_beloeb", self.amount(af), ("opt", s, "afsatte_beloeb"))

    def derived(self, num, den, style):
        """A stated amount that agrees with num / den øre, as the stage states figures."""
        if style == "thousand":
            return self.amount(rnd(num, den * 100_000) * 100_000)
        ore = rnd(num, den)
        if style == "kr" and ore % 100 != 50:
            return self.amount(rnd(num, den * 100) * 100)
        return self.amount(ore)


def stage_details(rng, p, defect):
    p.areas_bc = rng.random() < 0.88 or defect == "cap-excess"
    p.areas_a = p.areas_bc and rng.random() < 0.6
    p.blandet_totals = rng.random() < 0.7
    p.flow_fordeling = rng.random() < 0.5
    p.style = {"A": weighted(rng, [("thousand", 80), ("kr", 20)]),
               "B": weighted(rng, [("thousand", 50), ("kr", 50)]),
               "C": weighted(rng, [("thousand", 30), ("kr", 40), ("ore", 30)])}
    p.husleje_c = p.husleje_b * rng.randint(920, 1060) // 1000
    if rng.random() < 0.2:
        p.husleje_b = p.husleje_c = None
    # each stage's lines (øre) and stated i_alt, as the stage's style states them
    p.lines, p.base = {}, {}
    for s in p.stages:
        style, total = p.style[s], p.total[s]
        if s == "A" and s != p.stages[-1] and rng.random() < 0.06:
            p.lines[s] = []  # only the total is known
            p.base[s] = total - total % 100_000 if style == "thousand" else total - total % 100
            continue
        grund = total * rng.randint(80, 200) // 1000
        gebyr = total * rng.randint(5, 15) // 1000 if rng.random() < 0.25 else None
        rest = total - grund - (gebyr or 0)
        hv = rest * 1000 // rng.randint(1100, 1190)
        lines = [("grundudgifter", grund), ("haandvaerkerudgifter", hv), ("omkostninger", rest - hv)]
        if gebyr is not None:
            lines.append(("gebyrer", gebyr))
        if style == "thousand":
            lines = [(k, rnd(v, 100_000) * 100_000) for k, v in lines]
            stated = rnd(total, 100) * 100 if rng.random() < 0.25 else sum(v for _, v in lines)
        elif style == "kr":
            lines = [(k, rnd(v, 100) * 100) for k, v in lines]
            stated = sum(v for _, v in lines)
        else:
            stated = sum(v for _, v in lines)
        p.lines[s], p.base[s] = lines, stated


def apply_defect(rng, d, p, kind):
    """Put exactly one defect of the kind into the lines of d."""
    L = d.lines
    if kind == "bad-amount":
        idx = d.find(lambda t: t[0] == "line" and t[3] >= 100_000_000)
        i = rng.choice(idx)
        kr = L[i][1][3] // 100
        form = weighted(rng, [("dots", 6), ("comma", 2), ("unit", 2)])
        bad = dotted(kr) if form == "dots" else (f"{kr},00" if form == "comma" else f"{kr} kr")
        key = L[i][0].split(":")[0]
        L[i][0] = f"{key}: {bad}"
    elif kind == "unknown-key":
        options = []
        for tag_pred, old, new in (
                (lambda t: t == ("key", "projekt.sagsnummer"), "sagsnummer", "sagsnr"),
                (lambda t: t[0] == "opt" and t[2] == "husleje_kr_m2", "husleje_kr_m2", "husleje_m2"),
                (lambda t: t[0] == "opt" and t[2] == "afsatte_beloeb", "afsatte_beloeb", "afsatte_beløb"),
                (lambda t: t == ("date", "skaeringsdag"), "skaeringsdag", "skaeringsdato"),
                (lambda t: t == ("key", "projekt.afdeling"), "afdeling", "afdelingsnavn"),
                (lambda t: t == ("key", "projekt.boligorganisation"), "boligorganisation", "Boligorganisation")):
            for i in d.find(tag_pred):
                options.append((i, old, new))
        if options:
            i, old, new = rng.choice(options)
            L[i][0] = L[i][0].replace(old + ":", new + ":", 1)
        else:
            i = d.find(lambda t: t == ("key", "projekt.kommune"))[0]
            L.insert(i + 1, ['  kommunenr: "' + str(rng.randint(101, 860)) + '"', None])
    elif kind == "duplicate-key":
        idx = d.find(lambda t: t[0] == "line" and t[2] != "i_alt")
        if idx and rng.random() < 0.7:
            i = rng.choice(idx)
        else:
            i = d.find(lambda t: t == ("key", "projekt.kommune"))[0]
        L.insert(i + 1, [L[i][0], None])
    elif kind == "wrong-sum":
        s = p.stages[-1]
        i = d.find(lambda t: t[0] == "line" and t[1] == s and t[2] == "haandvaerkerudgifter")[0]
        _, _, key, v, style = L[i][1]
        delta = rng.choice([9_000, 10_000, 90_000, 100_000, 900_000, 1_000_000, 1_800_000]) * 100
        if style == "ore" and rng.random() < 0.5:
            delta += rng.randrange(1, 100)
        v = v + delta if rng.random() < 0.5 else v - delta
        w = Writer(rng, p, 0, 0)
        L[i][0] = " " * 6 + key + ": " + w.amount(v)
    elif kind == "cap-excess":
        pass  # made by make_project: the figures are over the maksimumsbeløb
    elif kind == "bad-date":
        i = rng.choice(d.find(lambda t: t[0] == "date"))
        key = L[i][1][1]
        day = p.date_values[key]
        if day.month in (4, 6, 9, 11):
            bad = f"{day.year}-{day.month:02d}-31"
        elif day.month == 2:
            bad = f"{day.year}-02-30"
        elif rng.random() < 0.5:
            bad = f"{day.year}-{day.month:02d}-32"
        else:
            bad = f"{day.year}-13-{day.day:02d}"
        L[i][0] = " " * 4 + key + ": " + bad
    elif kind == "missing-required":
        choices = [("key", "projekt.navn")] * 3 + [("key", "format")]
        if p.btype != "blandet":
            choices.append(("key", "projekt.boligtype"))
        tag = rng.choice(choices)
        del L[d.find(lambda t: t == tag)[0]]
    elif kind == "yaml-syntax":
        form = weighted(rng, [("quote", 4), ("tab", 3), ("colon", 3)])
        if form == "quote":
            i = d.find(lambda t: t == ("key", "projekt.navn"))[0]
            L[i][0] = L[i][0].rstrip('"')
        elif form == "tab":
            i = rng.choice(d.find(lambda t: t[0] == "line"))
            L[i][0] = "\t" + L[i][0].lstrip(" ")
        else:
            i = rng.choice(d.find(lambda t: t[0] == "line" and t[2] != "i_alt"))
            L[i][0] = L[i][0].replace(":", "", 1)
    else:
        raise AssertionError(kind)


def project_text(i, seed, zones, defect):
    rng = random.Random(f"{seed}:{i}")
    p = make_project(rng, zones, defect)
    stage_details(rng, p, defect)
    w = Writer(rng, p, seed, i)
    d = w.write()
    if defect:
        apply_defect(rng, d, p, defect)
    return d.text()


def main():
    ap = argparse.ArgumentParser(description="Write N synthetic skema/1 projects into DIR.")
    ap.add_argument("n", type=int, metavar="N")
    ap.add_argument("dir", metavar="DIR")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--defects", type=int, default=10, metavar="PCT",
                    help="share of files with one defect, in %% (default 10)")
    args = ap.parse_args()
    if args.n < 0 or not 0 <= args.defects <= 100:
        ap.error("N must be >= 0 and PCT within 0-100")
    zones = load_zones(RATES)
    width = max(5, len(str(max(args.n - 1, 0))))
    dwidth = max(3, len(str(max(args.n - 1, 0) // 1000)))
    os.makedirs(args.dir, exist_ok=True)
    manifest = []
    ndefect = 0
    current = None
    for i in range(args.n):
        # evenly spread: file i is defective when floor(i*pct/100) steps
        defect = None
        if (i + 1) * args.defects // 100 != i * args.defects // 100:
            defect = DEFECTS[ndefect % len(DEFECTS)]
            ndefect += 1
        sub = f"{i // 1000:0{dwidth}d}"
        if sub != current:
            os.makedirs(os.path.join(args.dir, sub), exist_ok=True)
            current = sub
        rel = f"{sub}/p{i:0{width}d}.yaml"
        with open(os.path.join(args.dir, rel), "w", encoding="utf-8", newline="\n") as f:
            f.write(project_text(i, args.seed, zones, defect))
        manifest.append(f"{i}\t{rel}\t{defect or '-'}\n")
    with open(os.path.join(args.dir, "MANIFEST.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("index\tpath\tdefect\n")
        f.writelines(manifest)
    print(f"{args.n} projects in {args.dir} (seed {args.seed}), {ndefect} with one defect each")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Measure how many of the seeds' printed figures the demo's reports reproduce.

    python3 Examples/region-halland/build/seedcheck.py REPORTS_DIR [--csv seed-figures.csv] [--out result.csv]

REPORTS_DIR is the demo's `reports/` directory (`balans demo --out DIR` writes DIR/reports/*.md).
For every row of seed-figures.csv it looks in the Markdown report that stands for the row's seed
(the first of the stems below that exists) for the printed value, normalised: Unicode minus,
en dash and hyphen are one minus sign, a leading plus is dropped, spaces, non-breaking spaces,
narrow non-breaking spaces and thin spaces between digit groups are thousands separators, the
decimal comma is kept, and a trailing unit (%, tkr, mnkr) is ignored. A figure is

- found in row:       on a line of the report that also carries the row's label (a table row
                      with that label, or for a summary figure the sentence's words),
- found elsewhere:    anywhere else in the report,
- missing:            not in the report at the seed's rounding (a report figure with more
                      decimals that rounds to it counts, and is noted).

A negative figure of a summary sentence that names a deficit ("ett underskott på −16 mnkr")
also counts unsigned on a report line that carries the sentence's words and names a deficit
too: the reports write "ett underskott på 16 mnkr" (issue 15 item 6, no double negative).

It prints per seed: total, found in row, found elsewhere, missing, and writes one result row per
figure (the figure's columns plus report, status, line, excerpt) to --out or, without --out, to
stdout after the summary. Standard library only; the exit code is always 0 (it measures — the
threshold is a test's business).
"""
import argparse
import collections
import csv
import difflib
import os
import re
import sys
import unicodedata
from decimal import ROUND_HALF_UP, Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CSV = os.path.join(HERE, "..", "seed-figures.csv")

# Which report stands for which seed: the first stem that exists in REPORTS_DIR wins (the kinds
# issue 15 asks for first, then the stems Sources/balans/Demo.swift writes today).
STEMS = {
    "000": ["ur1-RS17-2017-03", "namnd-RS17-2017-03"],
    "001": ["manad-RS17-2017-07", "namnd-RS17-2017-07"],
    "002": ["arsredovisning-RK-2019-12", "arsredovisning-RK-2019", "namnd-RK-2019-12"],
    "003": ["ur1-2024-04"],
    "004": ["manad-2018-03", "manad-RH-2018-03", "namnd-RH-2018-03"],
}

MINUS = "\\-\u2212\u2013\u2012\u2011\u2010\ufe63\uff0d"
SPACES = " \u00a0\u202f\u2009\u2007\u200a"
NUM = re.compile(r"(?<![\w,.])([" + MINUS + r"+]\s?)?(\d{1,3}(?:[" + SPACES + r"]\d{3})+|\d+)(?:,(\d+))?(?![\d]|,\d)")
STOP = {"och", "för", "med", "till", "som", "det", "den", "att", "mnkr", "tkr", "inom", "efter", "mot", "från",
        "kolumn", "utan", "etikett", "totalt", "total", "summa", "ett", "en", "av", "på", "är", "i", "vid"}


# A sentence that names a deficit: its figure is a magnitude in the reports' wording.
DEFICIT = re.compile(r"underskott|negativ", re.IGNORECASE)


def canon(printed):
    """The printed value as (sign, integer digits, decimals) text, e.g. '-2261,3'; None if not a number."""
    s = printed.strip()
    s = re.sub(r"\s*(%|tkr|mnkr|procent)\s*\*?$", "", s)
    s = s.strip()
    neg = False
    if s and s[0] in MINUS:
        neg = True
        s = s[1:].strip()
    elif s.startswith("+"):
        s = s[1:].strip()
    s = "".join(ch for ch in s if ch not in SPACES)
    if not re.fullmatch(r"\d+(,\d+)?", s):
        return None
    s = s.lstrip("0") or "0"
    if s.startswith(","):
        s = "0" + s
    return ("-" if neg else "") + s


def to_decimal(c):
    return Decimal(c.replace(",", "."))


def numbers_in(line):
    """Every number on a line, canonical, with both readings of space-separated digit groups."""
    out = set()
    for m in NUM.finditer(line):
        sign, whole, dec = m.group(1), m.group(2), m.group(3)
        neg = bool(sign and sign.strip() and sign.strip()[0] in MINUS)
        digits = "".join(ch for ch in whole if ch.isdigit())
        c = (digits.lstrip("0") or "0") + ("," + dec if dec else "")
        out.add(("-" if neg else "") + c)
        # a plain space may separate two figures rather than thousands: keep the last group too
        if re.search(r"\d \d", whole):
            groups = whole.split(" ")
            out.add(groups[-1].lstrip("0") + ("," + dec if dec else "") or "0")
            out.add(("-" if neg else "") + groups[0])
    # a bare number with a separate sign column or sign inside parentheses is rare in Markdown
    return out


def matches(c, found):
    """'exact' if canonical c is among the line's numbers, 'rounded' if a more precise one rounds to it."""
    if c in found:
        return "exact"
    want = to_decimal(c)
    places = len(c.split(",")[1]) if "," in c else 0
    q = Decimal(1).scaleb(-places)
    for f in found:
        if "," in f and len(f.split(",")[1]) > places:
            v = to_decimal(f)
            r = v.copy_abs().quantize(q, rounding=ROUND_HALF_UP)
            if v < 0:
                r = -r
            if r == want:
                return "rounded"
    return None


def words(text):
    t = unicodedata.normalize("NFC", text.lower())
    t = re.sub(r"[^\wåäö]+", " ", t)
    return [w for w in t.split() if len(w) >= 3 and w not in STOP and not w.isdigit()]


# abbreviations the seeds print for what the reports spell out
ALIASES = {"RH": "Region Halland", "HS": "Hallands sjukhus", "RK": "Regionkontoret", "RS": "Regionstyrelsen"}


def label_score(label, line):
    """How well a report line carries a figure's label: share of the label's words on the line,
    or the similarity of the line's first table cell to the label."""
    first = line.strip().strip("|").split("|")[0].strip(" *") if "|" in line else ""
    label = ALIASES.get(label.strip(), label)
    lw = words(label.replace("…", " "))
    if not lw:
        # "Totalt", "Summa": the report's total row, however it is worded
        totals = ("totalt", "total", "summa")
        lab = label.strip(" *:").lower()
        f = re.sub(r"^[=+\-\s]+", "", first.lower())
        if lab in totals and f.split(" ")[0:1] and f.split(" ")[0] in totals:
            return 1.0
        return 1.0 if lab and f == lab else 0.0
    line_l = line.lower()
    share = sum(1 for w in lw if w in line_l) / len(lw)
    ratio = difflib.SequenceMatcher(None, label.lower(), first.lower()).ratio() if first else 0.0
    # a summary sentence naming a table row ("Regionstyrelsens medel för oförutsedda kostnader …")
    named = 1.0 if len(first) >= 6 and " … " in label and first.lower() in label.lower() else 0.0
    return max(share, ratio, named)


def load_report(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    return [(i + 1, ln, numbers_in(ln)) for i, ln in enumerate(lines)]


def check(rows, reports_dir):
    stems = {}
    reports = {}
    for seed, cands in STEMS.items():
        for st in cands:
            p = os.path.join(reports_dir, st + ".md")
            if os.path.exists(p):
                stems[seed] = st
                reports[seed] = load_report(p)
                break
    results = []
    for r in rows:
        seed = r["seed"]
        c = canon(r["printed"])
        res = dict(r)
        res.update(report="", status="missing", line="", excerpt="")
        if seed not in reports:
            res["status"] = "missing"
            res["excerpt"] = "no report for this seed"
            results.append(res)
            continue
        res["report"] = stems[seed] + ".md"
        if c is None:
            res["excerpt"] = "printed value is not a number"
            results.append(res)
            continue
        is_prose = r.get("note", "").startswith("summary text")
        label = r["label"]
        if not is_prose:
            label = label.split(" | ")[0]
        best = None
        threshold = 0.5 if is_prose else 0.6
        for ln_no, ln, found in reports[seed]:
            how = matches(c, found)
            if not how:
                continue
            sc = label_score(label, ln)
            if how == "rounded" and sc < threshold:
                continue  # a more precise figure counts only on the figure's own row
            key = (sc, how == "exact")
            if best is None or key > best[0]:
                best = (key, ln_no, ln, how)
        if best is None and is_prose and c.startswith("-") and DEFICIT.search(label):
            # "ett underskott på −16 mnkr": the reports say "ett underskott på 16 mnkr" (issue 15 item 6: no
            # double negative), so a deficit sentence's figure counts unsigned on a line that also says deficit.
            for ln_no, ln, found in reports[seed]:
                how = matches(c[1:], found)
                if how and DEFICIT.search(ln) and label_score(label, ln) >= threshold:
                    best = ((label_score(label, ln), how == "exact"), ln_no, ln, how)
                    break
        if best is None:
            # the other sign only?
            other = c[1:] if c.startswith("-") else "-" + c
            if c not in ("0", "-0") and any(matches(other, f) for _, _, f in reports[seed]):
                res["excerpt"] = "only with the other sign"
            results.append(res)
            continue
        (sc, _), ln_no, ln, how = best
        res["status"] = "row" if sc >= threshold else "elsewhere"
        res["line"] = str(ln_no)
        ex = re.sub(r"\s+", " ", ln.strip())
        res["excerpt"] = (("rounded: " if how == "rounded" else "") + ex)[:160]
        results.append(res)
    return results, stems


def write_rows(out, fields, results):
    w = csv.DictWriter(out, fieldnames=fields, delimiter=";", lineterminator="\n")
    w.writeheader()
    for r in results:
        w.writerow(r)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("reports_dir")
    ap.add_argument("--csv", default=DEFAULT_CSV, help="the seed figures (default: ../seed-figures.csv)")
    ap.add_argument("--out", help="write the per-figure result CSV here (default: stdout)")
    ap.add_argument("--sections", type=int, default=5, help="sections with most missing figures to list per seed")
    a = ap.parse_args()
    with open(a.csv, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    results, stems = check(rows, a.reports_dir)

    fields = list(rows[0].keys()) + ["report", "status", "line", "excerpt"] if rows else []
    if a.out:
        # the result file first: a closed pipe on the summary must not lose it
        with open(a.out, "w", encoding="utf-8", newline="") as out:
            write_rows(out, fields, results)
    per = collections.OrderedDict()
    miss_sec = collections.defaultdict(collections.Counter)
    for r in results:
        d = per.setdefault(r["seed"], collections.Counter())
        d["total"] += 1
        d[r["status"]] += 1
        if r["status"] == "missing":
            miss_sec[r["seed"]][r["section"] or "(utan rubrik)"] += 1
    summary = sys.stdout if a.out else sys.stderr
    print("seed\treport\tfigures\tfound in row\tfound elsewhere\tmissing\treproduced", file=summary)
    for seed, d in per.items():
        pct = 100.0 * (d["row"] + d["elsewhere"]) / d["total"] if d["total"] else 0.0
        print(f"{seed}\t{stems.get(seed, '(none)')}\t{d['total']}\t{d['row']}\t{d['elsewhere']}\t{d['missing']}\t{pct:.1f} %",
              file=summary)
    for seed in per:
        top = miss_sec[seed].most_common(a.sections)
        if top:
            print(f"{seed} most missing: " + "; ".join(f"{s} ({n})" for s, n in top), file=summary)

    if not a.out:
        write_rows(sys.stdout, fields, results)
    return 0


if __name__ == "__main__":
    main()
    sys.exit(0)

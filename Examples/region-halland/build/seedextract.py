#!/usr/bin/env python3
"""First draft of seed-figures.csv from the seeds' extracted text (docs/spec/seeds/*.txt).

Heuristic, standard library only. It finds
- table rows: lines whose tail is two or more numbers (or one number under a short label, inside
  a run of such rows), with multi-line labels joined and the column headings guessed from the
  header block above the table (capitalised header lines = one heading each);
- summary figures: numbers followed by a unit (mnkr, tkr, %, procent, procentenheter, …) in the
  prose of summary sections (headings containing "Sammanfattning", chapter 1 when it is the
  summary, the "Sammanfattning av större avvikelser" bullets; all of seed 004, which is slides).

Numbers printed with a space as thousands separator are ambiguous in extracted text ("291 876"
is two figures in one row, "1 241" one): within a table the column count most rows agree on
decides, otherwise the shorter leading group is read as thousands. Rows where this or the
attribution is doubtful carry a note. The CSV is the reviewed artefact; this script only made
its first version:

    python3 Examples/region-halland/build/seedextract.py > Examples/region-halland/seed-figures.csv
"""
import collections
import csv
import glob
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
SEEDS = os.path.join(ROOT, "docs", "spec", "seeds")

DEFAULT_UNIT = {"000": "mnkr", "001": "mnkr", "002": "mnkr", "003": "mnkr", "004": "mnkr"}

MINUS = "\\-\u2212\u2013"
PIECE = re.compile(r"^[+" + MINUS + r"]?\d+(?:,\d+)?%?$")
HEADING = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+([A-ZÅÄÖ].*)$")
UNIT_WORDS = (
    r"mnkr|tkr|mkr|miljoner kronor|miljarder kronor|miljarder|procentenheter|procent(?:en)?|%"
    r"|årsarbetare|st\b|stycken|personer|medarbetare|patienter"
)
PROSE_NUM = re.compile(
    r"(?<![\w,])([+" + MINUS + r"]\s?)?(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(,\d+)?\s?(" + UNIT_WORDS + r")",
    re.IGNORECASE,
)


def is_year(p):
    return re.fullmatch(r"(19|20)\d\d", p) is not None


def pieces_of(tail):
    """Split a numeric tail into atomic pieces, joining a lone sign with the next piece."""
    raw = tail.split()
    out = []
    i = 0
    while i < len(raw):
        p = raw[i]
        if p in ("-", "\u2212", "\u2013", "+") and i + 1 < len(raw) and re.match(r"\d", raw[i + 1]):
            out.append(p + raw[i + 1])
            i += 2
            continue
        out.append(p)
        i += 1
    return out


def numeric_tail(line):
    """(label, pieces) when the line ends in numbers; pieces is the list of atomic number pieces."""
    toks = line.split()
    k = len(toks)
    while k > 0:
        t = toks[k - 1]
        if PIECE.match(t) or t in ("-", "\u2212", "\u2013", "+", "%", "tkr", "mnkr", "*"):
            k -= 1
        else:
            break
    tail = toks[k:]
    # a leading bare sign belongs to the numbers; a trailing lone "%" belongs to the last number
    if not tail:
        return None
    # "*" marks a footnote and a dash with no number after it an empty cell
    while tail and tail[-1] in ("-", "\u2212", "\u2013", "*"):
        tail = tail[:-1]
    tail = [t for t in tail if t != "*"]
    if not tail:
        return None
    pcs = pieces_of(" ".join(tail))
    merged = []
    for p in pcs:
        if p in ("tkr", "mnkr") and merged and not merged[-1].endswith(("tkr", "mnkr")):
            merged[-1] += " " + p
        elif p == "%" and merged:
            merged[-1] += " %"
        elif p in ("-", "\u2212", "\u2013", "+", "%", "tkr", "mnkr"):
            return None
        else:
            merged.append(p)
    if not merged:
        return None
    label = " ".join(toks[:k])
    # a year closing a long row is a "klart år" column, not a figure
    if len(merged) >= 4 and is_year(merged[-1]):
        merged.pop()
    # a year right after the label belongs to it ("Total ram 2017 220 000")
    while len(merged) > 1 and is_year(merged[0]) and label:
        label += " " + merged.pop(0)
    return label, merged


def can_join(head, tail):
    return re.fullmatch(r"[+" + MINUS + r"]?\d{1,3}", head) is not None and re.fullmatch(r"\d{3}(,\d+)?( ?%| tkr| mnkr)?", tail) is not None


def segmentations(pcs):
    """All ways to join thousands groups: list of lists of figures."""
    res = []

    def rec(i, acc):
        if i == len(pcs):
            res.append(list(acc))
            return
        # take a figure starting at i, extended by 0..n thousands groups
        cur = pcs[i]
        acc.append(cur)
        rec(i + 1, acc)
        acc.pop()
        j = i + 1
        while j < len(pcs) and can_join(cur.split(" ")[-1] if j == i + 1 else "1", pcs[j]):
            if j == i + 1 and not can_join(pcs[i], pcs[j]):
                break
            cur = cur + " " + pcs[j]
            acc.append(cur)
            rec(j + 1, acc)
            acc.pop()
            j += 1
            if j < len(pcs) and re.search(r",|%", pcs[j - 1]):
                break

    if any(p.endswith((" tkr", " mnkr")) for p in pcs):
        # each figure carries its unit: join pieces up to the next unit or percent sign
        out, cur = [], []
        for p in pcs:
            cur.append(p)
            if p.endswith((" tkr", " mnkr", "%")):
                out.append(" ".join(cur))
                cur = []
        if cur:
            out.extend(cur)
        return [out]
    if len(pcs) > 14:
        return [greedy(pcs)]
    rec(0, [])
    return res


def greedy(pcs):
    out = []
    for p in pcs:
        if out and can_join(out[-1].split(" ")[-1] if " " in out[-1] else out[-1], p) and "," not in out[-1] and "%" not in out[-1]:
            # prefer joining when the head is one or two digits
            head = out[-1].lstrip("+-\u2212\u2013")
            if len(head.split(" ")[0]) <= 2 and " " not in out[-1]:
                out[-1] = out[-1] + " " + p
                continue
        out.append(p)
    return out


def score(seg):
    # fewer long heads is better: "1 304 876" -> "1 304", "876" rather than "1", "304 876";
    # millions are rare, and a lone one-digit figure before three digits is usually thousands
    s = 0
    for f in seg:
        parts = [x for x in f.lstrip("+-\u2212\u2013").split(" ") if x not in ("%", "tkr", "mnkr")]
        if len(parts) > 1:
            s += len(parts[0])
        if len(parts) > 2:
            s += 10 * (len(parts) - 2)
    for a, b in zip(seg, seg[1:]):
        if re.fullmatch(r"[+\-\u2212\u2013]?\d", a) and re.fullmatch(r"\d{3}(,\d+)?", b):
            s += 3
    return s


def choose(pcs, n):
    segs = segmentations(pcs)
    if any(p.endswith((" tkr", " mnkr")) for p in pcs):
        return segs[0], False
    fit = [s for s in segs if len(s) == n]
    if fit:
        fit.sort(key=score)
        return fit[0], len(fit) > 1 and score(fit[0]) == score(fit[1])
    return greedy(pcs), any(len(s) != len(greedy(pcs)) for s in segs)


def clean(s):
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"(\w)- (\w+)", _hyphen, s)
    return s.replace(";", ",")


# units the table's header does not say but the page does (a chart's caption, a chapter's intro)
# figures read by hand: (seed, line) -> unit and note
LINE_OVERRIDE = {
    ("000", 531): {"note": "garbled: '170331' is printed as one figure (Region column of a three-column table)"},
    ("000", 1202): {"label": "Personalkostnader jan-mars 2017", "cols": ["Utfall 2017 jan-mars", "Budget 2017", "Avvikelse 2017"]},
    ("000", 433): {"label": "Totalt", "note": "garbled: total row printed without label and in another column order"},
}
LINE_OVERRIDE[("002", 521)] = {"label": "Antal digitala kompetensutvecklingsinsatser som finns i Kompetensportalen",
                                "cols": ["Målvärde 2019", "Utfall 2019", "Utfall 2018"]}
LINE_OVERRIDE[("002", 578)] = {"cols": ["Utfall", "Målvärde"]}
LINE_OVERRIDE[("002", 630)] = {"label": "Resultat jämfört med budget, ackumulerat",
                                "cols": ["Ack. resultat", "Ack. budget", "Ack. avvikelse"]}
LINE_OVERRIDE[("002", 813)] = {"label": "Kostnadsutveckling",
                                "cols": ["Ack. utfall förra året", "Ack. utfall i år", "Skillnad mot förra året",
                                         "Ack. budget årets", "Diff. mot budget", "Kostn. utv. mot föreg. år",
                                         "Budg. kostn. utv.", "Utfall"]}
for _ln in range(866, 887):
    LINE_OVERRIDE[("002", _ln)] = {"cols": ["Ack.utfall", "Årsbudget", "Avvikelse"]}
LINE_OVERRIDE[("003", 1879)] = {"figs": ["11", "445"], "cols": ["2023", "2024"],
                                 "note": "read by hand: 11 (2023) and 445 (2024), the years 2020–2022 empty"}
for _ln in (894, 895, 897, 899):
    LINE_OVERRIDE[("000", _ln)] = {"cols": ["Utfall ackumulerat", "Utfall föregående år", "Budget", "Diff mot budget"]}
for _ln in range(1147, 1154):
    LINE_OVERRIDE[("000", _ln)] = {"unit": "tkr", "note": "tkr by the text above (2,7 mnkr = 2 700)"}

# rows written by hand: (seed, section, label, printed, unit, note, line)
EXTRA_ROWS = {
    "002": [
        ("002", "4.1.5 Medarbetarindikatorer och aktiviteter", "Sjukfrånvaro (R12 medel) | Utfall", "2,22%", "%",
         "table, line 588; read by hand (the comment follows on the line)", 588),
        ("002", "4.1.5 Medarbetarindikatorer och aktiviteter", "Sjukfrånvaro (R12 medel) | Målvärde", "4%", "%",
         "table, line 588; read by hand (the comment follows on the line)", 588),
    ],
}

UNIT_OVERRIDE = {
    ("004", "Tillgängligheten till vården i Halland är god"): "%",
}
EXTRA_HEADINGS = {
    "004": ("Tillgängligheten till vården i Halland är god",),
    # 5.2.1 Analys av resultatet: the summary paragraph, then one paragraph per area
    "002": ("Förtroendevalda", "Regionkontoret", "ePlan drift", "Fastighetsförvaltning", "Utvecklingsmedel"),
}
EXTRA_HEADINGS_UNTIL = {"002": 729}  # 0-based line index: only within 5.2.1

MONTHS = ("jan", "feb", "mars", "mar", "apr", "april", "maj", "juni", "juli", "aug", "sep", "sept", "okt", "nov", "dec")


def _hyphen(m):
    a, b = m.group(1), m.group(2)
    if b in ("och", "eller", "samt", "till", "respektive"):
        return a + "- " + b
    if b.lower() in MONTHS or b[0].isdigit() or b[0].isupper():
        return a + "-" + b
    return a + b


def headings_from(block, n):
    """Guess n column headings from the header block (list of non-blank lines)."""
    if n <= 0 or not block:
        return None
    # one line with exactly n tokens (years, periods)
    def toks_of(ln):
        return [t for t in ln.strip().split() if t and not re.fullmatch(r"\((mnkr|tkr|%)\)", t)]

    for bi in range(len(block) - 1, -1, -1):
        ln = block[bi]
        toks = toks_of(ln)
        last = toks[-n:]
        if len(toks) >= n and all(re.fullmatch(r"[\w\-–.:/]+", t) for t in last) and len(ln) < 90:
            datey = sum(1 for t in last if re.match(r"\d", t) or t.lower() in MONTHS)
            if datey == n or (len(toks) > n and datey * 2 >= n and len(toks) - n <= 2):
                if bi > 0:
                    above = toks_of(block[bi - 1])
                    if len(above) >= n and all(re.fullmatch(r"[A-Za-zÅÄÖåäö.\-]+", t) for t in above[-n:]):
                        return [a + " " + t for a, t in zip(above[-n:], last)]
                if len(toks) == n:
                    return toks
    chunks = []
    for ln in block:
        s = ln.strip()
        if not s:
            continue
        if s[0].isupper() or not chunks:
            chunks.append(s)
        else:
            chunks[-1] += " " + s
    chunks = [clean(c) for c in chunks]
    if len(chunks) == n:
        return chunks
    if len(chunks) == n + 1:
        return chunks[1:]
    if len(chunks) > n + 1 and len(chunks) <= n + 3:
        return chunks[-n:]
    return None


def unit_for(seed, header_text, section, fig):
    if "%" in fig:
        return "%"
    if fig.endswith(" tkr"):
        return "tkr"
    if fig.endswith(" mnkr"):
        return "mnkr"
    if (seed, section) in UNIT_OVERRIDE:
        return UNIT_OVERRIDE[(seed, section)]
    h = (header_text + " " + section).lower()
    if "procentenhet" in h:
        return "procentenheter"
    if re.search(r"\(%\)|\bprocent\b|andel|%", header_text.lower()):
        return "%"
    if "tkr" in h or "tusen kronor" in h:
        return "tkr"
    if "mnkr" in h or "miljoner" in h:
        return "mnkr"
    if "årsarbetare" in h:
        return "årsarbetare"
    if re.search(r"\bantal\b", h):
        return "st"
    return DEFAULT_UNIT[seed]


def extract(seed, path):
    lines = open(path, encoding="utf-8").read().split("\n")
    rows = []
    section = ""
    chapter = ""
    summary = seed == "004"
    summary_text = []  # (section, lineno, text)
    heads = []  # per line: section at that line

    # pass 1: headings and numeric lines
    info = []
    caption = ""
    captions = []
    for i, ln in enumerate(lines):
        s = ln.strip()
        m = HEADING.match(ln)
        is_head = False
        if m and len(s) < 110 and not numeric_tail(s.rstrip(" ")) and not s.endswith(",") and not s.endswith("."):
            is_head = True
        elif s and (s.isupper() and len(s) > 6 and re.search(r"[A-ZÅÄÖ]{4}", s)) and not numeric_tail(s):
            caption = s  # a table's caption (RESULTATUTVECKLING): noted on its rows, not a heading
        elif s in EXTRA_HEADINGS.get(seed, ()) and i < EXTRA_HEADINGS_UNTIL.get(seed, len(lines)):
            is_head = True
        elif seed == "004" and ln.startswith(" ") and s and not ln.startswith("  ") and len(s) < 80:
            is_head = True
        elif s in ("Kostnadsutveckling", "Sammanfattning", "Sammanfattning av större avvikelser:", "Konsekvensbeskrivning",
                   "Ekonomiska konsekvenser", "Ekonomiska konsekvenser av beslutet", "Ärendet", "Beslutsunderlag"):
            is_head = True
        if is_head:
            caption = ""
            section = s.rstrip(":")
            if m and "." not in m.group(1):
                chapter = s
            summary = seed == "004" or "ammanfattning" in section or section.startswith("Ekonomiska konsekvenser") or ("ammanfattning" in chapter and m is not None and m.group(1).startswith(chapter.split()[0] + "."))
            if m and "." not in m.group(1):
                summary = seed == "004" or "ammanfattning" in s
        nt = None if is_head else numeric_tail(s)
        if nt and all(is_year(p) for p in nt[1]) and (not nt[0] or len(nt[0]) < 30):
            nt = None  # a row of year headings
        if nt and (nt[0].startswith("•") or any(is_year(p) for p in nt[1]) and len(nt[1]) <= 2 and re.search(r"rapport|plan|strategi|budget", nt[0], re.I)):
            nt = None  # a document title in a list of attachments
        if nt and re.search(r"\b(med|på|till|är|av|om|och|för|uppgår|var|blir)$", nt[0]) and len(nt[0]) > 25:
            nt = None  # a sentence that ends in a figure
        if nt and re.search(r"\bSida \d+ av$", nt[0]):
            nt = None  # page number
        if nt and nt[0] and len(nt[0]) > 70:
            nt = None  # prose ending in a number
        if nt and len(nt[1]) == 1 and (not nt[0] or len(nt[0]) > 45 or is_year(nt[1][0]) or nt[0][-1] in ".,:"):
            nt = ("?", nt[1]) if nt[0] and len(nt[0]) <= 45 and not is_year(nt[1][0]) and nt[0][-1] not in ".,:" else None
        if s.isupper() and s == caption:
            nt = None
        captions.append(caption)
        info.append((is_head, nt, section, summary))

    # pass 2: group numeric rows into tables
    i = 0
    n = len(lines)
    tables = []
    while i < n:
        is_head, nt, sec, _ = info[i]
        if not nt or (nt[0] == "?" and len(nt[1]) == 1 and not _neighbour_numeric(info, i)):
            i += 1
            continue
        start = i
        members = [i]
        j = i + 1
        gap = 0
        while j < n:
            h, t, _, _ = info[j]
            if h:
                break
            if t and not (t[0] == "?" and len(t[1]) == 1 and not _neighbour_numeric(info, j)):
                members.append(j)
                gap = 0
            else:
                s = lines[j].strip()
                if s:
                    if len(s) > 60 or _prose_end(s):
                        break
                    gap += 1
                    if gap > 6:
                        break
            j += 1
        tables.append(members)
        i = members[-1] + 1

    for members in tables:
        first = members[0]
        sec = info[first][2]
        # header block above the first row
        block = []
        k = first - 1
        while k >= 0 and first - k <= 40:
            s = lines[k].strip()
            if info[k][0]:
                # an upper-case table caption right above the rows: the headings are above it
                if not block_has_text(block) and s.isupper() and not HEADING.match(lines[k]):
                    k -= 1
                    continue
                break
            if s and (len(s) > 90 or (len(s) > 60 and not _header_like(s)) or _prose_end(s)):
                break
            if info[k][1]:
                break
            block.append(lines[k])
            k -= 1
        block.reverse()
        # labels: for the first row, continuation lines ending in "och"/"-" etc. belong to it
        labels = []
        prev = None
        label_lines_used = set()
        for r in members:
            lab = info[r][1][0]
            lab = "" if lab == "?" else lab
            cont = []
            k = r - 1
            while k >= 0 and (prev is None or k > prev) and len(cont) < 6:
                s = lines[k].strip()
                if not s:
                    k -= 1
                    continue
                if info[k][0] or info[k][1]:
                    break
                if s.isupper() and len(s) > 6:
                    k -= 1
                    continue
                if s.endswith(":"):
                    break
                if re.search(r"(\s[-–−]){2,}\s*$", s):
                    break  # a row whose cells are all empty ("Extraordinära poster - - -")
                if prev is None:
                    if s.endswith(":"):
                        break
                    if re.search(r"(\boch|-|,|\bav|\bför|\btill|\bi)$", s) or (not cont and ((lab and lab[0].islower()) or not lab)) or (cont and not lab):
                        cont.insert(0, s)
                        label_lines_used.add(k)
                        if not re.search(r"(\boch|-|,|\bav|\bför|\btill|\bi)$", s) and lab:
                            break
                        if not lab and len(cont) >= 1 and s[0].isupper():
                            k2 = k - 1
                            while k2 >= 0 and not lines[k2].strip():
                                k2 -= 1
                            if k2 >= 0 and lines[k2].strip() in ("Totalt", "Summa", "Total"):
                                cont.insert(0, lines[k2].strip())
                                label_lines_used.add(k2)
                            break
                        k -= 1
                        continue
                    break
                cont.insert(0, s)
                label_lines_used.add(k)
                k -= 1
            if prev is not None and cont and cont[0][:1].islower() and not cont[0].endswith(":") and labels:
                labels[-1] = clean(labels[-1] + " " + cont.pop(0))
            full = clean(" ".join(cont + [lab]))
            labels.append(full)
            prev = r
        hdr_block = [b for idx, b in zip(range(first - len(block), first), block) if idx not in label_lines_used]
        header_text = clean(" ".join(b.strip() for b in hdr_block))
        # column count
        # the column count most rows can have (a row with one reading counts twice); ties: fewer
        # (ties: more columns when some row reads one way only, else fewer)
        counts = collections.Counter()
        certain = False
        for r in members:
            pcs = info[r][1][1]
            options = {len(x) for x in segmentations(pcs)}
            certain = certain or len(options) == 1
            for o in options:
                counts[o] += 2 if len(options) == 1 else 1
        ncol = min(counts, key=lambda c: (-counts[c], -c if certain else c)) if counts else 0
        cols = headings_from([b for b in hdr_block if b.strip()], ncol)
        for r, lab in zip(members, labels):
            pcs = info[r][1][1]
            figs, ambiguous = choose(pcs, ncol)
            if "figs" in LINE_OVERRIDE.get((seed, r + 1), {}):
                figs, ambiguous = LINE_OVERRIDE[(seed, r + 1)]["figs"], False
            notes = []
            if ambiguous:
                notes.append("garbled: thousands grouping ambiguous")
            if not lab:
                notes.append("garbled: row without label")
            if len(figs) != ncol and "cols" not in LINE_OVERRIDE.get((seed, r + 1), {}):
                notes.append(f"garbled: {len(figs)} figures in a {ncol}-column table, columns not attributed")
            ov = LINE_OVERRIDE.get((seed, r + 1), {})
            for ci, f in enumerate(figs):
                if "cols" in ov and len(ov["cols"]) == len(figs):
                    col = ov["cols"][ci]
                elif len(figs) == ncol and cols:
                    col = cols[ci]
                else:
                    col = f"kolumn {ci + 1}"
                label = f"{ov.get('label', lab) or '(utan etikett)'} | {col}"
                note = list(notes)
                if "label" in ov:
                    note = [n for n in note if n != "garbled: row without label"]
                note.insert(0, f"table, line {r + 1}")
                if captions[r]:
                    note.insert(1, "caption " + captions[r])
                if not cols and header_text and "cols" not in ov:
                    note.append("columns: " + header_text[:100])
                unit = unit_for(seed, header_text, sec, f)
                ov = LINE_OVERRIDE.get((seed, r + 1), {})
                unit = ov.get("unit", unit)
                if "note" in ov:
                    note.append(ov["note"])
                rows.append((seed, sec, label, f, unit, "; ".join(note), r + 1))

    # summary prose
    table_lines = {r for m in tables for r in m}
    para = []

    def flush():
        if not para:
            return
        text = " ".join(t for _, t, _ in para)
        sec = para[0][2]
        idx = [0]
        offsets = []
        for ln_no, t, _ in para:
            offsets.append((idx[0], ln_no))
            idx[0] += len(t) + 1
        for m in PROSE_NUM.finditer(text):
            sign = (m.group(1) or "").replace(" ", "")
            num = m.group(2) + (m.group(3) or "")
            if is_year(num) and not m.group(4):
                continue
            unit = m.group(4).lower()
            unit = {"procent": "%", "procenten": "%", "mkr": "mnkr", "miljoner kronor": "mnkr", "stycken": "st"}.get(unit, unit)
            printed = sign + num + (" %" if m.group(4) == "%" else "")
            if m.group(4) == "%" and text[m.end(2) + len(m.group(3) or ""):m.end()] == "%":
                printed = sign + num + "%"
            ln_no = [o for o in offsets if o[0] <= m.start()][-1][1]
            before = text[max(0, m.start() - 60):m.start()]
            before = clean(before.split(". ")[-1])
            if len(before) >= 55 and " " in before:
                before = before.split(" ", 1)[1]
            after = text[m.end():m.end() + 30].split(".")[0]
            if len(after) >= 29 and " " in after.strip():
                after = after.rsplit(" ", 1)[0]
            after = clean(after)
            label = clean(f"{before} … {m.group(4)} {after}".strip())
            rows.append((seed, sec, label, printed, unit, f"summary text, line {ln_no + 1}", ln_no + 1))
        para.clear()

    for i, ln in enumerate(lines):
        is_head, nt, sec, summ = info[i]
        if is_head:
            flush()
            continue
        if not summ or i in table_lines:
            flush()
            continue
        s = ln.strip()
        if s:
            para.append((i, s, sec))
    flush()
    for er in EXTRA_ROWS.get(seed, ()):
        rows.append(er[:6] + (er[6],))
    rows.sort(key=lambda r: r[6])
    return rows


def block_has_text(block):
    return any(b.strip() for b in block)


def _header_like(s):
    """A long line of column headings: short words, periods, no sentence."""
    toks = s.split()
    small = sum(1 for t in toks if t[:1].isupper() or t[:1].isdigit() or t.startswith("("))
    return not _prose_end(s) and small >= len(toks) * 0.6


def _prose_end(s):
    """A line that ends a sentence (not an abbreviation such as "ack.")."""
    return s.endswith(".") and (len(s) > 40 or len(s.split()) >= 6 or s[:1].islower())


def _neighbour_numeric(info, i):
    for d in (-3, -2, -1, 1, 2, 3):
        j = i + d
        if 0 <= j < len(info) and info[j][1] and (len(info[j][1][1]) >= 2 or info[j][1][0] not in ("?",)):
            if len(info[j][1][1]) >= 1 and info[j][1][0] != "?" or len(info[j][1][1]) >= 2:
                return True
    return False


def main():
    w = csv.writer(sys.stdout, delimiter=";", lineterminator="\n")
    w.writerow(["seed", "section", "label", "printed", "unit", "note"])
    for path in sorted(glob.glob(os.path.join(SEEDS, "0*.txt"))):
        seed = os.path.basename(path)[:3]
        for r in extract(seed, path):
            w.writerow(r[:6])


if __name__ == "__main__":
    main()

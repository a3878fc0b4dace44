#!/usr/bin/env python3
"""Independent check of the Region Halland example data against the seed figures.

Reads only the data files (org.csv, mapping.csv, budget.csv, forecast.csv, figures.csv,
investments.csv, ledger-*.se) -- never the generator -- recomputes every seed figure listed
below, rounds each displayed figure on its own (half away from zero) and prints seed vs
computed. Exit status 1 on any mismatch that is not a listed known exception.
Standard library only; exact arithmetic (integer öre, Fraction for ratios).
"""
import csv as csvmod
import io
import os
import re
import sys
from decimal import Decimal
from fractions import Fraction

import verify002  # seed 002: Regionkontoret 2019 (build/verify002.py)

DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MN = 100_000_000  # öre per mnkr
PROBLEMS = []


def problem(msg):
    PROBLEMS.append(msg)


# ---------------------------------------------------------------- parsing helpers
def money(text):
    """'-1 234,56' / '-1234.56' -> öre (int); at most two decimals."""
    t = text.strip().replace("\u00a0", "").replace(" ", "").replace("−", "-").replace(",", ".")
    d = Decimal(t)
    v = d * 100
    if v != v.to_integral_value():
        raise ValueError(f"more than two decimals: {text}")
    return int(v)


def read_csv(name):
    with open(os.path.join(DIR, name), encoding="utf-8-sig") as f:
        text = f.read()
    lines = [l for l in text.splitlines() if l.strip() and not l.startswith("#")]
    delim = ";" if ";" in lines[0] else ","
    rows = list(csvmod.reader(io.StringIO("\n".join(lines)), delimiter=delim))
    head = [h.strip().lower() for h in rows[0]]
    return [dict(zip(head, r)) for r in rows[1:]]


# ---------------------------------------------------------------- org
ORG = {}
for r in read_csv("org.csv"):
    ORG[r["code"]] = dict(parent=r.get("parent", ""), name=r["name"], kind=r["kind"],
                          ansvar=r.get("ansvar", "").split(), y0=int(r["from_year"]) if r.get("from_year") else None,
                          y1=int(r["to_year"]) if r.get("to_year") else None)


def alive(code, year):
    n = ORG[code]
    return (n["y0"] is None or n["y0"] <= year) and (n["y1"] is None or year <= n["y1"])


def ansvar_map(year):
    out = {}
    for code, n in ORG.items():
        if alive(code, year):
            for a in n["ansvar"]:
                if a in out:
                    problem(f"ansvar {a} belongs to two nodes in {year}")
                out[a] = code
    return out


def ancestors(code):
    out = []
    while code:
        out.append(code)
        code = ORG[code]["parent"]
    return out


def committee(code):
    for c in ancestors(code):
        if ORG[c]["kind"] == "committee":
            return c
    return None


# ---------------------------------------------------------------- mapping
MAP = []
for r in read_csv("mapping.csv"):
    MAP.append((int(r["from"]), int(r["to"]), r["line"].strip().lower(), r.get("internal", "").strip().lower() in ("ja", "yes", "1")))


def mapline(acc):
    best = None
    for f, t, line, internal in MAP:
        if f <= acc <= t and (best is None or t - f < best[1] - best[0]):
            best = (f, t, line, internal)
    if best is None:
        return (None, False)
    return best[2], best[3]


# ---------------------------------------------------------------- SIE
def sie_tokens(line):
    out, i = [], 0
    while i < len(line):
        c = line[i]
        if c.isspace():
            i += 1
        elif c == '"':
            j, buf = i + 1, ""
            while j < len(line) and line[j] != '"':
                if line[j] == "\\" and j + 1 < len(line):
                    j += 1
                buf += line[j]
                j += 1
            out.append(buf)
            i = j + 1
        elif c == "{":
            j = line.index("}", i)
            out.append(("OBJ", line[i + 1:j]))
            i = j + 1
        else:
            j = i
            while j < len(line) and not line[j].isspace():
                j += 1
            out.append(line[i:j])
            i = j
    return out


def read_sie(name):
    raw = open(os.path.join(DIR, name), "rb").read()
    text = raw.decode("cp437")
    led = dict(ib={}, ub={}, trans=[], konto={}, objekt={}, rar={}, format=None, vers=0)
    cur = None
    for ln, line in enumerate(text.split("\n"), 1):
        line = line.strip()
        if not line:
            continue
        if line == "{":
            continue
        if line == "}":
            if cur is not None:
                if sum(a for _d, _acc, _o, a in cur) != 0:
                    problem(f"{name}:{ln}: voucher does not balance")
                led["trans"].extend(cur)
                led["vers"] += 1
            cur = None
            continue
        t = sie_tokens(line)
        lab = t[0]
        if lab == "#FORMAT":
            led["format"] = t[1]
        elif lab == "#RAR":
            led["rar"][int(t[1])] = (t[2], t[3])
        elif lab == "#KONTO":
            led["konto"][int(t[1])] = t[2]
        elif lab == "#OBJEKT":
            led["objekt"][t[2]] = t[3]
        elif lab in ("#IB", "#UB") and t[1] == "0":
            led[lab[1:].lower()][int(t[2])] = money(t[3])
        elif lab == "#VER":
            cur = []
            date = t[3]
        elif lab == "#TRANS":
            objs = t[2][1] if isinstance(t[2], tuple) else ""
            ot = sie_tokens(objs)
            o = dict(zip(ot[0::2], ot[1::2]))
            cur.append((date, int(t[1]), o.get("1"), money(t[3])))
    if led["format"] != "PC8":
        problem(f"{name}: #FORMAT is not PC8")
    if sum(led["ib"].values()) != 0:
        problem(f"{name}: #IB does not sum to zero")
    for acc in set(a for _d, a, _o, _v in led["trans"]) | set(led["ib"]):
        if acc not in led["konto"]:
            problem(f"{name}: account {acc} has no #KONTO")
    return led


L = {y: read_sie(f"ledger-{y}.se") for y in (2017, 2018, 2022, 2023, 2024)}

# ---------------------------------------------------------------- budget, forecast, figures, investments


def periodise(amount, weights):
    # Deliberately written again rather than imported from generate.py: the verifier checks the
    # generated files against docs/formats.md independently of the code that wrote them.
    w = weights or [1] * 12
    total = sum(w)
    mag, sign = abs(amount), (-1 if amount < 0 else 1)
    parts, rems = [], []
    for i, wi in enumerate(w):
        q, r = divmod(mag * wi, total)
        parts.append(q)
        rems.append((-r, i))
    left = mag - sum(parts)
    for _, i in sorted(rems):
        if left <= 0:
            break
        parts[i] += 1
        left -= 1
    return [sign * p for p in parts]


BUDGET = []  # (year, node, account or None, amount, monthly)
SINCE = []  # per BUDGET row: the period (y, m) a budget change counts from, None for the original budget
for r in read_csv("budget.csv"):
    ws = [r.get(f"p{i}", "") for i in range(1, 13)]
    weights = [money(x) if x.strip() else 0 for x in ws] if any(x.strip() for x in ws) else None
    a = money(r["amount"])
    BUDGET.append((int(r["year"]), r["node"], int(r["account"]) if r.get("account") else None, a, periodise(a, weights)))
    d = r.get("change_date", "")
    SINCE.append((int(d[:4]), int(d[5:7])) if d else None)

FORECAST = []  # (period (y, m), node, account or None, amount)
for r in read_csv("forecast.csv"):
    y, mth = map(int, r["period"].split("-"))
    FORECAST.append(((y, mth), r["node"], int(r["account"]) if r.get("account") else None, money(r["amount"])))

FIG = {}
for r in read_csv("figures.csv"):
    FIG[(r["date"], r["key"])] = money(r["amount"]) if r["amount"].strip() else None

INV = []
for r in read_csv("investments.csv"):
    INV.append(dict(period=r["period"], node=r["node"], category=r["category"], outcome=money(r["outcome"]),
                    budget=money(r["budget"]) if r.get("budget") else None, forecast=money(r["forecast"]) if r.get("forecast") else None,
                    project=r.get("project", ""), site=r.get("site", ""),
                    project_budget=money(r["project_budget"]) if r.get("project_budget") else None,
                    project_outcome=money(r["project_outcome"]) if r.get("project_outcome") else None,
                    project_forecast=money(r["project_forecast"]) if r.get("project_forecast") else None,
                    finished=r.get("finished", "")))
# A project row is a detail of its committee's category total where that total is given
# (docs/formats.md); only where it is not do the project rows make the total.
_totals = {(i["period"], i["node"], i["category"]) for i in INV if not i["project"]}
INV_PROJECTS = [i for i in INV if i["project"]]
INV = [i for i in INV if not i["project"] or (i["period"], i["node"], i["category"]) not in _totals]

# ---------------------------------------------------------------- structural checks
for y in (2023, 2024):
    amap = ansvar_map(y)
    for d, acc, o, v in L[y]["trans"]:
        if 3000 <= acc <= 8999 and o not in amap:
            problem(f"ledger-{y}: ansvar {o} on account {acc} belongs to no node")
        if acc < 3000 and o:
            problem(f"ledger-{y}: balance row {acc} carries an object")
    internal = sum(v for d, acc, o, v in L[y]["trans"] if mapline(acc)[1])
    if internal != 0:
        problem(f"ledger-{y}: internal accounts do not net to zero ({internal} öre)")
codes17 = set(ansvar_map(2017))
codes23 = set(ansvar_map(2023)) | set(ansvar_map(2024))
if codes17 & codes23:
    problem("2017 ansvar codes overlap 2023/2024 codes")
for yb, node, acc, a, mo in BUDGET:
    if yb == 2024 and acc is None:
        problem(f"budget 2024 row for {node} has no account")
for p, node, acc, a in FORECAST:
    if p[0] == 2024 and acc is None:
        problem(f"forecast {p} row for {node} has no account")
# 2024 #IB = 2023 #UB with the 2023 result moved into equity
res23 = -sum(v for d, acc, o, v in L[2023]["trans"] if acc >= 3000)
ub = dict(L[2023]["ub"])
ub23_from_trans = dict(L[2023]["ib"])
for d, acc, o, v in L[2023]["trans"]:
    if acc < 3000:
        ub23_from_trans[acc] = ub23_from_trans.get(acc, 0) + v
if {k: v for k, v in ub23_from_trans.items() if v} != {k: v for k, v in ub.items() if v}:
    problem("ledger-2023: #UB differs from #IB + vouchers")
moved = {k: v for k, v in ub.items()}
equity_accs = [a for a in moved if mapline(a)[0] == "equity"]
moved[min(equity_accs)] -= res23
if {k: v for k, v in moved.items() if v} != {k: v for k, v in L[2024]["ib"].items() if v}:
    problem("ledger-2024: #IB is not 2023 #UB with the 2023 result moved into equity")
if 2023 not in [int(L[2023]["rar"][0][0][:4])]:
    problem("ledger-2023 #RAR 0")

# ---------------------------------------------------------------- computations
LINES = ["revenue", "costs", "depreciation", "tax", "grants", "financial_income", "unrealised", "financial_costs", "extraordinary"]


def stmt_from(items):
    """items: (account, report-sign öre) -> statement dict with subtotals (öre)."""
    s = {k: 0 for k in LINES}
    for acc, v in items:
        line, internal = mapline(acc)
        if internal or line not in s:
            continue
        s[line] += v
    s["net_costs"] = s["revenue"] + s["costs"] + s["depreciation"]
    s["T"] = s["tax"] + s["grants"]
    s["operating_result"] = s["net_costs"] + s["T"]
    s["result"] = s["operating_result"] + s["financial_income"] + s["unrealised"] + s["financial_costs"] + s["extraordinary"]
    s["R"] = s["result"] - s["unrealised"]
    s["fin_net"] = s["financial_income"] + s["financial_costs"]
    return s


def outcome_items(year, month, nodes=None):
    amap = ansvar_map(year)
    for d, acc, o, v in L[year]["trans"]:
        if acc >= 3000 and int(d[4:6]) <= month:
            if nodes is None or amap.get(o) in nodes:
                yield acc, -v


def in_force(i, at):
    """Whether BUDGET row i counts at period `at` (None: every row, the budget after all changes)."""
    return at is None or SINCE[i] is None or SINCE[i] <= at


def budget_items(year, months=12, nodes=None, at=None):
    for i, (yb, node, acc, a, mo) in enumerate(BUDGET):
        if yb == year and (nodes is None or node in nodes) and in_force(i, at):
            yield acc, sum(mo[:months])


def forecast_rows(period, nodes):
    """A line's forecast at period: its rows at the latest period <= period; else the budget."""
    out = []
    for node in nodes:
        ps = [p for p, n, a, v in FORECAST if n == node and p <= period and p[0] == period[0]]
        if ps:
            latest = max(ps)
            out += [(a, v) for p, n, a, v in FORECAST if n == node and p == latest]
        else:
            out += [(a, amt) for i, (yb, n, a, amt, mo) in enumerate(BUDGET)
                    if n == node and yb == period[0] and in_force(i, period)]
    return out


def lines_under(code, year):
    return [c for c, n in ORG.items() if alive(c, year) and n["kind"] == "line" and code in ancestors(c)]


def node_result(items):
    return sum(v for acc, v in items)


def balances(year, month):
    bal = dict(L[year]["ib"])
    for d, acc, o, v in L[year]["trans"]:
        if acc < 3000 and int(d[4:6]) <= month:
            bal[acc] = bal.get(acc, 0) + v
    g = {}
    for acc, v in bal.items():
        line = mapline(acc)[0]
        g[line] = g.get(line, 0) + v
    res = -sum(v for d, acc, o, v in L[year]["trans"] if acc >= 3000 and int(d[4:6]) <= month)
    b = dict(fixed=g.get("fixed_assets", 0), infra=g.get("infrastructure_grants", 0), current=g.get("current_assets", 0))
    b["assets"] = b["fixed"] + b["infra"] + b["current"]
    b["result"] = res
    b["other_equity"] = -g.get("equity", 0)
    b["equity"] = b["result"] + b["other_equity"]
    b["pensions"] = -g.get("pension_provisions", 0) - g.get("other_provisions", 0)
    b["long"] = -g.get("long_term_liabilities", 0)
    b["short"] = -g.get("short_term_liabilities", 0)
    b["liabilities"] = b["pensions"] + b["long"] + b["short"]
    b["total"] = b["equity"] + b["liabilities"]
    return b


RH = "RH"
A23 = stmt_from(outcome_items(2023, 4))
Y23 = stmt_from(outcome_items(2023, 12))
A24 = stmt_from(outcome_items(2024, 4))
A22 = stmt_from(outcome_items(2022, 4))
Y22 = stmt_from(outcome_items(2022, 12))
B24 = stmt_from(budget_items(2024))
F24 = stmt_from(forecast_rows((2024, 4), lines_under(RH, 2024)))
BS = {"2023-04": balances(2023, 4), "2024-04": balances(2024, 4), "2023-12": balances(2023, 12)}

# ---------------------------------------------------------------- comparison table
NEAR_HALF = []
RESULTS = []  # (section, label, seed text, computed text, ok, note)


def rnd(x, dec):
    """Fraction/int (in the display unit) -> Decimal rounded half away from zero."""
    x = Fraction(x)
    q = Fraction(10) ** dec
    v = abs(x) * q
    n = int(v)
    if v - n >= Fraction(1, 2):
        n += 1
    n = n if x >= 0 else -n
    return Decimal(n) / (Decimal(10) ** dec)


def fmt(d, dec):
    s = f"{abs(d):,.{dec}f}".replace(",", " ").replace(".", ",")
    return ("-" if d < 0 else "") + s


def check(section, label, seed, value, dec=0, unit="mnkr", known=None):
    """seed: the printed figure (string, Swedish format); value: öre (unit mnkr) or a Fraction
    (unit '%' or a plain number)."""
    if value is None:
        comp = None
    elif unit == "mnkr":
        comp = rnd(Fraction(value, MN), dec)
    else:
        comp = rnd(value, dec)
    if value is not None:  # note figures whose unrounded value lies within 1/100 of a unit of a rounding half
        x = abs(Fraction(value, MN) if unit == "mnkr" else Fraction(value)) * Fraction(10) ** dec
        if abs((x - int(x)) - Fraction(1, 2)) < Fraction(1, 100):
            NEAR_HALF.append(f"{section}: {label} = {float(x) / 10 ** dec:.4f}")
    s = Decimal(seed.replace(" ", "").replace("−", "-").replace(",", "."))
    ok = comp is not None and comp == s
    RESULTS.append((section, label, seed, "—" if comp is None else fmt(comp, dec), ok, known))


def pct(a, b):
    return Fraction(a, b) * 100


S = {"2023-04": A23, "2024-04": A24, "Prognos 2024": F24, "Budget 2024": B24, "Utfall 2023": Y23}
DEV = {k: F24[k] - B24[k] for k in F24}
S["Avvik 2024"] = DEV
RR = [
    ("Verksamhetens intäkter", "revenue", ["884", "970", "2 752", "2 766", "-15", "2 815"]),
    ("Verksamhetens kostnader", "costs", ["-5 190", "-5 603", "-16 044", "-15 867", "-178", "-15 062"]),
    ("Avskrivningar", "depreciation", ["-156", "-183", "-495", "-475", "-20", "-462"]),
    ("Verksamhetens nettokostnader", "net_costs", ["-4 462", "-4 816", "-13 787", "-13 575", "-212", "-12 710"]),
    ("Skatteintäkter", "tax", ["3 362", "3 472", "10 445", "10 496", "-51", "10 235"]),
    ("Generella statsbidrag och utjämning", "grants", ["906", "1 008", "3 287", "2 804", "483", "2 739"]),
    ("Verksamhetens resultat", "operating_result", ["-194", "-336", "-55", "-275", "219", "265"]),
    ("Finansiella intäkter", "financial_income", ["70", "95", "160", "87", "73", "208"]),
    ("Förändring marknadsvärdering (orealiserad)", "unrealised", ["97", "68", "68", "0", "68", "247"]),
    ("Finansiella kostnader", "financial_costs", ["-407", "-484", "-549", "-499", "-50", "-460"]),
    ("Resultat efter finansiella poster", "result", ["-434", "-656", "-377", "-686", "310", "260"]),
    ("Årets resultat", "result", ["-434", "-656", "-377", "-686", "310", "260"]),
    ("Resultat exkl. orealiserade poster", "R", ["-532", "-724", "-445", "-686", "242", "13"]),
]
cols = ["2023-04", "2024-04", "Prognos 2024", "Budget 2024", "Avvik 2024", "Utfall 2023"]
for label, key, seeds in RR:
    for c, sd in zip(cols, seeds):
        check("3.1 Resultaträkning", f"{label} {c}", sd, S[c][key])

BR = [
    ("Anläggningstillgångar", "fixed", ["4 822", "5 184", "5 089"]),
    ("Bidrag till statlig infrastruktur", "infra", ["167", "156", "160"]),
    ("Omsättningstillgångar", "current", ["8 447", "9 559", "9 355"]),
    ("SUMMA TILLGÅNGAR", "assets", ["13 436", "14 899", "14 605"]),
    ("Årets resultat", "result", ["-434", "-656", "260"]),
    ("Övrigt eget kapital", "other_equity", ["6 083", "6 341", "6 082"]),
    ("Summa eget kapital", "equity", ["5 649", "5 685", "6 341"]),
    ("Avsättningar för pensioner", "pensions", ["4 928", "5 846", "4 970"]),
    ("Långfristiga skulder", "long", ["640", "714", "653"]),
    ("Kortfristiga skulder", "short", ["2 219", "2 654", "2 640"]),
    ("Summa avsättningar, skulder", "liabilities", ["7 787", "9 214", "8 263"]),
    ("SUMMA EK, avsättningar och skulder", "total", ["13 436", "14 899", "14 605"]),
]
for label, key, seeds in BR:
    for c, sd in zip(["2023-04", "2024-04", "2023-12"], seeds):
        check("3.2 Balansräkning", f"{label} {c}", sd, BS[c][key])
for c, sd in zip(["2023-04", "2024-04", "2023-12"], ["3 084", "3 161", "2 961"]):
    check("3.2 Balansräkning", f"Pensionsförpliktelser {c}", sd, FIG.get((c, "pension_obligations")))
for c in BS:
    if BS[c]["assets"] != BS[c]["total"]:
        problem(f"balance sheet {c} does not balance")

# ---------------------------------------------------------------- key ratios (2.3, 2.5)
K = "2.5 Nyckeltal"


def ncs(s):
    T = s["T"]
    ops = pct(-(s["revenue"] + s["costs"]), T)
    dep = pct(-s["depreciation"], T)
    fin = pct(-s["fin_net"], T)
    return ops, dep, fin, ops + dep + fin


for name, s, seeds, known in [("prognos 2024", F24, ["96,8", "3,6", "2,8", "103,2"], None),
                              ("4 mån 2024", A24, ["103,4", "4,1", "8,7", "116,2"], None),
                              ("4 mån 2023", A23, ["100,9", "3,7", "7,9", "112,5"], None),
                              ("2023", Y23, ["94,4", "3,6", "1,9", "99,9"], None)]:
    for part, v, sd in zip(["verksamhetens andel", "avskrivningar", "finansnetto", "nettokostnadsandel"], ncs(s), seeds):
        check(K, f"Nettokostnadsandel {name}: {part}", sd, v, 1, "%", known)
check(K, "Nettokostnadsandel budget 2024 (mål högst)", "105,2", ncs(B24)[3], 1, "%")
check(K, "Nettokostnadsandel försämring 4 mån (procentenheter)", "3,7", ncs(A24)[3] - ncs(A23)[3], 1, "%",
      "rounded parts 116,2 − 112,5; unrounded 3,7 too")
check(K, "Nettokostnadsandel prognos bättre än budget (procentenheter)", "2,0", ncs(B24)[3] - ncs(F24)[3], 1, "%",
      "the text subtracts rounded figures (105,2 − 103,2); with R and T rounding to the printed statements the unrounded difference is at most 1,93")
check(K, "Nettokostnadsandel prognos försämring mot 2023 (procentenheter)", "3,3", ncs(F24)[3] - ncs(Y23)[3], 1, "%")
check(K, "Resultat/skatt och statsbidrag prognos", "-3,2", pct(F24["R"], F24["T"]), 1, "%")
check(K, "Resultat/skatt och statsbidrag budget", "-5,2", pct(B24["R"], B24["T"]), 1, "%")


def year_RT(y):
    if y in (2022, 2023):
        return Fraction({2022: Y22, 2023: Y23}[y]["R"], {2022: Y22, 2023: Y23}[y]["T"])
    r, u, t, g = (FIG[(str(y), k)] for k in ("result", "unrealised", "tax", "grants"))
    return Fraction(r - u, t + g)


check(K, "Resultat/skatt och statsbidrag, medel 2021–2023", "6,8", sum(year_RT(y) for y in (2021, 2022, 2023)) / 3 * 100, 1, "%")
inv_b = sum(i["budget"] or 0 for i in INV if i["period"] == "2024-04")
inv_f = sum(i["forecast"] or 0 for i in INV if i["period"] == "2024-04")
check(K, "Självfinansieringsgrad prognos", "5", pct(F24["R"] - F24["depreciation"], inv_f), 0, "%")
check(K, "Självfinansieringsgrad budget", "-20", pct(B24["R"] - B24["depreciation"], inv_b), 0, "%")
acc_unreal = FIG[("2024-04", "placements_market_value")] - FIG[("2024-04", "placements_acquisition_value")]
check(K, "Ackumulerad orealiserad vinst 2024-04 (8 421 − 8 115)", "306", acc_unreal)
check(K, "Placeringar marknadsvärde 2024-04", "8 421", FIG[("2024-04", "placements_market_value")])
check(K, "Placeringar anskaffningsvärde 2024-04 (likvida medel)", "8 115", FIG[("2024-04", "placements_acquisition_value")])
check(K, "Likvida medel ökning sedan årsskiftet", "475", FIG[("2024-04", "placements_acquisition_value")] - FIG[("2023-12", "placements_acquisition_value")])


def solid(c, incl):
    b = BS[c]
    au = FIG[(c, "placements_market_value")] - FIG[(c, "placements_acquisition_value")]
    eq = b["equity"] - au - (FIG[(c, "pension_obligations")] if incl else 0)
    return pct(eq, b["assets"] - au)


check(K, "Soliditet 2024-04 (blandmodellen)", "36,9", solid("2024-04", False), 1, "%")
check(K, "Soliditet inkl. pensionsförpliktelser 2024-04", "15,2", solid("2024-04", True), 1, "%")
check(K, "Soliditet inkl. pensionsförpliktelser 2023-04", "18,6", solid("2023-04", True), 1, "%")
check(K, "Soliditet inkl. pensionsförpliktelser 2023-12", "21,9", solid("2023-12", True), 1, "%")
check(K, "Soliditet blandmodellen 2023-04 (36,9 + 4,8)", "41,7", solid("2023-04", False), 1, "%")
check(K, "Justerat eget kapital 2024-04 (5 685 − 306)", "5 379", BS["2024-04"]["equity"] - acc_unreal)
check(K, "Justerade tillgångar 2024-04 (14 899 − 306)", "14 593", BS["2024-04"]["assets"] - acc_unreal)
check(K, "Skatt och statsbidrag 4 mån 2024", "4 480", A24["T"])
check(K, "Skatt och statsbidrag 4 mån 2023", "4 268", A23["T"])
check(K, "Skatt och statsbidrag prognos 2024", "13 732", F24["T"])
check(K, "Skatt och statsbidrag 2023", "12 974", Y23["T"])
check(K, "Utveckling skatt och statsbidrag 4 mån 2024", "5,0", pct(A24["T"], A23["T"]) - 100, 1, "%")
check(K, "Utveckling nettokostnader 4 mån 2024", "7,9", pct(A24["net_costs"], A23["net_costs"]) - 100, 1, "%")
check(K, "Utveckling skatt och statsbidrag prognos 2024", "5,8", pct(F24["T"], Y23["T"]) - 100, 1, "%")
check(K, "Utveckling nettokostnader prognos 2024", "8,5", pct(F24["net_costs"], Y23["net_costs"]) - 100, 1, "%")
check(K, "Budgeterad nettokostnadsutveckling 2024", "6,8", pct(B24["net_costs"], Y23["net_costs"]) - 100, 1, "%")
check(K, "Skatteintäkter utveckling 4 mån 2024", "3,3", pct(A24["tax"], A23["tax"]) - 100, 1, "%")
check(K, "Skatteintäkter utveckling prognos 2024", "2,1", pct(F24["tax"], Y23["tax"]) - 100, 1, "%")
check(K, "Skatteintäkter utveckling 2023", "5,8", pct(Y23["tax"], Y22["tax"]) - 100, 1, "%")
check(K, "Generella statsbidrag utveckling 4 mån 2024", "11,2", pct(A24["grants"], A23["grants"]) - 100, 1, "%")
check(K, "Generella statsbidrag utveckling prognos 2024", "20,0", pct(F24["grants"], Y23["grants"]) - 100, 1, "%")
T22 = Y22["T"]
T21 = FIG[("2021", "tax")] + FIG[("2021", "grants")]
check(K, "Utveckling skatt och statsbidrag 2023", "5,3", pct(Y23["T"], T22) - 100, 1, "%")
check(K, "Utveckling skatt och statsbidrag 2022", "6,5", pct(T22, T21) - 100, 1, "%")
check(K, "Finansnetto prognos exkl. orealiserade", "-389", F24["fin_net"])
check(K, "Finansnetto prognos bättre än budget", "22", F24["fin_net"] - B24["fin_net"])
check(K, "Resultat exkl. jämförelsestörande 4 mån 2024 (−656 − 68)", "-724", A24["result"] - A24["unrealised"])
check(K, "Resultat exkl. jämförelsestörande prognos (−377 − 68)", "-445", F24["result"] - F24["unrealised"])
check(K, "Resultatförsämring mot 4 mån 2023", "222", A23["result"] - A24["result"])
check(K, "Resultatutveckling 2022: resultat", "876", Y22["result"])
check(K, "Resultatutveckling 2022: orealiserade", "-365", Y22["unrealised"])
check(K, "Resultatutveckling 2022: resultat exkl.", "1 241", Y22["R"])
check(K, "Prognos bättre än budget (2.5.1)", "310", F24["result"] - B24["result"])

# ---------------------------------------------------------------- 2.6 balanskravsutredning
BK = "2.6 Balanskrav"
for y, seeds in [(2020, ["766", "-22", "52", "797"]), (2021, ["1 304", None, "-109", "1 195"]),
                 (2022, ["876", "-3", "365", "1 238"]), (2023, ["260", "-24", "-247", "-11"]), ("2024P", ["-377", None, "-68", "-445"])]:
    if y in (2022, 2023):
        res, unr = {2022: Y22, 2023: Y23}[y]["result"], {2022: Y22, 2023: Y23}[y]["unrealised"]
    elif y == "2024P":
        res, unr = F24["result"], F24["unrealised"]
    else:
        res, unr = FIG[(str(y), "result")], FIG[(str(y), "unrealised")]
    key = "2024" if y == "2024P" else str(y)
    rg = FIG.get((key, "realisation_gains")) or 0
    bkr = res + rg - unr
    check(BK, f"Årets resultat {y}", seeds[0], res)
    if seeds[1]:
        check(BK, f"Realisationsvinster {y}", seeds[1], rg)
    check(BK, f"Orealiserade vinster/förluster {y}", seeds[2], -unr)
    check(BK, f"Balanskravsresultat {y}", seeds[3], bkr)
    exc = 0
    if (key, "exceptional_reasons") in FIG and bkr < 0:
        exc = -bkr if FIG[(key, "exceptional_reasons")] is None else FIG[(key, "exceptional_reasons")]
    if y in (2023, "2024P"):
        check(BK, f"Synnerliga skäl {y}", {2023: "11", "2024P": "445"}[y], exc)
    check(BK, f"UB att återställa {y}", "0", min(0, bkr + exc))

# ---------------------------------------------------------------- driftredovisning per committee (2.5.1, 3.3)
D = "3.3 Driftredovisning"
COMM = [c for c, n in ORG.items() if n["kind"] == "committee" and alive(c, 2024)]
fdev_seed = {"HS": "-175", "ADH": "-27", "HSF": "-22", "PSY": "-20", "FF": "-20", "KT": "-19", "RK": "-9", "NSV": "5", "RGKF": "597"}
pdev_seed = {"HS": "-62", "ADH": "-12", "PSY": "-4", "NSV": "8", "KOS": "3", "RSV": "7", "RK": "14", "KT": "9", "HSF": "26", "FF": "-7", "RGKF": "239"}
tot_f = tot_p = 0
for c in COMM:
    nodes = lines_under(c, 2024)
    fc = node_result(forecast_rows((2024, 4), nodes))
    bu = node_result(budget_items(2024, 12, nodes))
    out = node_result(outcome_items(2024, 4, set(nodes)))
    pb = node_result(budget_items(2024, 4, nodes))
    tot_f += fc - bu
    tot_p += out - pb
    check(D, f"Prognosavvikelse 2024 {c}", fdev_seed.get(c, "0"), fc - bu)
    check(D, f"Periodens avvikelse jan–apr {c}", pdev_seed.get(c, "0"), out - pb)
    if c != "RGKF" and abs(bu) > 5 * MN:
        problem(f"{c}: annual budget result {bu} not near 0")
check(D, "Prognosavvikelse 2024 Region Halland", "310", tot_f)
check(D, "Periodens avvikelse jan–apr Region Halland", "225", tot_p, known="sum of the committees' printed deviations is 221 (SPEC §4.2.1: follow the detail rows)")
check(D, "Periodiserad budget jan–apr Region Halland (−656 − 221)", "-877", node_result(budget_items(2024, 4)))
check(D, "Driftnämnder och förvaltningar jan–apr (exkl. RGKF)", "-42", tot_p - sum(
    node_result(outcome_items(2024, 4, set(lines_under("RGKF", 2024)))) - node_result(budget_items(2024, 4, lines_under("RGKF", 2024))) for _ in [0]),
    known="the committees' printed period deviations sum to −18, not −42")
hs_lines = {ORG[l]["name"]: l for l in lines_under("HS", 2024)}
for name, sd in [("Somatisk vård", "-102"), ("Regionvård", "-75"), ("Vårdval Hud", "2"), ("Specialisttandvård", "0")]:
    n = hs_lines[name]
    check(D, f"HS prognosavvikelse {name}", sd, node_result(forecast_rows((2024, 4), [n])) - node_result(budget_items(2024, 12, [n])))
for name, sd in [("Somatisk vård", "-20"), ("Regionvård", "-42")]:
    n = hs_lines[name]
    check(D, f"HS periodens avvikelse {name}", sd, node_result(outcome_items(2024, 4, {n})) - node_result(budget_items(2024, 4, [n])))
# forecast change between 2024-03 and 2024-04 (example's own data): reported, not a seed figure
CHANGE = {}
for c in COMM:
    nodes = lines_under(c, 2024)
    f3 = node_result(forecast_rows((2024, 3), nodes))
    f4 = node_result(forecast_rows((2024, 4), nodes))
    if f3 != f4:
        CHANGE[c] = (f3 - f4)
if not CHANGE:
    problem("no forecast change between 2024-03 and 2024-04")

# ---------------------------------------------------------------- 3.4 investments
IV = "3.4 Investeringar"


def inv(period, field, node=None, cat=None):
    return sum((i[field] or 0) for i in INV if i["period"] == period and (node is None or i["node"] == node) and (cat is None or i["category"] == cat))


EQ = [("HS", ["17", "43", "160", "140", "20", "102"]), ("ADH", ["7", "19", "116", "106", "10", "40"]),
      ("NSV", ["2", "2", "24", "19", "5", "14"]), ("PSY", [None, "1", "5", "5", "0", "4"]),
      ("RSV", ["5", "1", "19", "19", "0", "12"]), ("KOS", ["1", "1", "4", "3", "1", "6"]),
      ("KT", ["8", "1", "45", "39", "6", "49"]), ("RK", ["14", "34", "117", "120", "-3", "47"]),
      ("FF", ["0", "2", None, None, None, "3"]), ("RGKF", [None, None, "10", "10", "0", "0"])]


def inv_cols(node, cat):
    return [inv("2023-04", "outcome", node, cat), inv("2024-04", "outcome", node, cat), inv("2024-04", "budget", node, cat),
            inv("2024-04", "forecast", node, cat), inv("2024-04", "budget", node, cat) - inv("2024-04", "forecast", node, cat),
            inv("2023-12", "outcome", node, cat)]


ICOLS = ["utfall 2023-04", "utfall 2024-04", "budget 2024", "prognos 2024", "prog.budg. avvikelse", "utfall 2023"]
for node, seeds in EQ:
    for c, sd, v in zip(ICOLS, seeds, inv_cols(node, "equipment")):
        if sd is not None:
            check(IV, f"Utrustning {node} {c}", sd, v)
for c, sd, v in zip(ICOLS, ["53", "104", "500", "461", "38", "277"], inv_cols(None, "equipment")):
    check(IV, f"SUMMA UTRUSTNING {c}", sd, v)
for c, sd, v in zip(ICOLS, ["0", "0", "22", "8", "14", "1"], inv_cols(None, "intangible")):
    check(IV, f"IMMATERIELLA TILLGÅNGAR {c}", sd, v)
for node, seeds in [("RK", ["15", "1", "14", "1"]), ("KT", ["7", "7", "0", None])]:
    for c, sd, v in zip(ICOLS[2:], seeds, inv_cols(node, "intangible")[2:]):
        if sd is not None:
            check(IV, f"Immateriella {node} {c}", sd, v)
check(IV, "Infrastruktur bredband utfall 2023", "16", inv("2023-12", "outcome", None, "infrastructure"))
for c, sd, v in zip(ICOLS, ["88", "100", "554", "450", "104", "415"], inv_cols(None, "property")):
    check(IV, f"Fastigheter {c}", sd, v)
prop = [a + b for a, b in zip(inv_cols(None, "property"), inv_cols(None, "infrastructure"))]
for c, sd, v in zip(ICOLS, ["88", "100", "554", "450", "104", "430"], prop):
    check(IV, f"SUMMA FASTIGHETSINVESTERINGAR {c}", sd, v)
for c, sd, v in zip(ICOLS, ["141", "204", "1 075", "919", "157", "708"], inv_cols(None, None)):
    check(IV, f"SUMMA INVESTERINGAR {c}", sd, v)
check(IV, "Ökning jan–apr mot 2023", "63", inv("2024-04", "outcome") - inv("2023-04", "outcome"))

# "Fastigheter – större enskilda investeringar": (object, total budget, accumulated, forecast
# total, outcome Jan–Apr, budget 2024, forecast 2024, finished)
PROJ = [("Ventilationssystem och VSKB-system", "135 139 164 19 45 45 2024"), ("Ombyggnad för nytt PCI-lab", "57 53 57 4 20 8 2024"),
        ("Habiliteringen", "52 48 49 4 8 8 2024"), ("Renovering elevbostäder", "40 21 31 5 20 15 2024"),
        ("Dietistmottagning", "36 14 36 13 34 34 2024"), ("P-hus och bussvändslinga", "15 1 14 1 14 14 2024"),
        ("Anpassning Akuten", "9 1 9 0 2 2 2025")]
PCOLS = ["total budget", "ack. utfall", "prognos objekt", "utfall jan–apr", "budget 2024", "prognos 2024"]
for name, printed in PROJ:
    row = [i for i in INV_PROJECTS if i["period"] == "2024-04" and i["project"] == name]
    if len(row) != 1:
        problem(f"investments.csv: project {name} at 2024-04 {len(row)} times")
        continue
    r = row[0]
    vals = [r["project_budget"], r["project_outcome"], r["project_forecast"], r["outcome"], r["budget"], r["forecast"]]
    for c, sd, v in zip(PCOLS, printed.split()[:6], vals):
        check(IV, f"Projekt {name} {c}", sd, v)
    check(IV, f"Projekt {name} färdigt", printed.split()[6], Fraction(int(r["finished"])), unit="år")
ff = [i for i in INV_PROJECTS if i["period"] == "2024-04" and i["category"] == "property"]
others = [i for i in ff if i["project_budget"] is None]
for c, sd, f in zip(["utfall", "budget", "prognos"], ["57", "412", "324"], ["outcome", "budget", "forecast"]):
    check(IV, f"Summering övriga fastighetsobjekt {c}", sd, sum(i[f] for i in others))
for c, sd, f in zip(["utfall", "budget", "prognos"], ["103", "554", "450"], ["outcome", "budget", "forecast"]):
    check(IV, f"Summa fastighetsinvesteringar (projekt) {c}", sd, sum(i[f] for i in ff))

# ---------------------------------------------------------------- seed 000 (2017, Regionstyrelsen)
R17 = "Seed 000 (2017)"
T17 = {
    "RS17-RKB": [("Regionbidrag", "61,8 61,8 0,0 237,1 237,1 0,0"), ("E-plan drift", "-1,6 -9,8 8,2 -39,0 -49,0 -10,0"),
                 ("Ökad budget för IT-kostnader och externa resurser (Framtidsarbetet RK)", "-1,1 -5,0 3,9 -20,0 -7,0 13,0"),
                 ("Hälso- och sjukvård drift", "-20,5 -22,7 2,2 -86,0 -86,0 0,0"), ("Regional utveckling drift", "-8,5 -11,3 2,8 -42,8 -42,3 0,5"),
                 ("Styrning och stöd", "-8,9 -13,0 4,1 -49,3 -37,0 12,3"), (None, "21,2 0,0 21,2 0,0 15,8 15,8")],
    "RS17-TU": [("Regionbidrag", "8,1 8,1 0,0 32,5 32,5 0,0"), ("ALMI", "-1,7 -1,8 0,1 -7,2 -7,2 0,0"),
                ("Tillväxt projektfinansiering", "-4,2 -4,1 -0,1 -16,3 -16,3 0,0"), ("Tillväxt regional medfinansiering", "-2,2 -2,2 0,0 -9,0 -9,0 0,0"),
                (None, "0,0 0,0 0,0 0,0 0,0 0,0")],
    "RS17-EPU": [("Regionbidrag", "5,8 5,8 0,0 23,2 23,2 0,0"), ("E-plan utveckling", "-4,2 -5,8 1,6 -23,2 -28,2 -5,0"), (None, "1,6 0,0 1,6 0,0 -5,0 -5,0")],
    "RS17-DUP": [("Projekt inom HoS", "0,1 0,0 0,1 0,0 0,0 0,0"), ("Projekt inom Tillväxt", "0,6 0,0 0,6 0,0 0,0 0,0"), (None, "0,7 0,0 0,7 0,0 0,0 0,0")],
    "RS17-FTV": [("Regionbidrag", "11,3 11,3 0 46,2 46,2 0,0"), ("Förtroendevalda", "-7,8 -8,1 0,3 -33,2 -34,0 -0,8"),
                 ("Oförutsedda kostnader", "0,0 -3,2 3,2 -13,0 -3,0 10,0"), (None, "3,5 0,0 3,5 0,0 9,2 9,2")],
    "RS17-HSF": [("Regionbidrag Hälso- och sjukvårdsfinansiering", "1909,8 1909,3 0,5 7636,9 7636,9 0,0"),
                 ("Avtals- och taxevård", "-37,0 -36,6 -0,4 -146,5 -168,5 -22,0"), ("Den nära vården - Vårdval Halland", "-295,9 -301,0 5,1 -1204,1 -1205,9 -1,8"),
                 ("Somatikuppdrag", "-1053,7 -1053,7 0,0 -4159,9 -4126,9 33,0"), ("Valfrihetsvård", "-74,1 -68,0 -6,1 -271,9 -306,9 -35,0"),
                 ("Vårdval specialistvård", "-14,6 -17,6 3,0 -70,5 -59 11,5"), ("Riktade statsbidrag", "14,0 7,4 6,6 29,7 29,7 0,0"),
                 ("Psykiatriuppdrag", "-130,6 -130,6 0,0 -522,2 -522,2 0,0"), ("Läkemedel", "-214,1 -189,9 -24,2 -759,4 -859,4 -100,0"),
                 ("Tandvård", "-53,3 -53,3 0,0 -213,3 -218,9 -5,6"), ("Övrig hälso- och sjukvårdsverksamhet", "-37,8 -40,8 3,0 -163,3 -143,8 19,5"),
                 ("Gemensam verksamhetsutveckling", "-5,9 -38,9 33,0 -155,4 -71,4 84,0"), (None, "6,8 -13,7 20,5 0 -16,4 -16,4")],
    "RS17-HT": [("Regionbidrag", "109,6 109,6 0,0 438,4 438,4 0,0"), ("Bidrag till Hallandstrafiken", "-109,6 -109,6 0 -438,4 -438,4 0,0"), (None, "0 0,0 0 0,0 0,0 0,0")],
    "RS17-ORK": [("Regionbidrag", "224,0 224,0 0 882,6 882,6 0,0"), ("Gemensamma personalkostnader", "-82,0 -83,0 1,0 -318,7 -262,8 55,9"),
                 ("Övriga regiongemensamma kostnader", "-2258,7 -2240,8 -17,9 -8935,3 -9065,2 -129,9"), (None, "-2226,3 -2209,4 -16,9 -8809,8 -8883,8 -74,0")],
    "RS17-FIN": [("Finansiella intäkter och kostnader", "2,6 -9,1 11,7 -36,3 -33,8 2,5"), ("Generella statsbidrag", "193,6 177,2 16,4 709,0 834,2 125,2"),
                 ("Kostnads- och intäktsutjämning", "187,6 160,4 27,2 641,8 750,3 108,5"), ("Skatteintäkter", "1877,5 1878,3 -0,8 7512,7 7475,0 -37,7"),
                 (None, "2261,3 2206,8 54,5 8827,2 9025,7 198,5")],
}
C17 = ["resultat jan–mars", "budget jan–mars", "avvikelse jan–mars", "budget 2017", "prognos 2017", "prognosavvikelse"]


def figures17(nodes, period=(2017, 3)):
    out = node_result(outcome_items(2017, 3, set(nodes)))
    pb = node_result(budget_items(2017, 3, nodes, period))
    b = node_result(budget_items(2017, 12, nodes, period))
    f = node_result(forecast_rows(period, nodes))
    return [out, pb, out - pb, b, f, f - b]


for table, rows in T17.items():
    names = {ORG[l]["name"]: l for l in lines_under(table, 2017)}
    for name, seeds in rows:
        nodes = lines_under(table, 2017) if name is None else [names[name]]
        label = f"{ORG[table]['name']}: {'Totalt' if name is None else name}"
        for c, sd, v in zip(C17, seeds.split(), figures17(nodes)):
            check(R17, f"{label} {c}", sd, v, 1)
SUMMARY = [("RS17-RKB", "21,2 21,2 15,8"), ("RS17-TU", "0,0 0,0 0,0"), ("RS17-EPU", "1,6 1,6 -5,0"), ("RS17-DUP", "0,7 0,7 0,0"),
           ("RS17-FTV", "3,5 3,5 9,2"), ("RS17-RV", "27,0 27,0 20,0"), ("RS17-HSF", "6,8 20,5 -16,4"), ("RS17-HT", "0 0,0 0,0"),
           ("RS17-ORK", "-2226,3 -16,9 -74,0"), ("RS17-FIN", "2261,3 54,5 198,5"), ("RS17-RGF", "35,0 37,6 124,5"), ("RS17", "68,8 85,1 128,1")]
for code, seeds in SUMMARY:
    f = figures17(lines_under(code, 2017))
    for c, sd, v in zip(["periodens resultat", "avvikelse jan–mars", "prognosavvikelse"], seeds.split(), [f[0], f[2], f[5]]):
        check(R17, f"Sammanfattning {ORG[code]['name']} {c}", sd, v, 1)
hsf = lines_under("RS17-HSF", 2017)
d5 = figures17(hsf, (2017, 5))[5]
d7 = figures17(hsf, (2017, 7))[5]
check(R17, "HSF prognosavvikelse efter 5 månader (seed 001)", "-14,4", d5, 1)
check(R17, "HSF prognosavvikelse efter 7 månader (seed 001)", "-19,4", d7, 1)
check(R17, "HSF prognosförändring 5 → 7 månader (seed 001)", "-5,0", d7 - d5, 1)
S001 = [("Avtals- och taxevård", "-168,5 -22"), ("Den nära vården - Vårdval Halland", "-1205,9 -1,8"), ("Gemensam verksamhetsutveckling", "-71,4 84"),
        ("Läkemedel", "-869,4 -110"), ("Psykiatriuppdrag", "-522,2 0"), ("Riktade statsbidrag", "57,7 28"), ("Somatikuppdrag", "-4143,9 16"),
        ("Tandvård", "-222,9 -9,6"), ("Valfrihetsvård", "-306,9 -35"), ("Vårdval specialistvård", "-59,0 11,5"), ("Övrig hälso- och sjukvårdsverksamhet", "-143,8 19,5")]
names = {ORG[l]["name"]: l for l in hsf}
for name, seeds in S001:
    f = figures17([names[name]], (2017, 7))
    for c, sd, v in zip(["prognos 2017-07", "prognosavvikelse 2017-07"], seeds.split(), [f[4], f[5]]):
        check(R17, f"Seed 001 {name} {c}", sd, v, 1)

# Seed 000 2.2, the drug costs per account against last year and the budget (the committee report's specification
# of the Läkemedel line): ledger-2016.se holds January-March 2016 of the same accounts.
L16 = read_sie("ledger-2016.se")
DRUGS = [("Läkemedelsförmån", 4611, "-200,1 -193,3 -182,2 -17,9"), ("Läkemedel utom förmån", 4612, "-8,7 -6,2 -2,8 -5,9"),
         ("Läkemedelsrelaterade tjänster mm", 4613, "-5,4 -4,9 -4,9 -0,5")]


def drug_figures(accs):
    def out(led):
        return sum(-v for d, a, o, v in led["trans"] if a in accs and o == "90609" and int(d[4:6]) <= 3)
    b = node_result((a, v) for a, v in budget_items(2017, 3, ["RS17-HSF-LAK"], (2017, 3)) if a in accs)
    return [out(L[2017]), out(L16), b, out(L[2017]) - b]


for name, acc, seeds in DRUGS:
    for c, sd, v in zip(["utfall", "utfall föregående år", "budget", "diff"], seeds.split(), drug_figures({acc})):
        check(R17, f"2.2 Läkemedel per konto: {name} {c}", sd, v, 1)
KN_DRUG = "the seed's total row: its parts sum to -214,2 and -189,9 (the main table: -214,1, -189,9)"
for c, sd, v, kn in zip(["utfall", "utfall föregående år", "budget", "diff"], "-214,4 -204,4 -186,9 -24,2".split(),
                        drug_figures({4611, 4612, 4613}), [KN_DRUG, None, KN_DRUG, None]):
    check(R17, f"2.2 Läkemedel per konto: Total {c}", sd, v, 1, known=kn)

# Seed 000 4.1, "Personalkostnader jan-mars 2017": Regionkontoret's (Regionstyrelsens verksamheter) klass 5.
rv = lines_under("RS17-RV", 2017)
pers_out = node_result((a, v) for a, v in outcome_items(2017, 3, set(rv)) if 5000 <= a <= 5999)
pers_bud = node_result((a, v) for a, v in budget_items(2017, 3, rv, (2017, 3)) if a and 5000 <= a <= 5999)
for c, sd, v in [("utfall", "-44,9", pers_out), ("budget", "-45,4", pers_bud), ("avvikelse", "0,5", pers_out - pers_bud)]:
    check(R17, f"4.1 Personalkostnader jan–mars 2017 {c}", sd, v, 1)

# ---------------------------------------------------------------- seed 001 (2017, Regionstyrelsen, Jan-Jul)
R001 = "Seed 001 (2017, jan–juli)"
C001 = ["resultat jan–juli", "budget jan–juli", "avvikelse jan–juli", "budget 2017", "prognos 2017", "prognosavvikelse"]


def figures001(nodes, period=(2017, 7)):
    out = node_result(outcome_items(2017, 7, set(nodes)))
    pb = node_result(budget_items(2017, 7, nodes, period))
    b = node_result(budget_items(2017, 12, nodes, period))
    f = node_result(forecast_rows(period, nodes))
    return [out, pb, out - pb, b, f, f - b]


def by_name(area, *names):
    """The lines under area with the given names (all when none given), or without them ('-Name')."""
    ls = lines_under(area, 2017)
    if not names:
        return ls
    if all(n.startswith("-") for n in names):
        return [l for l in ls if ORG[l]["name"] not in [n[1:] for n in names]]
    return [l for l in ls if ORG[l]["name"] in names]


RV_RB = [l for l in lines_under("RS17-RV", 2017) if ORG[l]["name"] == "Regionbidrag"]
# Seed 001's rows are the seed's own grouping of the lines: the regionbidrag of the verksamheter
# in one row, each area without its regionbidrag, Hallandstrafiken with the regionbidrag paid to
# it, "Regiongemensamma kostnader" = personnel and other common costs.
# Seed 001's annual budgets are seed 000's plus the budget changes decided in April 2017 (budget.csv rows with a
# change_date; generate.py BUDGET_CHANGES17): figures17 reads the budget in force at 2017-03, figures001 at 2017-07.
T001 = [
    ("Regionbidrag (verksamheter)", RV_RB, "197,8 197,8 0,0 339,0 339,0 0,0", {}),
    ("E-plan utveckling", by_name("RS17-EPU", "-Regionbidrag"), "-11,1 -13,7 2,6 -23,5 -28,5 -5,0", {}),
    ("Förtroendevalda", by_name("RS17-FTV", "-Regionbidrag"), "-19,1 -27,1 8,0 -46,2 -37,0 9,2", {}),
    ("Regionkontoret Bas", by_name("RS17-RKB", "-Regionbidrag"), "-122,5 -138,1 15,6 -236,8 -221,0 15,8", {}),
    ("RS drift av egna utvecklingsprojekt", lines_under("RS17-DUP", 2017), "-0,1 0,0 -0,1 0,0 0,0 0,0", {}),
    ("Tillväxt utveckling", by_name("RS17-TU", "-Regionbidrag"), "-15,2 -19,0 3,8 -32,5 -32,5 0,0", {}),
    ("Totalt Regionstyrelsens verksamhet", lines_under("RS17-RV", 2017), "29,9 0,0 29,9 0,0 20,0 20,0", {}),
    ("Regionbidrag (HSF)", by_name("RS17-HSF", "Regionbidrag Hälso- och sjukvårdsfinansiering"), "4456,1 4454,8 1,2 7636,9 7636,9 0,0", {}),
    ("Hälso- och sjukvårdsfinansiering", by_name("RS17-HSF", "-Regionbidrag Hälso- och sjukvårdsfinansiering"), "-4413,3 -4463,0 49,7 -7636,9 -7656,3 -19,4", {}),
    ("Totalt Hälso- och sjukvårdsfinansiering", lines_under("RS17-HSF", 2017), "42,8 -8,2 50,9 0,0 -19,4 -19,4", {}),
    ("Regionbidrag (RGF)", by_name("RS17-ORK", "Regionbidrag"), "514,1 514,1 0,0 882,6 882,6 0,0", {}),
    ("Finansiering", lines_under("RS17-FIN", 2017), "5276,8 5149,2 127,5 8827,2 9044,2 216,9", {}),
    ("Hallandstrafiken", lines_under("RS17-HT", 2017) + by_name("RS17-ORK", "Utbetalt regionbidrag till Bidrag till Hallandstrafiken"),
     "-255,7 -255,7 0,0 -438,4 -438,4 0,0", {}),
    ("Regiongemensamma kostnader", by_name("RS17-ORK", "Gemensamma personalkostnader", "Övriga regiongemensamma kostnader"),
     "-5448,3 -5398,9 -49,4 -9254,0 -9323,5 -69,5", {}),
    ("Totalt Regiongemensamma kostnader och finansiering", lines_under("RS17-RGF", 2017), "86,8 8,7 78,2 17,5 164,9 147,4", {}),
    ("Totalt Regionstyrelsens ansvarsområde", lines_under("RS17", 2017), "159,4 0,5 159,0 17,5 165,5 148,0", {}),
]
_grouped = [l for _n, ls, _s, _k in T001[:6] + T001[7:9] + T001[10:14] for l in ls]
if sorted(_grouped) != sorted(lines_under("RS17", 2017)):
    problem("seed 001: the groups of 1.2.1 do not cover every RS17 line exactly once")
for name, nodes, seeds, known in T001:
    for i, (c, sd, v) in enumerate(zip(C001, seeds.split(), figures001(nodes))):
        check(R001, f"1.2.1 {name} {c}", sd, v, 1, known=known.get(i))
T122 = [("Regionbidrag Hälso- och sjukvårdsfinansiering", "4456,1 4454,8 1,2 7636,9 7636,9 0"),
        ("Avtals- och taxevård", "-102,9 -85,5 -17,4 -146,5 -168,5 -22"),
        ("Den nära vården - Vårdval Halland", "-694,8 -702,4 7,6 -1204,1 -1205,9 -1,8"),
        ("Gemensam verksamhetsutveckling", "-12,7 -90,7 77,9 -155,4 -71,4 84"),
        ("Läkemedel", "-508,1 -443,0 -65,1 -759,4 -869,4 -110"), ("Psykiatriuppdrag", "-304,6 -304,6 0,0 -522,2 -522,2 0"),
        ("Riktade statsbidrag", "47,0 17,3 29,7 29,7 57,7 28"), ("Somatikuppdrag", "-2418,1 -2434,8 16,7 -4159,9 -4143,9 16"),
        ("Tandvård", "-129,0 -124,4 -4,5 -213,3 -222,9 -9,6"), ("Valfrihetsvård", "-176,3 -158,6 -17,7 -271,9 -306,9 -35"),
        ("Vårdval specialistvård", "-30,6 -41,1 10,5 -70,5 -59,0 11,5"),
        ("Övrig hälso- och sjukvårdsverksamhet", "-83,1 -95,3 12,2 -163,3 -143,8 19,5"),
        (None, "42,8 -8,2 50,9 0,0 -19,4 -19,4")]
for name, seeds in T122:
    nodes = lines_under("RS17-HSF", 2017) if name is None else by_name("RS17-HSF", name)
    for c, sd, v in zip(C001, seeds.split(), figures001(nodes)):
        dec = len(sd.split(",")[1]) if "," in sd else 0
        check(R001, f"1.2.2 {name or 'Total'} {c}", sd, v, dec)
_all = figures001(lines_under("RS17", 2017))
_all5 = figures001(lines_under("RS17", 2017), (2017, 5))
_hsf5 = figures001(lines_under("RS17-HSF", 2017), (2017, 5))
_hsf7 = figures001(lines_under("RS17-HSF", 2017))
_of = figures001(by_name("RS17-FTV", "Oförutsedda kostnader"))
for label, sd, v, dec in [("resultatet efter sju månader", "+159,4", _all[0], 1), ("periodens budget", "0,5", _all[1], 1),
                          ("bättre än budgeterat resultat", "+159", _all[2], 0),
                          ("prognosen för 2017 (avvikelse mot budget)", "+148,0", _all[5], 1),
                          ("försämring jämfört med efter 5 månader", "-5,0", _all[5] - _all5[5], 1),
                          ("HSF efter 5 månader", "-14,4", _hsf5[5], 1), ("HSF efter 7 månader", "-19,4", _hsf7[5], 1),
                          ("Finansiering och regiongemensamma kostnader", "+147,4", figures001(lines_under("RS17-RGF", 2017))[5], 1),
                          ("Regionstyrelsens övriga verksamheter", "+20", figures001(lines_under("RS17-RV", 2017))[5], 0),
                          ("Större avvikelser: oförutsedda kostnader", "+10", _of[5], 0),
                          ("Större avvikelser: läkemedel", "-110", figures001(by_name("RS17-HSF", "Läkemedel"))[5], 0),
                          ("Större avvikelser: vårdgaranti, valfrihetsvård", "-35", figures001(by_name("RS17-HSF", "Valfrihetsvård"))[5], 0),
                          ("Större avvikelser: finansiering och regiongemensamma", "147,4", figures001(lines_under("RS17-RGF", 2017))[5], 1)]:
    check(R001, f"Sammanfattning: {label}", sd.lstrip("+"), v, dec)

# ---------------------------------------------------------------- seed 004 (the region, January-March 2018)
R004 = "Seed 004 Uppföljning efter 3 månader 2018"
for y in (2017, 2018):  # every ansvar code of a result row belongs to a node; internal accounts net to zero
    amap = ansvar_map(y)
    for d, acc, o, v in L[y]["trans"]:
        if 3000 <= acc <= 8999 and o not in amap:
            problem(f"ledger-{y}: ansvar {o} on account {acc} belongs to no node")
if sum(v for d, acc, o, v in L[2018]["trans"] if mapline(acc)[1]) != 0:
    problem("ledger-2018: internal accounts do not net to zero")
if any(acc is None for yb, node, acc, a, mo in BUDGET if yb == 2018) or \
        any(acc is None for p, node, acc, a in FORECAST if p[0] == 2018):
    problem("budget or forecast 2018 row without an account")
_ub17 = dict(L[2017]["ib"])
for d, acc, o, v in L[2017]["trans"]:
    _ub17[2010 if acc >= 3000 else acc] = _ub17.get(2010 if acc >= 3000 else acc, 0) + v
if {k: v for k, v in _ub17.items() if v} != {k: v for k, v in L[2018]["ib"].items() if v}:
    problem("ledger-2018: #IB is not 2017's closing balances with the 2017 result in equity")
if max(int(d[4:6]) for d, acc, o, v in L[2017]["trans"]) != 12:
    problem("ledger-2017 does not close in December (the forecast growth 2018 needs the whole of 2017)")
Q17, Q18 = stmt_from(outcome_items(2017, 3)), stmt_from(outcome_items(2018, 3))
Y17 = stmt_from(outcome_items(2017, 12))
B18Q1, B18 = stmt_from(budget_items(2018, 3)), stmt_from(budget_items(2018))
F18 = stmt_from(forecast_rows((2018, 3), lines_under(RH, 2018)))


def kind_sum(year, lo, hi):
    """A cost kind January-March: accounts lo..hi (report sign)."""
    return sum(v for acc, v in outcome_items(year, 3) if lo <= acc <= hi and not mapline(acc)[1])


for label, sd, v in [("Resultat efter 3 månader", "-121", Q18["result"]),
                     ("sämre än budget (periodiserad)", "-33", Q18["result"] - B18Q1["result"]),
                     ("Prognos för 2018", "-194", F18["result"]),
                     ("sämre än budget (helår)", "-211", F18["result"] - B18["result"])]:
    check(R004, label, sd, v)
for label, sd, (lo, hi) in [("Personalkostnader", "10,5", (5000, 5999)), ("Köpt vård", "6,5", (4500, 4599)),
                            ("Läkemedel", "15,8", (4600, 4699))]:
    growth = pct(kind_sum(2018, lo, hi), kind_sum(2017, lo, hi)) - 100
    check(R004, f"{label} jan-mar 2018 mot 2017 (konto {lo}-{hi})", sd, growth, 1, unit="%")
for label, sd, now, before in [("Nettokostnader jan-mar", "8,6", Q18["net_costs"], Q17["net_costs"]),
                               ("Nettokostnader prognos 2018 mot 2017", "4,8", F18["net_costs"], Y17["net_costs"]),
                               ("Skatter och statsbidrag jan-mar", "4,1", Q18["T"], Q17["T"]),
                               ("Skatter och statsbidrag prognos 2018 mot 2017", "3,2", F18["T"], Y17["T"])]:
    check(R004, label, sd, pct(now, before) - 100, 1, unit="%")
_plan = [r for r in read_csv("actionplans.csv") if r["month"].startswith("2018")]
check(R004, "Kostnadsminskning som budgeten förutsätter (åtgärdsplanens förväntade effekt 2018)", "138",
      sum(money(r["expected"]) for r in _plan))
import verify_seed003  # noqa: E402  seed 003's comparison periods (2022 ledger, 2021 bases, mandates)

verify_seed003.run(sys.modules[__name__])
# ---------------------------------------------------------------- seed 002 (build/verify002.py)
verify002.run(sys.modules[__name__])

# ---------------------------------------------------------------- the invented koncern (build/koncern.py)


def koncern_rows(name):
    """(account, ansvar, motpart, öre) of every #TRANS row of a file."""
    rows = []
    for line in open(os.path.join(DIR, name), "rb").read().decode("cp437").split("\n"):
        t = sie_tokens(line.strip()) if line.startswith("#TRANS") else None
        if t:
            ot = sie_tokens(t[2][1] if isinstance(t[2], tuple) else "")
            o = dict(zip(ot[0::2], ot[1::2]))
            rows.append((int(t[1]), o.get("1", ""), o.get("21", ""), money(t[3])))
    return rows


def check_koncern():
    # The region's side moves amounts within an account and ansvar: no cell of the region changes.
    net = {}
    for acc, ans, _p, v in koncern_rows("ledger-2023-koncern.se"):
        net[(acc, ans)] = net.get((acc, ans), 0) + v
    for key, v in net.items():
        if v:
            problem(f"ledger-2023-koncern.se: account {key[0]} ansvar {key[1]!r} moves {v} öre")
    # Each pair's internal rows cancel at the smaller share (result and balance sides each).
    share = {"RH": 100, "HFAB": 100, "KVAB": 50}
    files = {"RH": "ledger-2023-koncern.se", "HFAB": "company-HFAB-2023.se", "KVAB": "company-KVAB-2023.se"}
    sides = {}
    for party, name in files.items():
        for acc, _a, other, v in koncern_rows(name):
            if other in share and other != party:
                pair = tuple(sorted((party, other)))
                kind = "result" if acc >= 3000 else "balance"
                sides[(pair, kind)] = sides.get((pair, kind), 0) + v * min(share[party], share[other])
    for (pair, kind), v in sorted(sides.items()):
        if v:
            problem(f"koncern: {pair[0]}-{pair[1]} {kind} rows do not cancel ({Fraction(v, 100)} öre)")


check_koncern()

# ---------------------------------------------------------------- report
if __name__ == "__main__":
    sec = None
    w = max(len(r[1]) for r in RESULTS)
    for section, label, seed, comp, ok, known in RESULTS:
        if section != sec:
            print(f"\n== {section}")
            print(f"{'figure':<{w}}  {'seed':>10}  {'computed':>10}")
            sec = section
        mark = "ok" if ok else ("KNOWN" if known else "MISMATCH")
        print(f"{label:<{w}}  {seed:>10}  {comp:>10}  {mark}" + (f"  ({known})" if known and not ok else ""))
    print("\n== Forecast change 2024-03 → 2024-04 (the example's own data, mnkr)")
    for c, d in CHANGE.items():
        print(f"{c}: {fmt(rnd(Fraction(-d, MN), 1), 1)}")
    n_ok = sum(1 for r in RESULTS if r[4])
    n_known = sum(1 for r in RESULTS if not r[4] and r[5])
    n_bad = sum(1 for r in RESULTS if not r[4] and not r[5])
    print("\n== Structural checks")
    for p in PROBLEMS:
        print("PROBLEM:", p)
    print(f"figures within 1/100 of a display unit of a rounding half (rounding rule matters): {len(NEAR_HALF)}")
    for x in NEAR_HALF:
        print("  ", x)
    print(f"vouchers: 2017 {L[2017]['vers']}, 2018 {L[2018]['vers']}, 2022 {L[2022]['vers']}, "
          f"2023 {L[2023]['vers']}, 2024 {L[2024]['vers']} (all balance unless listed above)")
    print(f"\n{len(RESULTS)} seed figures: {n_ok} match, {n_known} known exceptions, {n_bad} mismatches; {len(PROBLEMS)} structural problems")
    sys.exit(1 if n_bad or PROBLEMS else 0)

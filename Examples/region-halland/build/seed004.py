"""Seed 004 (Region Halland, Uppföljning av drift och strategier efter 3 månader 2018): the data
`generate.py` adds for it. Imported by generate.py, which passes itself as `g` (its money helpers,
its 2017 lines and its SIE writer); standard library only, integer öre.

What the seed prints and these data give (mnkr): result January-March 2018 -121, 33 worse than the
periodised budget; forecast 2018 -194, 211 worse than the budget (+17); the budget assumes a cost
reduction of 138 (the action plan "Genomförandet av Hälso- och sjukvårdsstrategin", actionplans.csv);
growth January-March 2018 against January-March 2017: personnel (accounts 5xxx) +10,5 %, köpt vård
(45xx) +6,5 %, läkemedel (46xx) +15,8 %, verksamhetens nettokostnader +8,6 %, skatteintäkter and
generella statsbidrag +4,1 %; forecast 2018 against the outcome 2017: net costs 4,8 %, tax 3,2 %.

The region of 2017 is Regionstyrelsens ansvarsområde (RS17, seed 000/001; its figures unchanged)
plus the three care providers below (2017-2018), which sell their care to Hälso- och
sjukvårdsfinansiering: RS17's HSF books its uppdrag as köpt vård (4510), so the providers book the
sales as 3410 and the two are not eliminated (the region's net costs are right, its gross revenue
and costs carry the internal trade). 2018 is RS18 (Regionstyrelsen 2018, fewer lines) plus the same
providers. August-December 2017 is booked so that 2017 closes: each RS17 line at its forecast after
July (seed 001), the providers at three times their January-March amounts, Hallands sjukhus's other
costs taking what makes the region's net costs 9 034,4 (so that the forecast 2018 gives 4,8 %).
"""
from fractions import Fraction

# ---------------------------------------------------------------- organisation (org.csv)
PROVIDERS = [  # committee, name, line, line name, ansvar (2017-2018)
    ("HSJ", "Driftnämnden Hallands sjukhus", "HSJ-V", "Hallands sjukhus", "80101"),
    ("NSH", "Driftnämnden Närsjukvården Halland", "NSH-V", "Närsjukvården Halland", "80201"),
    ("PSH", "Driftnämnden Psykiatri", "PSH-V", "Psykiatrin Halland", "80301"),
]
RS18_LINES = [  # line, name, ansvar (2018)
    ("RS18-KV", "Hälso- och sjukvårdsfinansiering: uppdrag, vårdval och köpt vård", "81101"),
    ("RS18-LAK", "Läkemedel", "81102"),
    ("RS18-RV", "Regionstyrelsens verksamheter", "81201"),
    ("RS18-HT", "Bidrag till Hallandstrafiken", "81202"),
    ("RS18-GP", "Gemensamma personalkostnader", "81203"),
    ("RS18-OK", "Övriga regiongemensamma kostnader", "81204"),
    ("RS18-SK", "Skatteintäkter", "81301"),
    ("RS18-GS", "Generella statsbidrag och utjämning", "81302"),
    ("RS18-FIN", "Finansiella poster", "81303"),
]
RS18_NAME = "Regionstyrelsens ansvarsområde"


def org_rows():
    rows = []
    for comm, name, line, lname, ans in PROVIDERS:
        rows.append((comm, "RH", name, "committee", "", "2017", "2018"))
        rows.append((line, comm, lname, "line", ans, "2017", "2018"))
    rows.append(("RS18", "RH", RS18_NAME, "committee", "", "2018", "2018"))
    for line, lname, ans in RS18_LINES:
        rows.append((line, "RS18", lname, "line", ans, "2018", "2018"))
    return rows


ANSVAR = {l: a for _c, _n, l, _ln, a in PROVIDERS} | {l: a for l, _n, a in RS18_LINES}
PROVIDER_NAMES = {a: ln for _c, _n, _l, ln, a in PROVIDERS}
NAMES = {a: ln for _c, _n, _l, ln, a in PROVIDERS} | {a: n for _l, n, a in RS18_LINES}

# ---------------------------------------------------------------- amounts (mnkr, report sign)
# The providers' January-March 2017: patient fees 3010, sales to HSF 3410 (HSF's Somatikuppdrag,
# Vårdval Halland and Psykiatriuppdrag of seed 000), personnel 5010, drugs 4610, other costs 6990. (HSJ's
# personnel 797,4 and other costs 207,6 keep the region's personnel costs of 2017 at seed 004's base after RS17's
# own lines book 7,4 of theirs on 6990.)
PROV_Q1_17 = {
    "HSJ-V": {3010: "45.0", 3410: "1053.7", 5010: "-797.4", 4610: "-98.0", 6990: "-207.6"},
    "NSH-V": {3010: "30.0", 3410: "295.9", 5010: "-205.0", 4610: "-22.0", 6990: "-101.0"},
    "PSH-V": {3010: "2.0", 3410: "130.6", 5010: "-98.0", 4610: "-9.0", 6990: "-22.0"},
}
NET_COSTS_2017 = "-9034.4"  # the region's verksamhetens nettokostnader 2017 (forecast growth 4,8 %)

# January-March 2018 outcome per line and account; RS18-OK (6990) takes what makes the region's
# net costs -2 485,6 (8,6 % above January-March 2017).
Q1_18 = {
    "RS18-KV": {4510: "-1767.0"}, "RS18-LAK": {4610: "-248.0"},
    "RS18-RV": {3710: "10.0", 5010: "-60.0", 6990: "-40.0"}, "RS18-HT": {4810: "-113.0"},
    "RS18-GP": {5610: "-90.0"}, "RS18-SK": {8010: "1952.0"}, "RS18-GS": {8210: "210.0", 8310: "189.3"},
    "RS18-FIN": {8410: "20.0", 8510: "-6.7"},
    "HSJ-V": {3010: "48.0", 3410: "1120.0", 5010: "-870.0", 4610: "-113.0", 6990: "-225.0"},
    "NSH-V": {3010: "32.0", 3410: "316.0", 5010: "-230.2", 4610: "-25.3", 6990: "-104.0"},
    "PSH-V": {3010: "2.5", 3410: "139.0", 5010: "-106.0", 4610: "-11.0", 6990: "-23.0"},
}
NET_COSTS_Q1_18 = "-2485.6"
# Forecast 2018 made after March (approved) per line and account; RS18-OK takes what makes the net
# costs -9 468,0 (4,8 % above 2017), so that the result is -194,0 with tax 9 286,0 and finance -12,0.
F18 = {
    "RS18-KV": {4510: "-6950.0"}, "RS18-LAK": {4610: "-980.0"},
    "RS18-RV": {3710: "40.0", 5010: "-245.0", 6990: "-160.0"}, "RS18-HT": {4810: "-452.0"},
    "RS18-GP": {5610: "-345.0"}, "RS18-SK": {8010: "7700.0"}, "RS18-GS": {8210: "840.0", 8310: "746.0"},
    "RS18-FIN": {8410: "40.0", 8510: "-52.0"},
    "HSJ-V": {3010: "190.0", 3410: "4560.0", 5010: "-3400.0", 4610: "-450.0", 6990: "-940.0"},
    "NSH-V": {3010: "128.0", 3410: "1290.0", 5010: "-925.0", 4610: "-100.0", 6990: "-400.0"},
    "PSH-V": {3010: "10.0", 3410: "556.0", 5010: "-425.0", 4610: "-44.0", 6990: "-95.0"},
}
NET_COSTS_F18 = "-9468.0"
# Budget 2018 = forecast minus the forecast deviation per line and account; HSF's köpt vård is
# 138 lower in the budget (the cost reduction the budget assumes); the providers' budgets are 0.
# RS18-OK takes what makes the
# budget's result +17,0; its months are written out so that January-March gives -88,0.
DEV18 = {
    ("RS18-KV", 4510): "-138.0", ("RS18-LAK", 4610): "-50.0", ("RS18-RV", 6990): "5.0",
    ("RS18-GP", 5610): "-5.0", ("RS18-SK", 8010): "-20.0", ("RS18-GS", 8210): "10.0", ("RS18-GS", 8310): "-4.0",
    ("RS18-FIN", 8410): "5.0",
    ("HSJ-V", 3410): "20.0", ("NSH-V", 3410): "26.0", ("HSJ-V", 5010): "-40.0", ("HSJ-V", 6990): "-20.0",
    ("NSH-V", 5010): "-20.0", ("NSH-V", 4610): "-5.0",
    ("NSH-V", 6990): "-8.0", ("PSH-V", 6990): "2.0",
}
BUDGET_RESULT_18 = "17.0"
BUDGET_RESULT_Q1_18 = "-88.0"
# The action plan behind the 138 (seed 004: "i arbetet med genomförandet av Hälso- och
# sjukvårdsstrategin"), measures from the seed's "Minska kostnadsutvecklingstakten"; expected
# effect spread evenly over the year, nothing realised January-March (the seed calls it "en
# ofinansierad post i budget 2018").
PLAN = "Genomförandet av Hälso- och sjukvårdsstrategin"
MEASURES = [("Minska beroendet av personal från bemanningsföretag", "60.0"), ("Webbtidbok", "30.0"),
            ("Utvecklad arbetsfördelning", "48.0")]
PLAN_COMMENT = "Åtgärderna är beslutade men har ännu inte gett effekt."


def _acc(d, g):
    return {(l, a): g.m(v) for l, accs in d.items() for a, v in accs.items()}


def _net(amts):
    """Verksamhetens nettokostnader of (line, account) -> öre: klass 3-7 without internal accounts."""
    return sum(v for (_l, a), v in amts.items() if 3000 <= a <= 7999 and a not in (3990, 4990))


def _with_rest(g, amts, target):
    """RS18-OK 6990 takes what makes the net costs `target`."""
    amts = dict(amts)
    amts[("RS18-OK", 6990)] = g.m(target) - _net(amts)
    return amts


def outcome_q1_18(g):
    return _with_rest(g, _acc(Q1_18, g), NET_COSTS_Q1_18)


def forecast_18(g):
    return _with_rest(g, _acc(F18, g), NET_COSTS_F18)


def budget_18(g):
    f = forecast_18(g)
    b = {k: v - g.m(DEV18.get(k, "0")) for k, v in f.items() if k != ("RS18-OK", 6990)}
    b[("RS18-OK", 6990)] = g.m(BUDGET_RESULT_18) - sum(v for (_l, a), v in b.items() if 3000 <= a <= 8999)
    return b


def budget_ok_months(g):
    """RS18-OK's monthly budget (öre): January-March what gives the region -88,0, the rest even."""
    b = budget_18(g)
    ok = b[("RS18-OK", 6990)]
    q1_others = sum(sum(g.split(v)[:3]) for k, v in b.items() if k != ("RS18-OK", 6990))
    q1 = g.m(BUDGET_RESULT_Q1_18) - q1_others
    return g.split(q1, [1] * 3) + g.split(ok - q1, [1] * 9)


# ---------------------------------------------------------------- budget.csv, forecast.csv, actionplans.csv
def budget_rows(g):
    rows = []
    months = budget_ok_months(g)
    for (line, acc), v in budget_18(g).items():
        if (line, acc) == ("RS18-OK", 6990):
            assert all((x < 0) == (v < 0) for x in months) and sum(months) == v
            rows.append(("2018", line, acc, g.kr(v), "") + tuple(g.kr(abs(x)) for x in months))
        else:
            rows.append(("2018", line, acc, g.kr(v), "") + ("",) * 12)
    return rows


def forecast_rows(g):
    return [("2018-03", line, acc, g.kr(v), "", f"Controller {line.split('-')[0]}", "approved")
            for (line, acc), v in forecast_18(g).items()]


def write_actionplans(g):
    rows = [("node", "plan", "measure", "month", "expected", "realised", "comment")]
    for measure, year in MEASURES:
        for i, v in enumerate(g.split(g.m(year)), 1):
            done = i <= 3
            rows.append(("RS18", PLAN, measure, f"2018-{i:02d}", g.kr(v), g.kr(0) if done else "",
                         PLAN_COMMENT if i == 3 else ""))
    g.write("actionplans.csv", g.csv(rows))


# ---------------------------------------------------------------- ledgers
def _months(v, months, g):
    return dict(zip(months, g.split(v, [1] * len(months))))


AUG_DEC_ACCOUNT = {"RS17-FIN-FP": 8410}  # the financial items' rest of 2017 is income, not a negative cost


def extend_2017(g, out17):
    """August-December 2017 for RS17's lines (their forecast after July less January-July, on the
    line's first account) into `out17`; returns the providers' cells (line, ansvar, account) ->
    {month: öre} for January-December."""
    for l in g.LINES17:
        code, ans, first = l[0], l[2], AUG_DEC_ACCOUNT.get(l[0], l[7][0][0])
        year = g.m(g.HSF17_F07.get(code) or g.S001_17[code][2])
        booked = sum(x for (c, _a, _acc), ms in out17.items() if c == code for x in ms.values())
        cell = out17.setdefault((code, ans, first), {})
        cell.update(_months(year - booked, range(8, 13), g))
    prov = {}
    for line, accs in PROV_Q1_17.items():
        for acc, q1 in accs.items():
            prov[(line, acc)] = [g.m(q1), 3 * g.m(q1)]
    rs17 = sum(x for (_c, _a, acc), ms in out17.items() if 3000 <= acc <= 7999 and acc not in (3990, 4990)
               for x in ms.values())
    rest = g.m(NET_COSTS_2017) - rs17 - sum(q + r for q, r in prov.values())
    prov[("HSJ-V", 6990)][1] += rest
    cells = {}
    for (line, acc), (q1, rest9) in prov.items():
        ms = _months(q1, range(1, 4), g)
        ms.update(_months(rest9, range(4, 13), g))
        cells[(line, ANSVAR[line], acc)] = ms
    return cells


def provider_vouchers(g, year, mth, cells):
    """One voucher per provider committee and month: its result rows against the bank."""
    vers = []
    for comm, _n, line, _ln, _a in PROVIDERS:
        rows = [(acc, a, -ms[mth]) for (l, a, acc), ms in cells.items() if l == line and ms.get(mth)]
        if rows:
            rows.append((1930, None, -sum(r[2] for r in rows)))
            vers.append((g.month_end(year, mth), f"Periodens bokföring {g.MONTHS_SV[mth - 1]} {year} {comm}", rows))
    return vers


def write_ledger_2018(g, ub17):
    """ledger-2018.se: January-March, one voucher per committee and month; #IB = 2017 #UB with the
    2017 result moved into equity."""
    cells = {}
    for (line, acc), v in outcome_q1_18(g).items():
        cells[(line, ANSVAR[line], acc)] = _months(v, range(1, 4), g)
    ib = dict(ub17)
    vers = []
    for mth in (1, 2, 3):
        rows = [(acc, a, -ms[mth]) for (l, a, acc), ms in cells.items() if l.startswith("RS18") and ms.get(mth)]
        rows.append((1930, None, -sum(r[2] for r in rows)))
        vers.append((g.month_end(2018, mth), f"Periodens bokföring {g.MONTHS_SV[mth - 1]} 2018 Regionstyrelsen",
                     rows))
        vers += provider_vouchers(g, 2018, mth, {k: v for k, v in cells.items() if not k[0].startswith("RS18")})
    ansv = sorted(set(a for (_l, a, _acc) in cells))
    g.write("ledger-2018.se", g.sie_file(2018, vers, ib, None, ansv, NAMES), encoding="cp437")


def closing_balances(ib, vers):
    """#UB after the vouchers, with the year's result moved into equity (2010): the next #IB."""
    bal = dict(ib)
    result = 0
    for _d, _t, rows in vers:
        for acc, _a, v in rows:
            if acc >= 3000:
                result -= v
            else:
                bal[acc] = bal.get(acc, 0) + v
    bal[2010] = bal.get(2010, 0) - result
    assert sum(bal.values()) == 0
    return {a: v for a, v in bal.items() if v}


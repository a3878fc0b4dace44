"""Seed 002 (Regionkontoret, Årsredovisning 2019) part of verify.py: recomputes the seed's figures
from the written files (org.csv, ledger-2019.se, ledger-2018-RK.se, budget.csv, forecast.csv,
investments.csv) and checks the structure of the 2018/2019 data. Independent of generate.py and
seed002.py: it reads only the files, with verify.py's parsers (``run(v)``, v = the verify module).
"""
from fractions import Fraction

R002 = "Seed 002 Regionkontoret (årsredovisning jan–dec 2019)"
ROOT, AREA = "RK", "RK19"
TKR = 100_000  # öre per tkr

# Seed 002 5.2.2, as printed: (uppdrag, ack. resultat, ack. budget, ack. avvikelse, prognostiserad avvikelse)
T522 = [
    ("Regionbidrag", "299,2 299,2 0,0 0,0"), ("Förtroendevalda", "-40,8 -38,3 -2,4 -2,6"),
    ("Oförutsett Regionstyrelsen", "-4,0 -4,4 0,4 0,0"), ("Regionkontoret Bas", "-201,3 -233,4 32,0 20,0"),
    ("RS drift av egna utvecklingsprojekt", "0,0 0,0 0,0 0,0"), ("E-plan drift", "-73,4 -61,0 -12,4 -10,0"),
    ("Fastigheter", "10,7 0,0 10,7 13,6"), ("Utvecklingsmedel Regional utveckling", "-20,7 -28,7 7,9 3,5"),
    ("Utvecklingsmedel Hälso- och sjukvård", "-17,0 -31,0 14,0 -2,0"), ("Utvecklingsmedel ePlan", "-15,6 -21,5 5,9 0,0"),
    ("Utvecklingsmedel Regiongemensamt", "-2,0 -3,0 1,0 0,0"), ("Effektivisering Region Halland", "120,0 122,0 -2,0 0,0"),
    (None, "55,1 0,0 55,1 22,6"),
]
KN_SUB = "a part of a line in the seed's analysis; the data have no line for it"


def run(v):
    lines = v.lines_under(ROOT, 2019)
    by_name = {v.ORG[c]["name"]: c for c in lines}
    led19 = v.read_sie("ledger-2019.se")
    led18 = v.read_sie("ledger-2018-RK.se")
    amap19 = v.ansvar_map(2019)

    # ---- structure
    if set(led19["rar"]) != {0, -1} or led19["rar"][0] != ("20190101", "20191231"):
        v.problem("ledger-2019: #RAR 0 is not 2019")
    if led18["rar"] or led18["ib"]:
        v.problem("ledger-2018-RK: an import batch has no #RAR and no #IB")
    for name, led, year in (("ledger-2019", led19, 2019), ("ledger-2018-RK", led18, 2018)):
        amap = v.ansvar_map(year)
        for d, acc, o, _x in led["trans"]:
            if d[:4] != str(year):
                v.problem(f"{name}: voucher dated {d} outside {year}")
            if acc >= 3000 and (o not in amap or v.committee(amap[o]) != ROOT):
                v.problem(f"{name}: ansvar {o} on account {acc} is not a line of Regionkontoret in {year}")
    # Regionkontoret's 2018/2019 codes (other 2018 units are seed 004's) belong to no other year.
    codes = {a for y in (2018, 2019) for a, n in v.ansvar_map(y).items() if v.committee(n) == ROOT}
    if codes & (set(v.ansvar_map(2017)) | set(v.ansvar_map(2023)) | set(v.ansvar_map(2024))):
        v.problem("Regionkontoret's 2018/2019 ansvar codes overlap 2017 or 2023/2024 codes")
    if sorted(by_name) != sorted(n for n, _s in T522 if n):
        v.problem("seed 002: the lines under RK in 2019 are not the uppdrag of 5.2.2")
    for period in ((2019, 4), (2019, 8)):
        if {n for p, n, _a, _x in v.FORECAST if p == period} != set(lines):
            v.problem(f"forecast {period}: not every 2019 line of Regionkontoret has a row")

    # ---- figures
    def outcome(led, nodes, accounts=lambda a: a >= 3000):
        return sum(-x for _d, acc, o, x in led["trans"] if accounts(acc) and amap19.get(o) in nodes)

    def budget(nodes, accounts=None):  # annual = January–December at the year end
        return sum(a for y, n, acc, a, _mo in v.BUDGET
                   if y == 2019 and n in nodes and (accounts is None or (acc is not None and accounts(acc))))

    def fc_dev(nodes, period=(2019, 12)):
        return sum(x for _a, x in v.forecast_rows(period, nodes)) - budget(nodes)

    def figures(nodes):
        o, b = outcome(led19, nodes), budget(nodes)
        return [o, b, o - b, fc_dev(nodes)]

    for name, seeds in T522:
        nodes = lines if name is None else [by_name[name]]
        for col, sd, x in zip(("ack. resultat", "ack. budget", "ack. avvikelse", "prognostiserad avvikelse"),
                              seeds.split(), figures(nodes)):
            v.check(R002, f"5.2.2 {name or 'Totalt Regionstyrelsens verksamheter'} {col}", sd, x, 1)
    total = figures(lines)
    for col, sd, x in (("ack. resultat", "55 100", total[0]), ("ack. budget", "0", total[1]),
                       ("ack. avvikelse", "55 100", total[2])):
        v.check(R002, f"5.2 Resultat jämfört med budget {col} (tkr)", sd, Fraction(x, TKR), 0, unit="tkr")
    um = [by_name[n] for n in by_name if n.startswith("Utvecklingsmedel")]
    epd = [by_name["E-plan drift"]]
    for label, sd, x, dec, known in [
        ("resultatet för år 2019", "55,1", total[0], 1, None), ("avvikelse mot budget", "55,1", total[2], 1, None),
        ("utvecklingsmedlen, överskott", "28,8", figures(um)[2], 1, None),
        ("ePlan drift, underskott", "-12,4", figures(epd)[2], 1, None),
        ("ePlan drift, förbättring mot prognosen i UR1", "8", figures(epd)[2] - fc_dev(epd, (2019, 4)), 0, None),
        ("effektiviseringar i årets budget (1.1 och 5.2.1)", "122", budget([by_name["Effektivisering Region Halland"]]),
         0, None),
        ("textilstocken, överskott mot budget", "8,2", None, 1, KN_SUB),
        ("kapitalkostnader fastighetsförvaltningen", "11,0", None, 1, KN_SUB + " (the Fastigheter line: 10,7)"),
        ("HR:s pausade insatser", "7,9", None, 1, KN_SUB),
    ]:
        v.check(R002, f"Sammanfattning: {label}", sd, x, dec, known=known)

    # 5.2.4.1 kostnadsutveckling: costs are klass 4–7; last year's rows map through the 2019 tree
    def cost(a):
        return 4000 <= a <= 7999

    prev, now = outcome(led18, lines, cost), outcome(led19, lines, cost)
    bud = budget(lines, cost)
    eff = budget([by_name["Effektivisering Region Halland"]], cost)
    growth, bgrowth = Fraction(now, prev) - 1, Fraction(bud, prev) - 1
    for label, sd, x in [("Ack. utfall förra året", "-1 033 286", prev), ("Ack. utfall i år", "-1 199 035", now),
                         ("Skillnad mot förra året", "-165 749", now - prev), ("Ack. budget årets", "-1 124 935", bud),
                         ("Diff. mot budget", "-74 100", now - bud)]:
        v.check(R002, f"5.2.4.1 {label} (tkr)", sd, Fraction(x, TKR), 0, unit="tkr")
    v.check(R002, "5.2.4.1 Kostn. utv. mot föreg. år (%)", "16", 100 * growth, 0, unit="%")
    v.check(R002, "5.2.4.1 Budg. kostn. utv. (%)", "8,9", 100 * bgrowth, 1, unit="%")
    v.check(R002, "5.2.4.1 Utfall (budgeterad − faktisk, procentenheter)", "-7,2", 100 * (bgrowth - growth), 1, unit="%")
    v.check(R002, "5.2.4.1 text: utan effektiviseringsposten, lägre än budgeterat (procentenheter)", "4,6",
            100 * (Fraction(bud - eff, prev) - 1 - growth), 1, unit="%")
    v.check(R002, "5.2.4.1 text: lägre utfall jämfört med budget utan effektiviseringsposten", "48",
            now - (bud - eff), 0)
    dep = [by_name["Fastigheter"]]
    v.check(R002, "5.2.4.1 text: lägre avskrivningskostnader avseende fastigheter", "35",
            outcome(led19, dep, lambda a: 7800 <= a <= 7899) - budget(dep, lambda a: 7800 <= a <= 7899), 0)

    # 5.3 investeringar (seed: spending negative, deviation = budget − outcome)
    def inv(rows):
        o = sum(r["outcome"] for r in rows)
        b = sum(r["budget"] for r in rows)
        return [-o, -b, b - o]

    rk = [r for r in v.INV if r["period"] == "2019-12" and r["node"] == ROOT]
    projects = [r for r in v.INV_PROJECTS if r["period"] == "2019-12" and r["node"] == ROOT]
    cat = {"Utrustning/inventarier": "equipment", "Immateriella tillgångar": "intangible", "Fastigheter": "property"}
    t53 = [("Utrustning/inventarier", "-0,4 -2,6 2,2"), ("Immateriella tillgångar", "1,1 -45,4 46,5"),
           ("Fastigheter", "-224,9 -240,0 15,1"), ("TOTAL", "-224,2 -288,0 63,8")]
    for name, seeds in t53:
        rows = rk if name == "TOTAL" else [r for r in rk if r["category"] == cat[name]]
        for col, sd, x in zip(("ack. utfall", "årsbudget", "avvikelse"), seeds.split(), inv(rows)):
            v.check(R002, f"5.3 {name} {col}", sd, x, 1)
    t53p = [("Regionkontoret, utrustning", "-0,4 -2,6 2,2"), ("Regionfastigheter", "-224,9 -240,0 15,1"),
            ("FVIS, Framtidens vårdinformationssystem", "0,0 -25,4 25,4"), ("ePlan", "1,1 -20,0 21,1"),
            (None, "-224,2 -288,0 63,8")]
    for name, seeds in t53p:
        rows = projects if name is None else [r for r in projects if r["project"] == name]
        if not rows:
            v.problem(f"investments 2019-12: no project row {name}")
        for col, sd, x in zip(("ack. utfall", "årsbudget", "avvikelse"), seeds.split(), inv(rows)):
            v.check(R002, f"5.3 per projekt {name or 'TOTAL'} {col}", sd, x, 1)

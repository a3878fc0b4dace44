"""Seed 003's comparison periods, checked from the written files (called by verify.py with its
module `v`: its parsed ledgers, figures and helpers). Like verify.py it never reads the generator.

2.5.1 resultatutveckling 2022-04 / 2022, 2.5.2 growth of skatt och statsbidrag and of the net
costs (4 mån and year, 2022–2024 and the forecast), 2.5.3 nettokostnadsandel 2022, 2.5.4 soliditet
inkl. pensionsförpliktelser 2022, 2.5.5 likvida medel 2022 and the placements per mandate; and the
structure of ledger-2022.se (#UB = #IB + vouchers; 2023's #IB = 2022's #UB with the result in equity).
"""


def run(v):
    K = "2.5 Jämförelseperioder (seed 003)"
    check, pct, FIG, L = v.check, v.pct, v.FIG, v.L
    A22, Y22, A23, Y23, A24, F24 = v.A22, v.Y22, v.A23, v.Y23, v.A24, v.F24

    # ---- structure of the 2022 ledger
    ub = dict(L[2022]["ib"])
    amap = v.ansvar_map(2022)
    for _d, acc, o, amount in L[2022]["trans"]:
        if acc < 3000:
            ub[acc] = ub.get(acc, 0) + amount
        elif o not in amap or "RGKF" not in v.ancestors(amap[o]):
            v.problem(f"ledger-2022: ansvar {o} on account {acc} is no line of RGKF in 2022")
    if {a: x for a, x in ub.items() if x} != {a: x for a, x in L[2022]["ub"].items() if x}:
        v.problem("ledger-2022: #UB differs from #IB + vouchers")
    moved = dict(L[2022]["ub"])
    moved[2010] -= Y22["result"]
    if {a: x for a, x in moved.items() if x} != {a: x for a, x in L[2023]["ib"].items() if x}:
        v.problem("ledger-2023: #IB is not 2022 #UB with the 2022 result moved into equity")
    for key in ("result", "unrealised", "tax", "grants"):
        if ("2022", key) in FIG:
            v.problem(f"figures.csv: 2022 {key} given although ledger-2022.se holds the year")

    # ---- 2.5.1 resultatutveckling (the unrealised row is the booked change: a gain positive)
    for name, s, seeds in [("2022-04", A22, ["291", "-287", "578"]), ("2022", Y22, ["876", "-365", "1 241"]),
                           ("2023-04", A23, ["-434", "97", "-532"]), ("2023", Y23, ["260", "247", "13"]),
                           ("2024-04", A24, ["-656", "68", "-724"]), ("prognos 2024", F24, ["-377", "68", "-445"])]:
        parts = zip(["resultat", "marknadsvärdering", "resultat exkl."], ["result", "unrealised", "R"], seeds)
        for part, key, sd in parts:
            check(K, f"Resultatutveckling {name}: {part}", sd, s[key])

    # ---- 2.5.2 growth: against the same months a year before (2021 from figures.csv)
    T21 = {4: FIG[("2021-04", "tax")] + FIG[("2021-04", "grants")], 12: FIG[("2021", "tax")] + FIG[("2021", "grants")]}
    N21 = {4: FIG[("2021-04", "net_costs")], 12: FIG[("2021", "net_costs")]}
    pairs = [("4 mån 2022", A22, T21[4], N21[4], "5,6", "-5,8"), ("2022", Y22, T21[12], N21[12], "6,5", "5,6"),
             ("4 mån 2023", A23, A22["T"], A22["net_costs"], "4,8", "28,7"),
             ("2023", Y23, Y22["T"], Y22["net_costs"], "5,3", "14,9"),
             ("4 mån 2024", A24, A23["T"], A23["net_costs"], "5,0", "7,9"),
             ("prognos 2024", F24, Y23["T"], Y23["net_costs"], "5,8", "8,5")]
    for name, s, t0, n0, st, sn in pairs:
        check(K, f"Skatt och statsbidrag utveckling {name}", st, pct(s["T"], t0) - 100, 1, "%")
        check(K, f"Nettokostnader utveckling {name}", sn, pct(s["net_costs"], n0) - 100, 1, "%")

    # ---- 2.5.3 nettokostnadsandel 2022
    names = ["verksamhetens andel", "avskrivningar", "finansnetto", "nettokostnadsandel"]
    for name, s, seeds in [("4 mån 2022", A22, ["82,1", "3,0", "0,7", "85,8"]),
                           ("2022", Y22, ["86,6", "3,2", "0,1", "89,9"])]:
        for part, x, sd in zip(names, v.ncs(s), seeds):
            check(K, f"Nettokostnadsandel {name}: {part}", sd, x, 1, "%")

    # ---- 2.5.4 soliditet inkl. pensionsförpliktelser; 2.5.5 likvida medel
    v.BS["2022-04"], v.BS["2022-12"] = v.balances(2022, 4), v.balances(2022, 12)
    for c in ("2022-04", "2022-12"):
        if v.BS[c]["assets"] != v.BS[c]["total"]:
            v.problem(f"balance sheet {c} does not balance")
    for c, sd in [("2022-04", "20,3"), ("2022-12", "24,7"), ("2023-04", "18,6"), ("2023-12", "21,9"),
                  ("2024-04", "15,2")]:
        check(K, f"Soliditet inkl. pensionsförpliktelser {c}", sd, v.solid(c, True), 1, "%")
    for c, sd in [("2022-04", "6 775"), ("2022-12", "6 967"), ("2023-04", "7 153"), ("2023-12", "7 639"),
                  ("2024-04", "8 115")]:
        check(K, f"Likvida medel {c}", sd, FIG[(c, "placements_acquisition_value")])

    # ---- 2.5.5 likvida medel och placeringar per mandate (2024-04): parts and totals
    mandates = [("Pensionsmedelsförvaltning", "pension_portfolio", "2 057", "2 270"),
                ("Medelsförvaltning", "treasury_portfolio", "4 828", "4 922"),
                ("Likviditetsförvaltning", "liquidity_portfolio", "305", "305")]
    acq = mkt = 0
    for name, key, sa, sm in mandates:
        a, m = FIG[("2024-04", f"{key}_acquisition_value")], FIG[("2024-04", f"{key}_market_value")]
        check(K, f"{name} anskaffningsvärde", sa, a)
        check(K, f"{name} marknadsvärde", sm, m)
        acq, mkt = acq + a, mkt + m
    bank = FIG[("2024-04", "bank_balance")]
    check(K, "Banktillgodohavanden anskaffningsvärde", "924", bank)
    check(K, "Banktillgodohavanden marknadsvärde", "924", bank)
    if acq + bank != FIG[("2024-04", "placements_acquisition_value")]:
        v.problem("placements per mandate do not sum to placements_acquisition_value 2024-04")
    if mkt + bank != FIG[("2024-04", "placements_market_value")]:
        v.problem("placements per mandate do not sum to placements_market_value 2024-04")
    check(K, "Likvida medel och placeringar totalt anskaffningsvärde", "8 115", acq + bank)
    check(K, "Likvida medel och placeringar totalt marknadsvärde", "8 421", mkt + bank)

"""Seed 003's comparison periods (Uppföljningsrapport 1 2024, 2.5.1–2.5.5): the 2022 ledger, the
2021 growth bases and the placements per mandate.

Called by generate.py (`prepare` before the files are written, `write_ledger` after the other
ledgers); standard library only, integer öre. The seed prints for 2022 (January–April and the
year) the result, the unrealised change, the growth of skatt och statsbidrag and of the net
costs, the nettokostnadsandel and its parts, the soliditet including pension obligations and
likvida medel; for 2024-04 the placements per mandate. The amounts below are chosen unrounded
so that each printed figure comes out by rounding half away from zero; the split into accounts
and the balance sheet behind the soliditet are the example's own choice.
"""

# 2022 statement (mnkr, report sign): January–April and the year. From the seed: result 291 / 876,
# unrealised −287 / −365, result excl. 578 / 1 241, nettokostnadsandel 82,1 + 3,0 + 0,7 = 85,8 and
# 86,6 + 3,2 + 0,1 = 89,9, growth of the net costs 2023 28,7 % / 14,9 % and of skatt och
# statsbidrag 2023 4,8 % (the year's 12 320 as before: 5,3 %; tax 9 673: tax growth 2023 5,8 %).
STMT22 = {
    #            revenue   costs       depr     tax       grants    fin.inc  unreal.   fin.costs
    "A22": ("800.0", "-4145.0", "-122.0", "3210.0", "862.0", "55.0", "-287.0", "-82.0"),
    "Y22": ("2650.0", "-13317.0", "-394.0", "9673.0", "2647.0", "190.0", "-365.0", "-208.0"),
}
# 2022 is booked on the lines of Regiongemensamma kostnader och finansiering (the only committee
# of 2023 that exists from 2022 in org.csv): the committees' split of 2022 is not in the seed.
ANSVAR_OF = {"revenue": "29600", "costs": "29600", "depreciation": "29600", "tax": "29100", "grants": "29200",
             "financial_income": "29300", "unrealised": "29300", "financial_costs": "29300"}
ACCOUNT_OF = {"revenue": 3510, "costs": 6990, "depreciation": 7810, "tax": 8010, "grants": 8210,
              "financial_income": 8410, "unrealised": 8468, "financial_costs": 8540}
LINE_ORDER = ("revenue", "costs", "depreciation", "tax", "grants", "financial_income", "unrealised",
              "financial_costs")

# Balances (mnkr, SIE sign). 2022-01-01: the example's; 2010 is 2023's opening equity less the
# 2022 result (876,0). 2022-04: soliditet incl. pensions 20,3 % with obligations 2 855 and an
# accumulated unrealised gain of 69 (blandmodellen 42,8 %). 2022-12 is 2023's opening balance.
# 1930 takes what is left each time.
BAL_IB_2022 = {1010: "47.0", 1110: "3750.0", 1210: "860.0", 1410: "176.0", 1510: "590.0", 1810: "6650.0",
               2010: "-5206.8", 2210: "-4400.0", 2310: "-600.0", 2440: "-1150.0", 2910: "-1250.0"}
BAL_TARGET_2022_04 = {1010: "46.0", 1110: "3780.0", 1210: "870.0", 1410: "174.0", 1510: "620.0",
                      1810: "6780.0", 2210: "-4480.0", 2310: "-610.0", 2440: "-1000.0", 2910: "-1160.0"}

FIGURES = [
    ("2021-04", "tax", "3040.0", "Example: skatt och statsbidrag 3 856 (growth 4 mån 2022 5,6 %)"),
    ("2021-04", "grants", "816.0", "Example"),
    ("2021-04", "net_costs", "-3680.5", "Example: nettokostnader growth 4 mån 2022 -5,8 % (seed 003, 2.5.2)"),
    ("2021", "net_costs", "-10474.5", "Example: nettokostnader growth 2022 5,6 % (seed 003, 2.5.2)"),
    ("2022-04", "pension_obligations", "2855.0", "Example: soliditet inkl. pensionsförpliktelser 20,3 %"),
    ("2022-12", "pension_obligations", "2653.0", "Example: soliditet inkl. pensionsförpliktelser 24,7 %"),
    ("2022-04", "placements_acquisition_value", "6775.0", "Seed 003, 2.5.5 likvida medel 4 mån 2022"),
    ("2022-04", "placements_market_value", "6844.0", "Example: accumulated unrealised gain 69 (356 - 287)"),
    ("2022-12", "placements_acquisition_value", "6967.0", "Seed 003, 2.5.5 likvida medel 2022"),
    ("2022-12", "placements_market_value", "6958.0", "Example: accumulated unrealised gain -9 (238 - 247)"),
    # Seed 003, 2.5.5 "Likvida medel och placeringar": acquisition and market value per mandate at
    # 2024-04; the parts sum to the totals 8 114,6 / 8 420,6 to the öre (gains 212,6 + 93,4 = 306,0).
    ("2024-04", "pension_portfolio_acquisition_value", "2057.2", "Seed 003, 2.5.5 Pensionsmedelsförvaltning"),
    ("2024-04", "pension_portfolio_market_value", "2269.8", "Seed 003, 2.5.5 Pensionsmedelsförvaltning"),
    ("2024-04", "treasury_portfolio_acquisition_value", "4828.2", "Seed 003, 2.5.5 Medelsförvaltning"),
    ("2024-04", "treasury_portfolio_market_value", "4921.6", "Seed 003, 2.5.5 Medelsförvaltning"),
    ("2024-04", "liquidity_portfolio_acquisition_value", "305.1", "Seed 003, 2.5.5 Likviditetsförvaltning"),
    ("2024-04", "liquidity_portfolio_market_value", "305.1", "Seed 003, 2.5.5 Likviditetsförvaltning"),
    ("2024-04", "bank_balance", "924.1", "Seed 003, 2.5.5 Banktillgodohavanden"),
]
# The 2022 figures the ledger now carries (the ledger wins; one source only).
SUPERSEDED = {("2022", "result"), ("2022", "unrealised"), ("2022", "tax"), ("2022", "grants")}


def prepare(g):
    """Adds this module's rows to generate.py's figures (before they are written)."""
    g.FIGURES[:] = [f for f in g.FIGURES if (f[0], f[1]) not in SUPERSEDED] + FIGURES


def _statement(g, seg):
    return {k: g.m(v) for k, v in zip(LINE_ORDER, STMT22[seg])}


def write_ledger(g):
    """ledger-2022.se: opening balances, one voucher a month at statement-line level on RGKF's
    lines, balance vouchers at April and December; #UB is 2023's #IB with the 2022 result left in
    the year (moved into equity at 2023's opening)."""
    a22, y22 = _statement(g, "A22"), _statement(g, "Y22")
    ib = {acc: g.m(v) for acc, v in BAL_IB_2022.items()}
    ib[1930] = -sum(ib.values())
    assert ib[1930] > 0
    ib23 = {acc: g.m(v) for acc, v in g.BAL_IB_2023.items() if v is not None}
    ib23[1930] = -sum(ib23.values())
    targets = {4: {acc: g.m(v) for acc, v in BAL_TARGET_2022_04.items()},
               12: {acc: v for acc, v in ib23.items() if acc not in (1930, 2010)}}
    months = {}
    for line in LINE_ORDER:
        ms = g.even_months(a22[line], [1, 2, 3, 4])
        ms.update(g.even_months(y22[line] - a22[line], list(range(5, 13))))
        assert sum(ms.values()) == y22[line]
        months[line] = ms
    vers, bal = [], dict(ib)
    for mth in range(1, 13):
        date = g.month_end(2022, mth)
        rows = [(ACCOUNT_OF[line], ANSVAR_OF[line], -months[line][mth]) for line in LINE_ORDER if months[line][mth]]
        rows.append((1930, None, -sum(r[2] for r in rows)))
        bal[1930] += rows[-1][2]
        vers.append((date, f"Periodens bokföring {g.MONTHS_SV[mth - 1]} 2022 RGKF", rows))
        if mth in targets:
            rows = [(acc, None, t - bal.get(acc, 0)) for acc, t in sorted(targets[mth].items()) if t != bal.get(acc, 0)]
            rows.append((1930, None, -sum(r[2] for r in rows)))
            for acc, _a, v in rows:
                bal[acc] = bal.get(acc, 0) + v
            since = "januari" if mth == 4 else "maj"
            vers.append((date, f"Balansförändringar {since}-{g.MONTHS_SV[mth - 1]} 2022: investeringar, "
                         "avskrivningar, pensionsavsättning, skulder", rows))
    ub = {acc: v for acc, v in bal.items() if v}
    moved = dict(ub)
    moved[2010] -= sum(y22.values())  # the 2022 result into equity at 2023's opening
    assert moved == ib23, "2022 #UB with the result in equity must be 2023 #IB"
    ansvars = sorted(set(ANSVAR_OF.values()))
    g.write("ledger-2022.se", g.sie_file(2022, vers, ib, ub, ansvars, g.ANSVAR_NAME), encoding="cp437")

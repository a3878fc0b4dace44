"""The invented kommunkoncern of the example (README "The koncern"): companies.csv, the companies' SIE exports and
the region's side of the internal dealings (ledger-2023-koncern.se). Standard library only, integer öre.

Every internal amount is written here once and booked on both sides with the other side's motpart code
(dimension 21), so the eliminations cancel exactly:

- HFAB (100 %, calendar year 2023) rents premises to the region, buys IT services from it, has borrowed 50 mnkr
  from the region's treasury and pays interest on it, and rents premises to KVAB;
- KVAB (50 %, fiscal year 2022-07-01..2023-06-30) sells logistics services to the region every month, invoiced
  monthly and paid the month after.

The region's side (an import batch, SIE 4I) moves amounts already in the 2023 ledger onto the companies' motpart
codes: each voucher row has its opposite on the same account, ansvar and month without the motpart, so no figure of
the region changes (its statements are seed 003's).
"""
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

REGION = "RH"
DIM = 21
ACCOUNTS = {
    1110: "Mark och byggnader", 1210: "Maskiner och inventarier", 1510: "Kundfordringar", 1810: "Kortfristiga placeringar",
    1930: "Bank", 2010: "Eget kapital", 2310: "Långfristiga skulder", 2440: "Leverantörsskulder",
    3510: "Försäljning av verksamhet och tjänster", 5010: "Löner", 6410: "Lokal- och fastighetskostnader",
    6540: "IT-tjänster", 6990: "Övriga verksamhetskostnader", 7810: "Avskrivningar", 8410: "Finansiella intäkter",
    8510: "Räntekostnader",
}

# The internal amounts, öre.
RENT_REGION = 240_000_000  # HFAB → region, premises (region 6410 on 23100)
IT_SERVICES = 120_000_000  # region → HFAB (region 3510 on 19100)
IT_UNPAID = 30_000_000  # December's IT invoice, unpaid at the year end
LOAN = 5_000_000_000  # region's treasury → HFAB, 2023-01-02
INTEREST = 150_000_000  # HFAB → region
RENT_KVAB = 100_000_000  # HFAB → KVAB
LOGISTICS_MONTH = 60_000_000  # KVAB → region, each month (region 6990 on 19100)

COMPANIES = [
    ("code", "name", "organisation_number", "share", "method", "counterparty", "dimension"),
    (REGION, "Region Halland", "232100-0207", "100", "region", REGION, str(DIM)),
    ("HFAB", "Halland Exempelfastigheter AB", "559900-0001", "100", "proportional", "HFAB", ""),
    ("KVAB", "Kattegatt Exempellogistik AB", "559900-0002", "50,0", "proportional", "KVAB", ""),
    ("HTAB", "Exempelturism i Halland AB", "559900-0003", "30", "excluded", "HTAB", ""),
]
NAMES = {r[0]: r[1] for r in COMPANIES[1:]}


def kr(ore):
    sign = "-" if ore < 0 else ""
    return f"{sign}{abs(ore) // 100}.{abs(ore) % 100:02d}"


def party(code):
    return {"21": code}


def sie(name, orgnr, rar, ib, vers, program="build/koncern.py"):
    out = ["#FLAGGA 0", f'#PROGRAM "Balans exempeldata ({program})" 1.0', "#FORMAT PC8", "#GEN 20240515",
           "#SIETYP 4", f'#FNAMN "{name}"']
    if orgnr:
        out.append(f"#ORGNR {orgnr}")
    if rar:
        out.append(f"#RAR 0 {rar[0]} {rar[1]}")
    out.append('#KPTYP "Kommun-Bas 13"')
    used = sorted(set(acc for _d, _t, rows in vers for acc, _o, _v in rows) | set(ib))
    out += [f'#KONTO {acc} "{ACCOUNTS[acc]}"' for acc in used]
    if any("1" in o for _d, _t, rows in vers for _a, o, _v in rows):
        out.append('#DIM 1 "Ansvar"')
    out.append(f'#DIM {DIM} "Motpart"')
    codes = sorted(set(o["21"] for _d, _t, rows in vers for _a, o, _v in rows if "21" in o))
    out += [f'#OBJEKT {DIM} "{c}" "{NAMES[c]}"' for c in codes]
    if ib:
        assert sum(ib.values()) == 0, name
        out += [f"#IB 0 {acc} {kr(v)}" for acc, v in sorted(ib.items())]
    for i, (date, text, rows) in enumerate(vers, 1):
        assert sum(v for _a, _o, v in rows) == 0, text
        out.append(f'#VER K {i} {date} "{text}"')
        out.append("{")
        for acc, o, v in rows:
            objects = " ".join(f'{d} "{c}"' for d, c in sorted(o.items(), key=lambda x: int(x[0])))
            out.append(f"#TRANS {acc} {{{objects}}} {kr(v)}")
        out.append("}")
    return "\n".join(out) + "\n"


def hfab():
    ib = {1110: 18_000_000_000, 1930: 1_000_000_000, 2010: -12_000_000_000, 2310: -7_000_000_000}
    rh = party(REGION)
    vers = [
        ("20230102", "Lån från Region Halland", [(1930, {}, LOAN), (2310, rh, -LOAN)]),
        ("20230331", "Ombyggnad fastighet", [(1110, {}, 4_500_000_000), (1930, {}, -4_500_000_000)]),
        ("20231229", "Hyra Region Halland 2023", [(1930, {}, RENT_REGION), (3510, rh, -RENT_REGION)]),
        ("20231229", "Hyra externa hyresgäster 2023", [(1930, {}, 1_800_000_000), (3510, {}, -1_800_000_000)]),
        ("20231229", "Hyra Kattegatt Exempellogistik 2023",
         [(1930, {}, RENT_KVAB), (3510, party("KVAB"), -RENT_KVAB)]),
        ("20231229", "IT-tjänster Region Halland 2023",
         [(6540, rh, IT_SERVICES), (1930, {}, -(IT_SERVICES - IT_UNPAID)), (2440, rh, -IT_UNPAID)]),
        ("20231229", "Drift och underhåll 2023", [(6410, {}, 600_000_000), (1930, {}, -600_000_000)]),
        ("20231229", "Löner 2023", [(5010, {}, 300_000_000), (1930, {}, -300_000_000)]),
        ("20231229", "Ränta Region Halland 2023", [(8510, rh, INTEREST), (1930, {}, -INTEREST)]),
        ("20231229", "Ränta bank 2023", [(8510, {}, 210_000_000), (1930, {}, -210_000_000)]),
        ("20231231", "Avskrivningar 2023", [(7810, {}, 400_000_000), (1110, {}, -400_000_000)]),
    ]
    return sie(NAMES["HFAB"], "559900-0001", ("20230101", "20231231"), ib, vers)


def kvab_months():
    """The company's fiscal year July 2022 – June 2023 as (year, month) pairs."""
    return [(2022, m) for m in range(7, 13)] + [(2023, m) for m in range(1, 7)]


def month_end(y, m):
    days = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return f"{y}{m:02d}{days:02d}"


def kvab():
    ib = {1210: 2_000_000_000, 1930: 400_000_000, 2010: -1_400_000_000, 2310: -1_000_000_000}
    rh = party(REGION)
    vers = []
    months = kvab_months()
    for i, (y, m) in enumerate(months):
        if i > 0:  # the previous month's invoice paid
            vers.append((f"{y}{m:02d}15", "Inbetalning Region Halland",
                         [(1930, {}, LOGISTICS_MONTH), (1510, rh, -LOGISTICS_MONTH)]))
        vers.append((month_end(y, m), "Faktura logistiktjänster Region Halland",
                     [(1510, rh, LOGISTICS_MONTH), (3510, rh, -LOGISTICS_MONTH)]))
    vers += [
        ("20221230", "Försäljning externa kunder juli-december", [(1930, {}, 1_500_000_000), (3510, {}, -1_500_000_000)]),
        ("20230331", "Hyra Halland Exempelfastigheter", [(6410, party("HFAB"), RENT_KVAB), (1930, {}, -RENT_KVAB)]),
        ("20230630", "Försäljning externa kunder januari-juni", [(1930, {}, 1_500_000_000), (3510, {}, -1_500_000_000)]),
        ("20230630", "Löner", [(5010, {}, 2_500_000_000), (1930, {}, -2_500_000_000)]),
        ("20230630", "Ränta bank", [(8510, {}, 30_000_000), (1930, {}, -30_000_000)]),
        ("20230630", "Avskrivningar", [(7810, {}, 200_000_000), (1210, {}, -200_000_000)]),
    ]
    vers.sort(key=lambda v: v[0])
    return sie(NAMES["KVAB"], "559900-0002", ("20220701", "20230630"), ib, vers)


def region_batch():
    """The region's side: each internal amount moved onto the company's motpart within one account, ansvar and
    month (December 2023), so every cell of the region's ledger keeps its amount."""
    def moved(account, ansvar, code, amount):
        own = {"1": ansvar} if ansvar else {}
        return [(account, {**own, "21": code}, amount), (account, own, -amount)]
    kvab_year = LOGISTICS_MONTH * 12
    rows = (
        moved(6410, "23100", "HFAB", RENT_REGION)
        + moved(3510, "19100", "HFAB", -IT_SERVICES)
        + moved(1510, "", "HFAB", IT_UNPAID)
        + moved(1810, "", "HFAB", LOAN)
        + moved(8410, "29300", "HFAB", -INTEREST)
        + moved(6990, "19100", "KVAB", kvab_year)
        + moved(2440, "", "KVAB", -LOGISTICS_MONTH)
    )
    vers = [("20231231", "Omföring motpart koncernföretag 2023", rows)]
    return sie("Region Halland", "232100-0207", None, {}, vers)


def write(name, text, encoding="cp437"):
    with open(os.path.join(OUT, name), "w", encoding=encoding, newline="\n") as f:
        f.write(text)


def main():
    write("companies.csv", "".join(";".join(r) + "\n" for r in COMPANIES), encoding="utf-8")
    write("company-HFAB-2023.se", hfab())
    write("company-KVAB-2023.se", kvab())
    write("ledger-2023-koncern.se", region_batch())


if __name__ == "__main__":
    main()

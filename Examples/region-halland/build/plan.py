#!/usr/bin/env python3
"""Writes the example's plan versions (issue 18): taxes.csv, frames.csv, planinvestments.csv and planfinance.csv.

budget-2024: the 2024 budget (Mål och budget 2024) made as a region makes it, reproducing what seed 003 prints for
the budget column of 2024: skatteintäkter 10 496 mnkr, generella statsbidrag och utjämning 2 804 mnkr, result
-686 mnkr. The frames are the committees' regionbidrag of budget.csv (account 3990); the 2023 frames and the steps to
2024 are invented (the seeds print none), summing exactly to them. The skatteunderlag of 2022 is chosen so that
skatteunderlag x factors x 11,40 / 100 plus the settlements gives budget.csv's 10 496 150 000,00 kr to the öre.

forslag-2025: the 2025 plan made from the decided 2024 budget (frames and cost bases read by Balans from it),
with invented SKR-like assumptions, indexation by percent, priorities and savings.

Investment plans (planinvestments.csv): budget-2024's 2024 investments are Mål och budget 2024's 983 mnkr (seed 003
3.4: utrustning 460, immateriella 15, fastigheter 508 with the seven larger property projects of its table and the
other property objects in one row), per committee as seed 003's budget column gives them less the re-budgeted 2023
money; 2025-2026 and forslag-2025's years are invented at a similar level. forslag-2025 lists the decided 2024
investments too: their operating consequences begin in 2025. planfinance.csv: useful lives (utrustning and
immateriella 5 years, fastigheter 33, infrastruktur 20), the interest rate, borrowing and amortisation (invented;
seed 003 3.2's long-term debt is 653 mnkr at the end of 2023), and budget-2024's existing depreciation of 2024, the
budget's 474,95 mnkr (seed 003 3.1: 475).

Run from the repository root: python3 Examples/region-halland/build/plan.py
"""
import csv
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
D = Decimal


def kr(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def budget_2024():
    frames, rgkf = {}, {}
    with open(ROOT / "budget.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter=";"):
            if r["year"] != "2024" or r["change_date"]:
                continue
            committee = r["node"].split("-")[0]
            if r["account"] == "3990":
                frames[committee] = frames.get(committee, D(0)) + D(r["amount"])
            if committee == "RGKF":
                rgkf.setdefault(r["node"], []).append((int(r["account"]), D(r["amount"])))
    return frames, rgkf


TAX_2024 = D("10496150000.00")
UPLIFT = {2023: D("1.0590"), 2024: D("1.0420"), 2025: D("1.0350"), 2026: D("1.0380")}
RATE = D("11.40")
# Settlements booked in 2024: slutavräkning 2024 and the correction of 2023's (kr per invånare, invånare 1 nov).
SETTLE_2024 = [("slutavräkning", D("-150"), 340000), ("korrigering", D("60"), 338000)]
GRANTS_2024 = [
    ("Statsbidrag för läkemedelsförmånerna", D("1500000000")), ("Inkomstutjämning", D("1180250000")),
    ("Kostnadsutjämning", D("-96400000")), ("Regleringspost", D("220500000")),
]
# Order of the steps (2023 frame -> 2024 frame) per committee: shares of the change.
NAMES = {"RGKF-FIN": "Finansiella poster", "RGKF-PENS": "Pensioner", "RGKF-OVR": "Övrigt regiongemensamt"}


def write(path, header, rows):
    def text(x):
        return f"{x:.2f}" if isinstance(x, Decimal) and x == x.quantize(D("0.01")) and abs(x) >= 1000 else str(x)

    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        w.writerows([[text(x) for x in r] for r in rows])


def main():
    frames, rgkf = budget_2024()
    settlements = sum(kr(v * n) for _, v, n in SETTLE_2024)
    preliminary = TAX_2024 - settlements
    k = UPLIFT[2023] * UPLIFT[2024] * RATE / 100
    base = kr(preliminary / k)
    assert kr(base * UPLIFT[2023] * UPLIFT[2024] * RATE / 100) + settlements == TAX_2024
    assert sum(v for _, v in GRANTS_2024) == D("2804350000")
    tax = [["version", "year", "item", "name", "value", "population", "reference"]]
    v = "budget-2024"
    tax.append([v, 2022, "skatteunderlag", "", base, "", "SKR cirkulär 23:30, utfall 2022"])
    for y in (2023, 2024, 2025, 2026):
        tax.append([v, y, "uppräkning", "", UPLIFT[y], "", "SKR cirkulär 23:30"])
    for y in (2024, 2025, 2026):
        tax.append([v, y, "skattesats", "", RATE, "", "RF §55 2023"])
    for item, value, n in SETTLE_2024:
        tax.append([v, 2024, item, "", value, n, "SKR cirkulär 23:30"])
    for y, grow in ((2024, D(1)), (2025, D("1.02")), (2026, D("1.04"))):
        for name, amount in GRANTS_2024:
            tax.append([v, y, "statsbidrag", name, kr(amount * grow), "", "SKR, modellen Skatter & bidrag"])
    # forslag-2025: base 2023 (the 2023 outcome's skatteunderlag, a little above the earlier forecast).
    v = "forslag-2025"
    base23 = kr(base * UPLIFT[2023] * D("1.004"))
    tax.append([v, 2023, "skatteunderlag", "", base23, "", "SKR cirkulär 24:31, utfall 2023"])
    for y, f in ((2024, "1.0380"), (2025, "1.0360"), (2026, "1.0390"), (2027, "1.0400")):
        tax.append([v, y, "uppräkning", "", f, "", "SKR cirkulär 24:31"])
    for y in (2025, 2026, 2027):
        tax.append([v, y, "skattesats", "", RATE, "", "RF §60 2024"])
    tax.append([v, 2025, "slutavräkning", "", "-80", 345200, "SKR cirkulär 24:31"])
    tax.append([v, 2025, "korrigering", "", "-95", 343100, "SKR cirkulär 24:31"])
    for y, grow in ((2025, D("1.03")), (2026, D("1.05")), (2027, D("1.07"))):
        for name, amount in GRANTS_2024:
            tax.append([v, y, "statsbidrag", name, kr(amount * grow), "", "SKR, modellen Skatter & bidrag"])
    write(ROOT / "taxes.csv", tax[0], tax[1:])

    fr = [["version", "year", "node", "kind", "label", "amount", "percent", "reference"]]
    v = "budget-2024"
    for c in sorted(frames, key=lambda c: list(frames).index(c)):
        total = frames[c]
        # 2023's frame and the steps to 2024: wages 3,1 %, prices 1,9 % of the 2023 frame, a saving of 1 %, the
        # rest a volume change (all invented; exact to the öre).
        base23 = (total / D("1.045")).quantize(D("1E5"), rounding=ROUND_HALF_UP)
        wage = (base23 * D("0.031")).quantize(D("1E3"), rounding=ROUND_HALF_UP)
        price = (base23 * D("0.019")).quantize(D("1E3"), rounding=ROUND_HALF_UP)
        saving = -(base23 * D("0.01")).quantize(D("1E3"), rounding=ROUND_HALF_UP)
        volume = total - base23 - wage - price - saving
        fr.append([v, 2024, c, "ram", "Ram 2023", base23, "", "RF §52 2022"])
        fr.append([v, 2024, c, "löneindex", "Löneökning", wage, "", "RF §55 2023"])
        fr.append([v, 2024, c, "prisindex", "Prisökning", price, "", "RF §55 2023"])
        fr.append([v, 2024, c, "volym", "Volymförändring", volume, "", "RF §55 2023"])
        fr.append([v, 2024, c, "effektivisering", "Effektivisering 1 %", saving, "", "RF §55 2023"])
        for y in (2025, 2026):
            fr.append([v, y, c, "löneindex", "Löneökning", (total * D("0.03")).quantize(D("1E3")), "", "RF §55 2023"])
            fr.append([v, y, c, "prisindex", "Prisökning", (total * D("0.02")).quantize(D("1E3")), "", "RF §55 2023"])
    for node in ("RGKF-FIN", "RGKF-PENS", "RGKF-OVR"):
        amount = sum(a for acct, a in rgkf[node] if acct not in (8010, 8210, 8310) and acct != 4990)
        fr.append([v, 2024, node, "gemensamt", NAMES[node], amount, "", "RF §55 2023"])
    # The 2025 plan: indexation by percent of the 2024 budget's costs, priorities and savings.
    v = "forslag-2025"
    for c in frames:
        for y, wage, price in ((2025, "3.0", "2.0"), (2026, "2.8", "1.8"), (2027, "2.8", "1.8")):
            fr.append([v, y, c, "löneindex", "Löneökning", "", wage, "RS §120 2024"])
            fr.append([v, y, c, "prisindex", "Prisökning", "", price, "RS §120 2024"])
    fr.append([v, 2025, "HS", "satsning", "Utökad akutvård Varberg", "45000000.00", "", "RS §120 2024"])
    fr.append([v, 2025, "NSV", "satsning", "Ny vårdcentral Kungsbacka", "22000000.00", "", "RS §120 2024"])
    fr.append([v, 2025, "HS", "effektivisering", "Effektivisering 1 %", "-48000000.00", "", "RS §120 2024"])
    fr.append([v, 2025, "KT", "volym", "Ny busslinje Halmstad–Falkenberg", "12500000.00", "", "RS §120 2024"])
    fr.append([v, 2026, "PSY", "satsning", "Barn- och ungdomspsykiatri", "15000000.00", "", "RS §120 2024"])
    fr.append([v, 2025, "RGKF-PENS", "gemensamt", "Pensioner", "-1480000000.00", "", "RS §120 2024"])
    fr.append([v, 2025, "RGKF-FIN", "gemensamt", "Finansiella poster", "-22000000.00", "", "RS §120 2024"])
    fr.append([v, 2025, "RGKF-OVR", "gemensamt", "Övrigt regiongemensamt", "120000000.00", "", "RS §120 2024"])
    write(ROOT / "frames.csv", fr[0], fr[1:])
    inv, fin = investments()
    write(ROOT / "planinvestments.csv", inv[0], inv[1:])
    write(ROOT / "planfinance.csv", fin[0], fin[1:])
    print(f"taxes.csv: {len(tax) - 1} rows, skatteunderlag 2022 {base}; frames.csv: {len(fr) - 1} rows; "
          f"planinvestments.csv: {len(inv) - 1} rows; planfinance.csv: {len(fin) - 1} rows")


M = D(1000000)
EQUIPMENT = {"HS": "Medicinteknisk utrustning", "ADH": "Medicinteknisk utrustning", "NSV": "Inventarier vårdcentraler",
             "PSY": "Inventarier", "RSV": "Fordon och inventarier", "KOS": "Inventarier",
             "KT": "Biljettsystem och hållplatser", "RK": "IT-utrustning"}
INTANGIBLE = {"RK": "Verksamhetssystem", "KT": "Trafikplaneringssystem"}
# Mål och budget 2024 (seed 003 3.4): mnkr per committee, and the property projects of FF.
EQ_2024 = {"HS": 150, "ADH": 108, "NSV": 22, "PSY": 5, "RSV": 17, "KOS": 4, "KT": 42, "RK": 112}
IN_2024 = {"RK": 10, "KT": 5}
PROP_2024 = {"Ventilationssystem och VSKB-system, HS Varberg": 45, "Ombyggnad för nytt PCI-lab, HS Halmstad": 20,
             "Habiliteringen, Halmstad Berghem": 8, "Renovering elevbostäder, Munkagård": 20,
             "Dietistmottagning, HS Halmstad": 34, "P-hus och bussvändslinga, HS Halmstad": 14,
             "Anpassning Akuten, HS Halmstad": 2, "Övriga fastighetsobjekt": 365}
PLAN = {
    ("budget-2024", 2025): ({"HS": 160, "ADH": 110, "NSV": 24, "PSY": 6, "RSV": 18, "KOS": 4, "KT": 45, "RK": 115},
                            {"RK": 12, "KT": 4},
                            {"Anpassning Akuten, HS Halmstad": 7, "Ny vårdbyggnad, HS Varberg": 150,
                             "Övriga fastighetsobjekt": 380}),
    ("budget-2024", 2026): ({"HS": 165, "ADH": 112, "NSV": 25, "PSY": 6, "RSV": 18, "KOS": 5, "KT": 46, "RK": 118},
                            {"RK": 12, "KT": 4},
                            {"Ny vårdbyggnad, HS Varberg": 250, "Övriga fastighetsobjekt": 390}),
    ("forslag-2025", 2025): ({"HS": 170, "ADH": 112, "NSV": 26, "PSY": 6, "RSV": 18, "KOS": 4, "KT": 48, "RK": 118},
                             {"RK": 14, "KT": 4},
                             {"Anpassning Akuten, HS Halmstad": 7, "Ny vårdbyggnad, HS Varberg": 120,
                              "Övriga fastighetsobjekt": 390}),
    ("forslag-2025", 2026): ({"HS": 172, "ADH": 115, "NSV": 26, "PSY": 6, "RSV": 19, "KOS": 5, "KT": 48, "RK": 120},
                             {"RK": 12, "KT": 4},
                             {"Ny vårdbyggnad, HS Varberg": 260, "Övriga fastighetsobjekt": 400}),
    ("forslag-2025", 2027): ({"HS": 175, "ADH": 118, "NSV": 27, "PSY": 6, "RSV": 19, "KOS": 5, "KT": 50, "RK": 122},
                             {"RK": 12, "KT": 4},
                             {"Ny vårdbyggnad, HS Varberg": 300, "Övriga fastighetsobjekt": 410}),
}


def investments():
    inv = [["version", "year", "node", "project", "category", "amount", "reference"]]

    def add(version, year, eq, intangible, prop, ref):
        for node, amount in eq.items():
            inv.append([version, year, node, EQUIPMENT[node], "equipment", kr(amount * M), ref])
        for node, amount in intangible.items():
            inv.append([version, year, node, INTANGIBLE[node], "intangible", kr(amount * M), ref])
        for project, amount in prop.items():
            inv.append([version, year, "FF", project, "property", kr(amount * M), ref])

    add("budget-2024", 2024, EQ_2024, IN_2024, PROP_2024, "RF §55 2023")
    assert sum(D(r[5]) for r in inv[1:]) == 983 * M
    for y in (2025, 2026):
        add("budget-2024", y, *PLAN[("budget-2024", y)], "RF §55 2023")
    # The decided 2024 investments, whose consequences begin in 2025, then the proposal's years.
    add("forslag-2025", 2024, EQ_2024, IN_2024, PROP_2024, "RF §55 2023")
    for y in (2025, 2026, 2027):
        add("forslag-2025", y, *PLAN[("forslag-2025", y)], "RS §120 2024")
    fin = [["version", "year", "item", "category", "value", "reference"]]
    for v, ref, years, rates, borrowing in (
        ("budget-2024", "RF §55 2023", (2024, 2025, 2026), ("2.5", "2.5", "2.5"), (0, 300, 400)),
        ("forslag-2025", "RS §120 2024", (2025, 2026, 2027), ("2.75", "2.5", "2.5"), (400, 500, 500)),
    ):
        for category, life in (("equipment", 5), ("intangible", 5), ("property", 33), ("infrastructure", 20)):
            fin.append([v, "", "avskrivningstid", category, life, "Redovisningsprinciper, RKR R3"])
        for y, rate, loan in zip(years, rates, borrowing):
            fin.append([v, y, "ränta", "", rate, "SKR:s internränta"])
            if loan:
                fin.append([v, y, "upplåning", "", kr(loan * M), ref])
            fin.append([v, y, "amortering", "", kr(13 * M), ref])
    fin.append(["budget-2024", 2024, "avskrivningar", "", D("474950000.00"), "Budget 2024 (seed 003 3.1)"])
    return inv, fin


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes staff.csv: Region Halland's staff measures (seed 003, 2.5.1 and 2.7) as monthly data
from which Balans computes the printed figures. Run from Examples/region-halland:
python3 build/staff.py. The choices are explained in the README ("Staff")."""

def spread(total, n):
    """`total` in n whole parts that differ by at most one (earliest months get the rest)."""
    q, r = divmod(total, n)
    return [q + (1 if i < r else 0) for i in range(n)]

months_a = [(2022, m) for m in range(5, 13)] + [(2023, m) for m in range(1, 5)]   # R12 to 2023-04
months_b = [(2023, m) for m in range(5, 13)] + [(2024, m) for m in range(1, 5)]   # R12 to 2024-04
rows = []
def add(y, m, measure, value, node="RH"):
    rows.append((f"{y}-{m:02d}" if m else f"{y}", node, measure, value))

# From 2023, when the committees exist in org.csv, personnel costs and hired-staff costs are
# booked on the committees, so that the decision proposal can name those above the 2 % target
# (seed 003 §71: Hallands sjukhus, Ambulans diagnostik och hälsa, Psykiatri and Närsjukvård).
# The seed gives the region's totals only: these shares are the example's choice, in percent.
PERSONNEL_SHARE = {"HS": 40, "ADH": 12, "NSV": 14, "PSY": 10, "RSV": 8, "KOS": 4, "KT": 2, "RK": 8, "FF": 2}
HIRED_SHARE = {"HS": 50, "ADH": 15, "NSV": 13, "PSY": 20, "RSV": 1, "RK": 1}

def add_split(y, m, measure, value, shares):
    """`value` on the committees by `shares` (whole kronor; the last takes the rest); before
    2023 on the region."""
    if y < 2023:
        add(y, m, measure, value)
        return
    nodes = list(shares)
    parts = [value * shares[n] // 100 for n in nodes[:-1]]
    parts.append(value - sum(parts))
    for n, v in zip(nodes, parts):
        add(y, m, measure, v, n)

for months, headcount, leavers, personnel in [
    (months_a, 8800, (708, 451, 152), 4_687_000_000),
    (months_b, 9095, (600, 373, 164), 5_025_000_000),
]:
    ext, internal, retired = (spread(x, 12) for x in leavers)
    cost = spread(personnel, 12)
    for i, (y, m) in enumerate(months):
        add(y, m, "headcount_permanent", headcount)
        add(y, m, "leavers_external", ext[i])
        add(y, m, "leavers_internal", internal[i])
        add(y, m, "leavers_retirement", retired[i])
        if y != 2023:  # 2023 by gender and age band, below
            add(y, m, "scheduled_hours", 1_200_000)
        add_split(y, m, "personnel_cost", cost[i], PERSONNEL_SHARE)

# Sick hours only up to April 2023 and through 2023: the 2024 figures could not be computed (seed
# 003 2.7.2).
for y, m in months_a:
    if y != 2023:
        add(y, m, "sick_hours", 74_400)

# 2023 by gender and the age bands the annual report must show (LKBR 11 kap.): the seed's 1 200 000
# scheduled and 74 400 sick hours a month (6,2 %) split as the example's choice — women 6,8 %, men
# 4,8 %; 29 or younger 5,3 %, 30–49 5,9 %, 50 or older 7,0 %; 60 days or more 40,7 % of the sick
# hours. (gender, band): (scheduled, sick, of which 60 days or more) per month.
BANDED_2023 = {
    ("kvinnor", "-29"): (120_000, 7_200, 1_800), ("kvinnor", "30-49"): (420_000, 27_300, 11_000),
    ("kvinnor", "50-"): (300_000, 22_500, 11_500), ("män", "-29"): (60_000, 2_400, 400),
    ("män", "30-49"): (180_000, 8_100, 2_600), ("män", "50-"): (120_000, 6_900, 3_000),
}
banded = []
for m in range(1, 13):
    for (gender, band), (hours, sick, long) in BANDED_2023.items():
        banded.append((f"2023-{m:02d}", "RH", "scheduled_hours", hours, gender, band))
        banded.append((f"2023-{m:02d}", "RH", "sick_hours", sick, gender, band))
        banded.append((f"2023-{m:02d}", "RH", "sick_hours_long", long, gender, band))

# Hired doctors and nurses (kronor). January–April: 2023 35,4 + 37,6 = 73 mnkr, 2024 20,5 +
# 33,5 = 54 mnkr (−19, −26 %; doctors −42 %, nurses −11 %). May–December so that R12 is
# 239 032 tkr at 2023-04 and 246 251 tkr at 2024-04.
def hired(y_months, doctors, nurses):
    for (y, m), d, n in zip(y_months, spread(doctors, len(y_months)), spread(nurses, len(y_months))):
        add_split(y, m, "hired_doctors_cost", d, HIRED_SHARE)
        add_split(y, m, "hired_nurses_cost", n, HIRED_SHARE)
hired([(2022, m) for m in range(5, 13)], 83_016_000, 83_016_000)     # 166 032 tkr
hired([(2023, m) for m in range(1, 5)], 35_400_000, 37_600_000)      # 73 000 tkr
hired([(2023, m) for m in range(5, 13)], 96_125_500, 96_125_500)     # 192 251 tkr
hired([(2024, m) for m in range(1, 5)], 20_500_000, 33_500_000)      # 54 000 tkr

add(2024, None, "target_turnover", "11.0")
add(2024, None, "target_sick_leave", "5.2")
add(2024, None, "target_hired_share", "2.0")

# Regionkontoret 2018–2019 (seed 002 4.1.4): sick leave 2019 short 0,92 + medium 0,42 + long
# 0,88 = 2,22 % of scheduled hours; overtime/mertid ("arbetsbelastning") 0,12 % in 2018 and
# 0,11 % in 2019. 100 000 scheduled hours a month — the example's choice.
for y, overtime in [(2018, 120), (2019, 110)]:
    for m in range(1, 13):
        rows.append((f"{y}-{m:02d}", "RK", "scheduled_hours", 100_000))
        rows.append((f"{y}-{m:02d}", "RK", "overtime_hours", overtime))
for m in range(1, 13):
    rows.append((f"2019-{m:02d}", "RK", "sick_hours_short", 920))
    rows.append((f"2019-{m:02d}", "RK", "sick_hours_medium", 420))
    rows.append((f"2019-{m:02d}", "RK", "sick_hours_long", 880))

# Regionstyrelsens ansvarsområde by gender and age band, R12 to July 2016 and July 2017 (seed
# 001 1.3): sick leave 3,1 % and 2,8 %; women −0,8 and men +0,9 percentage points (women 3,8 →
# 3,0 %, men 1,6 → 2,5 % of scheduled hours; women's share of the hours 68,18 % and 60 %); "those
# between 20 and 49 have a rising sick leave, those over 50 a falling one" — the seed gives no
# figures for the age bands, so these are made up in that direction: 20–49 2,0 → 2,67 %,
# 50 and older 4,75 → 3,0 %. Each gender's hours and sick hours split into the two bands.
# (months, {(gender, band): (scheduled hours, sick hours)} per month)
gendered = []
for months, cells in [
    ([(2015, m) for m in range(8, 13)] + [(2016, m) for m in range(1, 8)],
     {("kvinnor", "20-49"): (40_000, 1_000), ("kvinnor", "50-"): (28_180, 1_590.84),
      ("män", "20-49"): (20_000, 200), ("män", "50-"): (11_820, 309.12)}),
    ([(2016, m) for m in range(8, 13)] + [(2017, m) for m in range(1, 8)],
     {("kvinnor", "20-49"): (36_000, 1_000), ("kvinnor", "50-"): (24_000, 800),
      ("män", "20-49"): (24_000, 600), ("män", "50-"): (16_000, 400)}),
]:
    for y, m in months:
        for (gender, band), (hours, sick) in cells.items():
            gendered.append((f"{y}-{m:02d}", "RS17", "scheduled_hours", hours, gender, band))
            gendered.append((f"{y}-{m:02d}", "RS17", "sick_hours", sick, gender, band))

with open("staff.csv", "w", encoding="utf-8", newline="\n") as f:
    f.write("period;node;measure;value;gender;age\n")
    for r in rows:
        f.write(";".join(str(x) for x in r) + ";;\n")
    for r in gendered + banded:
        f.write(";".join(str(x) for x in r) + "\n")
print(f"staff.csv: {len(rows) + len(gendered) + len(banded)} rows")

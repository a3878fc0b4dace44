#!/usr/bin/env python3
"""Writes activities.csv: Regionstyrelsens ansvarsområde (RS17) 2017 — the goal-fulfilment
counts of seed 000 (after February and March) and the activities of seed 001 (chapter 2, after
July) that do not or only partly follow plan. Run from Examples/region-halland. The seeds give
counts, not the commitments' names; the names here are placeholders (see the README)."""
rows = []
def add(period, commitment, activity="", status="", end="", unit="", assessment="", comment=""):
    rows.append((period, "RS17", commitment, activity, status, end, unit, assessment, comment))

N = 40
# March (seed 000 1.2): 24 delvis, 2 inte, 6 neither assessed nor commented, 8 uppfylls.
for i in range(1, N + 1):
    name = f"Regionkontorets åtagande {i}"
    if i <= 24: add("2017-03", name, assessment="delvis", comment="Arbetet pågår men blir inte klart under året.")
    elif i <= 26: add("2017-03", name, assessment="uppfylls inte", comment="Resurser saknas.")
    elif i <= 32: add("2017-03", name)
    else: add("2017-03", name, assessment="uppfylls", comment="Enligt plan.")
# February: 12 delvis, none inte.
for i in range(1, N + 1):
    name = f"Regionkontorets åtagande {i}"
    add("2017-02", name, assessment="delvis" if i <= 12 else "uppfylls", comment="Bedömning februari.")
# July (seed 001 chapter 2): the listed activities; the status icons are lost in the seed's text,
# so "RUM i Halland" (inactive) is "följer inte" and the others "delvis" — the example's choice.
samplanering = "Öka samplaneringen inom regional utveckling, såsom kollektivtrafik, infrastruktur, bostadsbyggande och övrig samhällsplanering med kommun, näringsliv, kultur och andra aktörer för utveckling av Halland"
add("2017-07", samplanering, assessment="delvis")
add("2017-07", samplanering, "Rum i Halland-process för samplanering", "delvis", "2017-12-31")
add("2017-07", samplanering, "Seminarier om samhällsplanering", "delvis", "2017-12-31")
add("2017-07", samplanering, "Timbanksforumet", "delvis", "2017-12-31", "Näringsliv", comment="Vi arbetar sparsamt med detta forum på grund av låg bemanning.")
forum = "Anordnande och deltagande i större strategiska forum"
add("2017-07", forum, assessment="delvis")
add("2017-07", forum, "RUM i Halland", "följer inte", "2017-12-31", "Näringsliv", comment="Inte aktivt för närvarande.")
samverkan = "Driva samverkan inklusive nivåstrukturering inom hälso- och sjukvården i sjukvårdsregionerna"
add("2017-07", samverkan, assessment="delvis")
add("2017-07", samverkan, "Samverkan nivåstrukturering med Södra sjukvårdsnämnden och Västra samverkansnämnden", "delvis", "2017-12-31")
etablering = "Samverka med kommunerna för att utreda förutsättningarna för en gemensam etableringsfrämjande verksamhet i Halland"
add("2017-07", etablering, assessment="delvis")
add("2017-07", etablering, "Process för att ta fram en regional etableringsverksamhet", "delvis", "2017-12-31", "Näringsliv", comment="Processen är i det skedet att vi har startat upp en bra diskussion.")
add("2017-07", etablering, "Aktivitet enligt plan", "följer", "2017-12-31", "Näringsliv")

with open("activities.csv", "w", encoding="utf-8", newline="\n") as f:
    f.write("period;node;commitment;activity;status;end_date;unit;assessment;comment\n")
    for r in rows: f.write(";".join(r) + "\n")
print(f"activities.csv: {len(rows)} rows")

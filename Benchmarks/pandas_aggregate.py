#!/usr/bin/env python3
"""The same parse + aggregation as `balans bench-parse`, done the straightforward pandas way:
read the rows (CSV written by `balans generate --csv`), sum the amounts per account, ansvar and
month, and print the cell count and the sum of the cells' absolute values in öre (so the
three tools can be checked against each other)."""
import sys, time

import pandas as pd

start = time.perf_counter()
df = pd.read_csv(sys.argv[1], dtype={"voucher": str, "date": str, "account": "int64", "ansvar": str, "verksamhet": str, "amount": str}, keep_default_na=False)
# Exact öre: amounts are read as text, never as binary floating point.
parts = df["amount"].str.replace(".", "", regex=False)
df["ore"] = parts.astype("int64")
df["month"] = df["date"].str.slice(5, 7).astype("int64")
cells = df.groupby(["account", "ansvar", "month"], sort=False)["ore"].sum()
elapsed = time.perf_counter() - start
print(f"rows {len(df)} cells {len(cells)} sum_abs_cells_ore {int(cells.abs().sum())} seconds {elapsed:.3f}")

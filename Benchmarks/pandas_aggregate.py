#!/usr/bin/env python3
"""The same parse + aggregation as `balans bench-parse`, done the straightforward pandas way:
read the rows (CSV written by `balans generate --csv`, either shape), sum the amounts per account,
ansvar and month, and print the cell count and the sum of the cells' absolute values in öre (so the
tools can be checked against each other)."""
import sys, time

import pandas as pd

start = time.perf_counter()
# Every column as text (the windows shape has a projekt column more); exact öre, never binary floating point.
df = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
df["ore"] = df["amount"].str.replace(".", "", regex=False).astype("int64")
df["account"] = df["account"].astype("int64")
df["month"] = df["date"].str.slice(5, 7).astype("int64")
cells = df.groupby(["account", "ansvar", "month"], sort=False)["ore"].sum()
elapsed = time.perf_counter() - start
print(f"rows {len(df)} cells {len(cells)} sum_abs_cells_ore {int(cells.abs().sum())} seconds {elapsed:.3f}")

#!/usr/bin/env python3
"""The same parse + aggregation in DuckDB over the CSV (two threads, as Balans; its own CSV reader):
cell count and the sum of the cells' absolute values in öre, as `balans bench-parse` prints."""
import sys, time

import duckdb

start = time.perf_counter()
con = duckdb.connect()
con.execute("SET threads = 2")
rows, cells, total = con.execute(
    """
    WITH r AS (
        SELECT account, ansvar, CAST(substr(date, 6, 2) AS INTEGER) AS month,
               CAST(replace(amount, '.', '') AS BIGINT) AS ore
        FROM read_csv(?, header = true, all_varchar = true)
    ), c AS (SELECT account, ansvar, month, count(*) AS n, sum(ore) AS s FROM r GROUP BY ALL)
    SELECT sum(n), count(*), sum(abs(s)) FROM c
    """,
    [sys.argv[1]],
).fetchone()
elapsed = time.perf_counter() - start
print(f"rows {rows} cells {cells} sum_abs_cells_ore {int(total)} seconds {elapsed:.3f}")

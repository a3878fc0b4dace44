#!/usr/bin/env python3
"""What an import into a database is measured against (issue 19, goal 2): DuckDB loads the CSV into a typed
table of a new database file (two threads), aggregates it per account, ansvar and month, and closes the file.
Prints what `balans bench-parse` prints, so the results can be checked against each other.

    duckdb_load.py LEDGER.csv DATABASE.duckdb"""
import os, sys, time

import duckdb

csv, path = sys.argv[1], sys.argv[2]
for leftover in (path, path + ".wal"):
    if os.path.exists(leftover):
        os.remove(leftover)
start = time.perf_counter()
con = duckdb.connect(path)
con.execute("SET threads = 2")
# The columns typed as a store would keep them: exact amounts (DECIMAL), dates as dates; the windows shape's
# projekt column comes along as text when it is there.
con.execute(
    """
    CREATE TABLE ledger AS SELECT * FROM read_csv(?, header = true, auto_detect = true,
        types = {'voucher': 'VARCHAR', 'date': 'DATE', 'account': 'INTEGER', 'ansvar': 'VARCHAR',
                 'verksamhet': 'VARCHAR', 'amount': 'DECIMAL(18,2)'})
    """,
    [csv],
)
rows, cells, total = con.execute(
    """
    WITH c AS (
        SELECT account, ansvar, month(date) AS month, count(*) AS n, sum(amount) AS s FROM ledger GROUP BY ALL
    )
    SELECT sum(n), count(*), CAST(sum(abs(s)) * 100 AS BIGINT) FROM c
    """
).fetchone()
con.close()
elapsed = time.perf_counter() - start
print(f"rows {rows} cells {cells} sum_abs_cells_ore {int(total)} seconds {elapsed:.3f}")

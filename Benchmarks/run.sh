#!/usr/bin/env bash
# Runs every benchmark side by side on the same generated data and prints one Markdown table.
#
#   Benchmarks/run.sh [ROWS...]        default: 1000000 10000000
#
# Needs: the Swift toolchain, python3 with pandas and duckdb (installed with pip if missing),
# GNU time (/usr/bin/time, Debian package `time`). Data goes to $BENCH_DIR (default
# /tmp/balans-bench), never into the repository. The table is also written to
# Benchmarks/results-YYYY-MM-DD.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=("${@:-1000000 10000000}")
read -r -a ROWS <<< "${ROWS[*]}"
WORK=${BENCH_DIR:-/tmp/balans-bench}
mkdir -p "$WORK"

[ -x /usr/bin/time ] || { echo "installing GNU time" >&2; apt-get install -y -qq time >/dev/null; }
python3 -c "import pandas, duckdb" 2>/dev/null || { echo "installing pandas and duckdb" >&2; pip install -q pandas duckdb; }

swift build -c release --product balans >&2
BALANS=.build/release/balans

# run LABEL COMMAND...: wall seconds and peak RSS (MiB) from GNU time; the command's own
# output (one line) is kept in $OUT.
run() {
  local log="$WORK/time.log"
  OUT=$(/usr/bin/time -f "%e %M" -o "$log" "$@" 2>/dev/null | tail -1)
  read -r WALL RSS_KB < "$log"
  RSS=$((RSS_KB / 1024))
}

field() { sed -n "s/.*$1 \([0-9.]*\).*/\1/p" <<< "$2"; }

TABLE="| what | rows | wall s | rows/s | peak RSS MiB | note |
|---|---:|---:|---:|---:|---|"
for N in "${ROWS[@]}"; do
  SIE="$WORK/ledger-$N.se"; CSV="$WORK/ledger-$N.csv"; ORG="$WORK/org.csv"; DB="$WORK/bench-$N.sqlite"
  [ -f "$SIE" ] && [ -f "$CSV" ] || "$BALANS" generate --rows "$N" --out "$SIE" --csv "$CSV" --org "$ORG" --seed 1 >&2
  SIZE=$(( $(stat -c %s "$SIE") / 1048576 ))

  rm -f "$DB" "$DB-journal"
  "$BALANS" init --db "$DB" 2>/dev/null
  run "$BALANS" import sie "$SIE" --db "$DB"
  TABLE+="
| Balans import (SIE → SQLite) | $N | $WALL | $(python3 -c "print(f'{$N/$WALL:,.0f}')") | $RSS | SIE file $SIZE MiB |"
  "$BALANS" import org "$ORG" --db "$DB" 2>/dev/null

  run "$BALANS" bench-parse "$SIE"; B=$OUT; BW=$WALL
  TABLE+="
| Balans parse + aggregate (SIE) | $N | $WALL | $(python3 -c "print(f'{$N/$WALL:,.0f}')") | $RSS | $(field cells "$B") cells |"
  run python3 Benchmarks/pandas_aggregate.py "$CSV"; P=$OUT; PW=$WALL
  TABLE+="
| pandas read_csv + groupby (CSV) | $N | $WALL | $(python3 -c "print(f'{$N/$WALL:,.0f}')") | $RSS | $(field cells "$P") cells |"
  run python3 Benchmarks/duckdb_aggregate.py "$CSV"; D=$OUT; DW=$WALL
  TABLE+="
| DuckDB read_csv + GROUP BY (CSV) | $N | $WALL | $(python3 -c "print(f'{$N/$WALL:,.0f}')") | $RSS | $(field cells "$D") cells |"

  # The three must agree on the aggregate, or the comparison means nothing.
  for X in "$P" "$D"; do
    if [ "$(field cells "$B") $(field sum_abs_cells_ore "$B")" != "$(field cells "$X") $(field sum_abs_cells_ore "$X")" ]; then
      echo "MISMATCH: balans '$B' vs '$X'" >&2; exit 1
    fi
  done
  RATIO_P=$(python3 -c "print(f'{$BW/$PW:.2f}')"); RATIO_D=$(python3 -c "print(f'{$BW/$DW:.2f}')")

  run "$BALANS" bench-report --db "$DB" --period "2024-12" --runs 20
  TABLE+="
| Balans driftredovisning from the store | $N | $(field median_ms "$OUT") ms median | | $RSS | p95 $(field p95_ms "$OUT") ms, $(field rows "$OUT") rows |
| ratio Balans / pandas, Balans / DuckDB (parse + aggregate) | $N | $RATIO_P, $RATIO_D | | | aggregates identical |"
done

HEADER="Balans benchmarks, $(date -u +%Y-%m-%d), $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(swift --version 2>/dev/null | head -1)"
OUTFILE="Benchmarks/results-$(date -u +%Y-%m-%d).md"
printf '%s\n\n%s\n' "$HEADER" "$TABLE" | tee "$OUTFILE"

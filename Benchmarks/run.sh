#!/usr/bin/env bash
# Runs every benchmark side by side on the same generated data and prints one Markdown table.
#
#   Benchmarks/run.sh [ROWS...]        default: 1000000 10000000
#
# Needs: the Swift toolchain, PostgreSQL (Debian's packages; installed if missing, or
# BENCH_POSTGRES_URL, or BENCH_POSTGRES=0 to leave it out), python3 with pandas and duckdb (installed with pip if missing, in
# a virtual environment under $BENCH_DIR if the system Python refuses), GNU time (/usr/bin/time,
# Debian package `time`). Data goes to $BENCH_DIR (default /tmp/balans-bench), never into the
# repository; it is generated anew on every run, so it always comes from the generator being
# measured. The table is also written to Benchmarks/results-YYYY-MM-DD.md (or $BENCH_RESULTS).
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=("${@:-1000000 10000000}")
read -r -a ROWS <<< "${ROWS[*]}"
WORK=${BENCH_DIR:-/tmp/balans-bench}
YEAR=2024
mkdir -p "$WORK"

if [ ! -x /usr/bin/time ]; then
  echo "installing GNU time" >&2
  apt-get install -y -qq time >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
fi
PYTHON=python3
if ! "$PYTHON" -c "import pandas, duckdb" 2>/dev/null; then
  echo "installing pandas and duckdb" >&2
  if ! "$PYTHON" -m pip install -q pandas duckdb 2>/dev/null; then
    # A Debian system Python refuses pip (PEP 668): use a virtual environment of our own.
    "$PYTHON" -m venv "$WORK/venv" && "$WORK/venv/bin/pip" install -q pandas duckdb
    PYTHON="$WORK/venv/bin/python"
  fi
fi

swift build -c release --product balans >&2
BALANS=.build/release/balans
has() { [[ $("$BALANS" "$1" --help 2>&1) == *"USAGE: balans $1"* ]]; }

# run COMMAND...: wall seconds and peak RSS (MiB) from GNU time; the command's output is kept
# in $ALL and its last line in $OUT. A failing command stops the script and shows its error
# output.
run() {
  local log="$WORK/time.log" err="$WORK/stderr.log"
  if ! ALL=$(/usr/bin/time -f "%e %M" -o "$log" "$@" 2>"$err"); then
    echo "FAILED: $*" >&2; cat "$err" >&2; exit 1
  fi
  OUT=$(tail -1 <<< "$ALL")
  read -r WALL RSS_KB < <(tail -1 "$log")
  RSS=$((RSS_KB / 1024))
}
field() { sed -n "s/.*$1 \([0-9.]*\).*/\1/p" <<< "$2"; }
rate() { python3 -c "print(f'{$1/$2:,.0f}')"; }
mib() { echo $(( $(stat -c %s "$1") / 1048576 )); }

# report_rows DB NAME: the driftredovisning and the region report from the store, 20 runs.
report_rows() {
  run "$BALANS" bench-report --db "$1" --period "$YEAR-12" --runs 20
  local d r
  d=$(grep '^driftredovisning' <<< "$ALL"); r=$(grep '^report ur1' <<< "$ALL")
  TABLE+="
| Balans driftredovisning from the store ($2) | $N | $(field median_ms "$d") ms median | | $RSS | p95 $(field p95_ms "$d") ms, $(field rows "$d") rows |
| Balans region report ur1, HTML ($2) | $N | $(field median_ms "$r") ms median | | | p95 $(field p95_ms "$r") ms |"
}

# PostgreSQL beside SQLite (issue 8): the server of BENCH_POSTGRES_URL (a URL with the right
# to create databases), or a throwaway cluster started here (.ci/postgres.sh) when PostgreSQL
# can be installed. BENCH_POSTGRES=0 leaves it out.
PG_URL=${BENCH_POSTGRES_URL:-}
if [ -z "$PG_URL" ] && [ "${BENCH_POSTGRES:-1}" != 0 ]; then
  . .ci/postgres.sh
  pg_throwaway_start "${BENCH_PGPORT:-54339}" && PG_URL=$PG_ADMIN_URL
fi

NOTES=""
TABLE="| what | rows | wall s | rows/s | peak RSS MiB | note |
|---|---:|---:|---:|---:|---|"
for N in "${ROWS[@]}"; do
  SIE="$WORK/ledger-$N.se"; CSV="$WORK/ledger-$N.csv"; ORG="$WORK/org.csv"; DB="$WORK/bench-$N.sqlite"

  run "$BALANS" generate --rows "$N" --out "$SIE" --csv "$CSV" --org "$ORG" --seed 1 --year "$YEAR"
  TABLE+="
| balans generate (SIE + CSV) | $N | $WALL | $(rate "$N" "$WALL") | $RSS | SIE $(mib "$SIE") MiB, CSV $(mib "$CSV") MiB |"

  rm -f "$DB" "$DB-journal" "$DB-wal" "$DB-shm"
  "$BALANS" init --db "$DB" 2>/dev/null
  run "$BALANS" import sie "$SIE" --db "$DB"
  TABLE+="
| Balans import (SIE → SQLite) | $N | $WALL | $(rate "$N" "$WALL") | $RSS | SIE file $(mib "$SIE") MiB, database $(mib "$DB") MiB |"
  "$BALANS" import org "$ORG" --db "$DB" 2>/dev/null

  if [ -n "$PG_URL" ]; then
    PGDB="${PG_URL%/*}/balans_bench_$N"
    psql "$PG_URL" -qc "DROP DATABASE IF EXISTS balans_bench_$N" -c "CREATE DATABASE balans_bench_$N" >/dev/null
    "$BALANS" init --db "$PGDB" 2>/dev/null
    run "$BALANS" import sie "$SIE" --db "$PGDB"
    TABLE+="
| Balans import (SIE → PostgreSQL, COPY) | $N | $WALL | $(rate "$N" "$WALL") | $RSS | server on the same 2 cores; $(psql "$PG_URL" -tAc "SELECT pg_database_size('balans_bench_$N') / 1048576") MiB in the database |"
    "$BALANS" import org "$ORG" --db "$PGDB" 2>/dev/null
  fi

  B=""
  if has bench-parse; then
    run "$BALANS" bench-parse "$SIE"; B=$OUT; BW=$WALL
    TABLE+="
| Balans parse + aggregate (SIE) | $N | $WALL | $(rate "$N" "$WALL") | $RSS | $(field cells "$B") cells |"
  else
    NOTES+="- balans bench-parse is missing: parse + aggregate not measured.
"
  fi
  run "$PYTHON" Benchmarks/pandas_aggregate.py "$CSV"; P=$OUT; PW=$WALL
  TABLE+="
| pandas read_csv + groupby (CSV) | $N | $WALL | $(rate "$N" "$WALL") | $RSS | $(field cells "$P") cells |"
  run "$PYTHON" Benchmarks/duckdb_aggregate.py "$CSV"; D=$OUT; DW=$WALL
  TABLE+="
| DuckDB read_csv + GROUP BY (CSV) | $N | $WALL | $(rate "$N" "$WALL") | $RSS | $(field cells "$D") cells |"

  # The aggregates must agree (cell count and the sum of the cells' absolute values in öre),
  # or the comparison means nothing.
  for X in "$B" "$D"; do
    [ -n "$X" ] || continue
    if [ "$(field cells "$P") $(field sum_abs_cells_ore "$P")" != "$(field cells "$X") $(field sum_abs_cells_ore "$X")" ]; then
      echo "MISMATCH at $N rows: pandas '$P' against '$X'" >&2; exit 1
    fi
  done
  echo "$N rows: aggregates agree: $(field cells "$P") cells, sum of |cell| $(field sum_abs_cells_ore "$P") öre (pandas, DuckDB${B:+, Balans})" >&2
  if [ -n "$B" ]; then
    TABLE+="
| ratio Balans / pandas, Balans / DuckDB (parse + aggregate) | $N | $(python3 -c "print(f'{$BW/$PW:.2f}, {$BW/$DW:.2f}')") | | | aggregates identical |"
  fi

  if has bench-report; then
    report_rows "$DB" "SQLite"
  else
    NOTES+="- balans bench-report is missing: the driftredovisning from the store not measured.
"
  fi
  if [ -n "$PG_URL" ] && has bench-report; then report_rows "$PGDB" "PostgreSQL"; fi
done

HEADER="Balans benchmarks, $(date -u +%Y-%m-%d), $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(swift --version 2>/dev/null | head -1), $("$PYTHON" -c 'import pandas, duckdb, sys; print(f"Python {sys.version.split()[0]}, pandas {pandas.__version__}, DuckDB {duckdb.__version__}")')"
OUTFILE=${BENCH_RESULTS:-Benchmarks/results-$(date -u +%Y-%m-%d).md}
printf '%s\n\n%s\n%s' "$HEADER" "$TABLE" "${NOTES:+
$NOTES}" | tee "$OUTFILE"

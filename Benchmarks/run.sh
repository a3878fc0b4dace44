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
#
# Settings: SHAPES (default "unix windows": the file shapes of `balans generate --shape`), BENCH_REPEAT (runs of each
# step a goal compares, the fastest kept; default 3), BENCH_RUNS (runs of the
# report timings, default 20), BALANS_BIN (a binary already built instead of the release build: CI's small run).
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

# BALANS_BIN runs a binary already built (CI's small run: the debug build its tests made).
if [ -n "${BALANS_BIN:-}" ]; then
  BALANS=$BALANS_BIN
else
  swift build -c release --product balans >&2
  BALANS=.build/release/balans
fi
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
# best COMMAND...: `run` BENCH_REPEAT times (default 3), each after `sync` (the generator's and the last import's
# dirty pages were still being written back during the next step) and after BEFORE_EACH (a function, if set); keeps
# the fastest run's figures. For the steps the goals compare: a single run on a shared 2-core VM varied by 20 %.
best() {
  local n=${BENCH_REPEAT:-3} fastest="" keep_all keep_rss
  for _ in $(seq "$n"); do
    [ -n "${BEFORE_EACH:-}" ] && "$BEFORE_EACH"
    sync
    run "$@"
    if [ -z "$fastest" ] || python3 -c "import sys; sys.exit(0 if $WALL < $fastest else 1)"; then
      fastest=$WALL; keep_all=$ALL; keep_rss=$RSS
    fi
  done
  WALL=$fastest; ALL=$keep_all; OUT=$(tail -1 <<< "$ALL"); RSS=$keep_rss
}
field() { sed -n "s/.*$1 \([0-9.]*\).*/\1/p" <<< "$2"; }
rate() { python3 -c "print(f'{$1/$2:,.0f}')"; }
mib() { echo $(( $(stat -c %s "$1") / 1048576 )); }

# report_rows DB NAME: the driftredovisning and the region report from the store, 20 runs.
report_rows() {
  run "$BALANS" bench-report --db "$1" --period "$YEAR-12" --runs "${BENCH_RUNS:-20}"
  local d r
  d=$(grep '^driftredovisning' <<< "$ALL"); r=$(grep '^report ur1' <<< "$ALL")
  row "Balans driftredovisning from the store ($2)" "$(field median_ms "$d") ms median" "" "$RSS" \
    "p95 $(field p95_ms "$d") ms, $(field rows "$d") rows"
  row "Balans region report ur1, HTML ($2)" "$(field median_ms "$r") ms median" "" "" "p95 $(field p95_ms "$r") ms"
}

# PostgreSQL beside SQLite (issue 8): the server of BENCH_POSTGRES_URL (a URL with the right
# to create databases), or a throwaway cluster started here (.ci/postgres.sh) when PostgreSQL
# can be installed. BENCH_POSTGRES=0 leaves it out.
PG_URL=${BENCH_POSTGRES_URL:-}
if [ -z "$PG_URL" ] && [ "${BENCH_POSTGRES:-1}" != 0 ]; then
  . .ci/postgres.sh
  pg_throwaway_start "${BENCH_PGPORT:-54339}" && PG_URL=$PG_ADMIN_URL
fi

# pg_cpu: CPU seconds the throwaway cluster has used so far — the postmaster, its children alive and those it
# has reaped (an import's backend ends with its connection) — so an import's server share can be told (issue 19).
pg_cpu() {
  [ -n "${PG_DIR:-}" ] && [ -f "$PG_DIR/data/postmaster.pid" ] || { echo 0; return; }
  python3 - "$(head -1 "$PG_DIR/data/postmaster.pid")" <<'PY'
import os, sys
pm = sys.argv[1]
def fields(pid):
    with open(f"/proc/{pid}/stat") as f:
        return f.read().rsplit(")", 1)[1].split()
ticks = os.sysconf("SC_CLK_TCK")
f = fields(pm)
total = sum(int(x) for x in f[11:15])  # utime stime cutime cstime
for pid in os.listdir("/proc"):
    if pid.isdigit() and pid != pm:
        try:
            g = fields(pid)
        except OSError:
            continue
        if g[1] == pm:
            total += int(g[11]) + int(g[12])
print(total / ticks)
PY
}

NOTES=""
TABLE="| what | shape | rows | wall s | rows/s | peak RSS MiB | note |
|---|---|---:|---:|---:|---:|---|"
row() { TABLE+="
| $1 | $SHAPE | $N | $2 | $3 | $4 | $5 |"; }
RATIOS="| rows | shape | parse + aggregate: Balans / DuckDB (goal < 1) | import: SQLite / DuckDB load (goal ≤ 2) | import: PostgreSQL / SQLite (goal ≤ 1.5) |
|---:|---|---:|---:|---:|"
ratio() { python3 -c "print(f'{$1/$2:.2f}')"; }
read -r -a SHAPE_LIST <<< "${SHAPES:-unix windows}"
FIRST_SHAPE=${SHAPE_LIST[0]}
for N in "${ROWS[@]}"; do
  for SHAPE in "${SHAPE_LIST[@]}"; do
    SIE="$WORK/ledger-$N-$SHAPE.se"; CSV="$WORK/ledger-$N-$SHAPE.csv"; ORG="$WORK/org.csv"
    DB="$WORK/bench-$N-$SHAPE.sqlite"

    run "$BALANS" generate --rows "$N" --out "$SIE" --csv "$CSV" --org "$ORG" --seed 1 --year "$YEAR" --shape "$SHAPE"
    row "balans generate (SIE + CSV)" "$WALL" "$(rate "$N" "$WALL")" "$RSS" "SIE $(mib "$SIE") MiB, CSV $(mib "$CSV") MiB"

    fresh_db() { rm -f "$DB" "$DB-journal" "$DB-wal" "$DB-shm"; "$BALANS" init --db "$DB" 2>/dev/null; }
    BEFORE_EACH=fresh_db best "$BALANS" import sie "$SIE" --db "$DB"; SW=$WALL
    row "Balans import (SIE → SQLite)" "$WALL" "$(rate "$N" "$WALL")" "$RSS" "database $(mib "$DB") MiB"
    "$BALANS" import org "$ORG" --db "$DB" 2>/dev/null

    PGW=""
    if [ -n "$PG_URL" ]; then
      NAME="balans_bench_${N}_$SHAPE"
      PGDB="${PG_URL%/*}/$NAME"
      psql "$PG_URL" -qc "DROP DATABASE IF EXISTS $NAME" -c "CREATE DATABASE $NAME" >/dev/null
      "$BALANS" init --db "$PGDB" 2>/dev/null
      BEFORE=$(pg_cpu)
      run "$BALANS" import sie "$SIE" --db "$PGDB"; PGW=$WALL
      SERVER=$(python3 -c "print(f'{$(pg_cpu) - $BEFORE:.1f}')")
      row "Balans import (SIE → PostgreSQL)" "$WALL" "$(rate "$N" "$WALL")" "$RSS" \
        "server CPU ${SERVER} s of the wall ${WALL} s (same 2 cores); $(psql "$PG_URL" -tAc "SELECT pg_database_size('$NAME') / 1048576") MiB"
      "$BALANS" import org "$ORG" --db "$PGDB" 2>/dev/null
    fi

    B=""
    if has bench-parse; then
      best "$BALANS" bench-parse "$SIE"; B=$OUT; BW=$WALL
      row "Balans parse + aggregate (SIE)" "$WALL" "$(rate "$N" "$WALL")" "$RSS" "$(field cells "$B") cells"
    else
      NOTES+="- balans bench-parse is missing: parse + aggregate not measured.
"
    fi
    run "$PYTHON" Benchmarks/pandas_aggregate.py "$CSV"; P=$OUT
    row "pandas read_csv + groupby (CSV)" "$WALL" "$(rate "$N" "$WALL")" "$RSS" "$(field cells "$P") cells"
    best "$PYTHON" Benchmarks/duckdb_aggregate.py "$CSV"; D=$OUT; DW=$WALL
    row "DuckDB read_csv + GROUP BY (CSV)" "$WALL" "$(rate "$N" "$WALL")" "$RSS" "$(field cells "$D") cells"
    no_duckdb_file() { rm -f "$WORK/bench.duckdb" "$WORK/bench.duckdb.wal"; }
    BEFORE_EACH=no_duckdb_file best "$PYTHON" Benchmarks/duckdb_load.py "$CSV" "$WORK/bench.duckdb"; L=$OUT; LW=$WALL
    row "DuckDB load into a database file + GROUP BY" "$WALL" "$(rate "$N" "$WALL")" "$RSS" \
      "$(mib "$WORK/bench.duckdb") MiB"
    rm -f "$WORK/bench.duckdb"

    # The aggregates must agree (cell count and the sum of the cells' absolute values in öre), or the comparison
    # means nothing.
    for X in "$B" "$D" "$L"; do
      [ -n "$X" ] || continue
      if [ "$(field cells "$P") $(field sum_abs_cells_ore "$P")" != "$(field cells "$X") $(field sum_abs_cells_ore "$X")" ]; then
        echo "MISMATCH at $N rows ($SHAPE): pandas '$P' against '$X'" >&2; exit 1
      fi
    done
    echo "$N rows ($SHAPE): aggregates agree: $(field cells "$P") cells, sum of |cell| $(field sum_abs_cells_ore "$P") öre" >&2
    RATIOS+="
| $N | $SHAPE | ${B:+$(ratio "$BW" "$DW")} | $(ratio "$SW" "$LW") | ${PGW:+$(ratio "$PGW" "$SW")} |"

    # From the store: the driftredovisning and the region report (one shape is enough: the store is the same),
    # then freezing a report and asking what changed (goal 4: the ledger's rows are not read).
    if [ "$SHAPE" = "$FIRST_SHAPE" ]; then
      if has bench-report; then
        report_rows "$DB" "SQLite"
        [ -n "$PG_URL" ] && report_rows "$PGDB" "PostgreSQL"
      fi
      for TARGET in "$DB" ${PG_URL:+"$PGDB"}; do
        KIND=$([ "$TARGET" = "$DB" ] && echo SQLite || echo PostgreSQL)
        run "$BALANS" report ur1 --period "$YEAR-12" --format json --out "$WORK/ur1.json" --freeze --db "$TARGET"
        row "Balans freeze ur1 ($KIND)" "$WALL" "" "$RSS" "build, fingerprint, store"
        run "$BALANS" report diff ur1 --period "$YEAR-12" --db "$TARGET"
        row "Balans report diff ur1 ($KIND)" "$WALL" "" "$RSS" "frozen against today's data"
      done
    fi
  done
done

# The web application (goal 5: every page at 200 connections, SQLite and PostgreSQL) and scale-out on PostgreSQL's
# replication (goal 6), each by its own script, their tables appended. BENCH_WEB=0 and BENCH_REPLICATION=0 leave
# them out (CI runs each in its own small mode).
WEB=""
if [ "${BENCH_WEB:-1}" != 0 ]; then
  WEB+="
Web, SQLite (Benchmarks/web.sh):

$(BALANS_BIN=$BALANS bash Benchmarks/web.sh)"
  if [ -n "$PG_URL" ]; then
    psql "$PG_URL" -qc "DROP DATABASE IF EXISTS balans_web" -c "CREATE DATABASE balans_web" >/dev/null 2>&1
    WEB+="

Web, PostgreSQL (WEB_DB=… Benchmarks/web.sh):

$(WEB_DB="${PG_URL%/*}/balans_web" BALANS_BIN=$BALANS bash Benchmarks/web.sh)"
  fi
fi
if [ "${BENCH_REPLICATION:-1}" != 0 ]; then
  WEB+="

Replication (Benchmarks/replication.sh):

$(BALANS_BIN=$BALANS bash Benchmarks/replication.sh)"
fi

HEADER="Balans benchmarks, $(date -u +%Y-%m-%d), $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(swift --version 2>/dev/null | head -1), $("$PYTHON" -c 'import pandas, duckdb, sys; print(f"Python {sys.version.split()[0]}, pandas {pandas.__version__}, DuckDB {duckdb.__version__}")')"
OUTFILE=${BENCH_RESULTS:-Benchmarks/results-$(date -u +%Y-%m-%d).md}
printf '%s\n\n%s\n\n%s\n%s%s\n' "$HEADER" "$RATIOS" "$TABLE" "${NOTES:+
$NOTES}" "$WEB" | tee "$OUTFILE"

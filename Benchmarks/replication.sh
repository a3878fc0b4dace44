#!/usr/bin/env bash
# Scale-out on PostgreSQL's own replication (issue 19, goal 6): a primary and a streaming-replication
# hot standby on 127.0.0.1 (.ci/postgres.sh), the demo loaded into the primary, and wrk against
# `balans serve` three ways: one process on the primary alone, one process reading from the standby
# (--read-db), two processes reading from the standby. Two processes get one wrk each with half the
# connections (two wrk threads in all, as for one process), started together: their requests per
# second add up, their p99 is the worse of the two. For each: requests per second, p50, p99 and the
# CPU time per request of the balans processes and of PostgreSQL (both clusters), read from /proc
# before and after. Prints a Markdown table.
#
#   Benchmarks/replication.sh            release build, 15 s per run, 100 connections, / and /api/ratios
#   Benchmarks/replication.sh --smoke    2 s per run, 10 connections, / only; BALANS_BIN=.build/debug/balans
#                                        uses that binary instead of building (CI)
# PRIMARY_PORT (54348), STANDBY_PORT (54349) and PORT (8191, and the next one) can be changed. Needs wrk.
set -euo pipefail
cd "$(dirname "$0")/.."
SMOKE=0
[ "${1:-}" = "--smoke" ] && SMOKE=1
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
if [ -n "${BALANS_BIN:-}" ]; then
  BALANS=$BALANS_BIN
else
  swift build -c release --product balans >/dev/null
  BALANS=.build/release/balans
fi
if [ $SMOKE = 1 ]; then DURATION=2s; CONNECTIONS=10; PATHS=("/"); else DURATION=15s; CONNECTIONS=100; PATHS=("/" "/api/ratios?period=2024-04"); fi
PORT=${PORT:-8191}
. .ci/postgres.sh
pg_throwaway_start "${PRIMARY_PORT:-54348}"
pg_standby_start "${STANDBY_PORT:-54349}"
WORK=$(mktemp -d)
SERVERS=()
stop_servers() {
  for pid in "${SERVERS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${SERVERS[@]}"; do wait "$pid" 2>/dev/null || true; done
  SERVERS=()
}
trap 'stop_servers; pg_throwaway_stop; rm -rf "$WORK"' EXIT
psql_at() { "${PG_AS[@]}" "$PG_BIN/psql" -qAt -h 127.0.0.1 -p "$1" -U balans -d "$2" -c "$3"; }
psql_at "$PG_PORT" postgres "CREATE DATABASE balans"
DB=${PG_ADMIN_URL%/postgres}/balans
READ=${PG_STANDBY_URL%/postgres}/balans
"$BALANS" demo --out "$WORK/demo" --no-pdf --db "$DB" >/dev/null 2>&1
# The standby has the demo once it has replayed where the primary now stands.
target=$(psql_at "$PG_PORT" balans "SELECT pg_current_wal_insert_lsn()")
for _ in $(seq 300); do
  [ "$(psql_at "${STANDBY_PORT:-54349}" postgres "SELECT pg_last_wal_replay_lsn() >= '$target'")" = t ] && break
  sleep 0.1
done
SIZE=$(psql_at "$PG_PORT" balans "SELECT pg_size_pretty(pg_database_size('balans'))")

ticks() {  # CPU ticks (user + system) of the processes given, and of every PostgreSQL process
  local balans=0 pg=0 pid
  for pid in "$@"; do balans=$((balans + $(awk '{print $14 + $15}' "/proc/$pid/stat"))); done
  local pm1 pm2
  pm1=$(head -1 "$PG_DIR/data/postmaster.pid") pm2=$(head -1 "$PG_DIR/standby/postmaster.pid")
  for pid in $pm1 $pm2 $(pgrep -P "$pm1" || true) $(pgrep -P "$pm2" || true); do
    pg=$((pg + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo "$balans $pg"
}
HZ=$(getconf CLK_TCK)
ms() {  # wrk's "1.23ms", "456.00us", "1.02s" in milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'
}

serve() {  # N processes reading from the standby when $2 = standby
  local n=$1 from=$2 i
  for i in $(seq 0 $((n - 1))); do
    if [ "$from" = standby ]; then
      "$BALANS" serve --db "$DB" --read-db "$READ" --port $((PORT + i)) 2>/dev/null &
    else
      "$BALANS" serve --db "$DB" --port $((PORT + i)) 2>/dev/null &
    fi
    SERVERS+=($!)
  done
  for i in $(seq 0 $((n - 1))); do
    for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$((PORT + i))/login" && break; sleep 0.1; done
  done
}

login() {  # the session cookie of the central controller (sessions are in the database: any process knows it)
  local jar="$WORK/cookies" token
  rm -f "$jar"
  token=$(curl -s -c "$jar" "http://127.0.0.1:$PORT/login" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p')
  curl -s -b "$jar" -c "$jar" -o /dev/null -d "csrf=$token&name=central&password=balans-demo" "http://127.0.0.1:$PORT/login"
  awk '$6 ~ /balans_session$/ {print $6 "=" $7}' "$jar"
}

echo "| servers | reads from | path | connections | req/s | p50 ms | p99 ms | balans CPU ms/req | PostgreSQL CPU ms/req |"
echo "|---|---|---|---|---|---|---|---|---|"
for setup in "1 primary" "1 standby" "2 standby"; do
  set -- $setup
  n=$1 from=$2
  serve "$n" "$from"
  SESSION=$(login)
  [ -n "$SESSION" ] || { echo "login failed" >&2; exit 1; }
  for path in "${PATHS[@]}"; do
    # Warm: each process loads its snapshot once.
    for i in $(seq 0 $((n - 1))); do curl -s -o /dev/null -H "Cookie: $SESSION" "http://127.0.0.1:$((PORT + i))$path"; done
    read -r b0 p0 < <(ticks "${SERVERS[@]}")
    WRKS=()
    for i in $(seq 0 $((n - 1))); do
      wrk -t$((2 / n)) -c$((CONNECTIONS / n)) -d"$DURATION" --latency -H "Cookie: $SESSION" \
        "http://127.0.0.1:$((PORT + i))$path" >"$WORK/wrk.$i" &
      WRKS+=($!)
    done
    wait "${WRKS[@]}"
    read -r b1 p1 < <(ticks "${SERVERS[@]}")
    rps=0 requests=0 p50=0 p99=0
    for i in $(seq 0 $((n - 1))); do
      f="$WORK/wrk.$i"
      rps=$(awk -v a="$rps" '/Requests\/sec/ {printf "%.0f", a + $2}' "$f")
      requests=$((requests + $(awk '/requests in/ {print $1}' "$f")))
      p50=$(awk -v a="$p50" -v b="$(ms "$(awk '$1 == "50%" {print $2}' "$f")")" 'BEGIN {print (b > a ? b : a)}')
      p99=$(awk -v a="$p99" -v b="$(ms "$(awk '$1 == "99%" {print $2}' "$f")")" 'BEGIN {print (b > a ? b : a)}')
    done
    cpu() { awk -v t="$1" -v r="$requests" -v hz="$HZ" 'BEGIN { printf "%.2f", r ? t * 1000 / hz / r : 0 }'; }
    echo "| $n | $from | \`$path\` | $CONNECTIONS | $rps | $p50 | $p99 | $(cpu $((b1 - b0))) | $(cpu $((p1 - p0))) |"
  done
  stop_servers
done
echo
echo "The demo database: $SIZE. $(nproc) cores; wrk, the servers and both clusters share them."

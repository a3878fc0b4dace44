#!/usr/bin/env bash
# Load on the web application (issue 7, SPEC §7; every page: issue 19 goal 5): the demo served
# by a release build on loopback, logged in as the central controller. Benchmarks/web_pages.py
# crawls every page that user can GET and picks one URL per kind of page (a committee, a line,
# an account's rows, a voucher, each report and chapter page, each download format, /personal,
# /plan, the API); wrk then loads each for WEB_SECONDS (5) at WEB_CONNECTIONS (200) and one
# Markdown table row per URL is printed: the first answer's time (computed, not cached), p50,
# p99, requests per second and answers that were not 2xx. PDFs last (WEB_PDF=0 leaves them out). Every request
# says `Accept-Encoding: gzip, deflate, br`, as a browser's does (text answers go compressed; WEB_GZIP=0 asks
# for them plain), and a second's pause between URLs lets the last one's queued requests end before the next.
# Benchmarks/README.md has the figures.
#   WEB_DB=postgres://…  serves the demo from PostgreSQL (an empty database, or one whose
#                        organisation "default" may be replaced).
#   WEB_SMOKE=1          1 s per page at 20 connections, and the exit status fails if a page does
#                        not answer 200 (CI: any build, BALANS_BIN=.build/debug/balans).
#   BALANS_BIN=PATH      the binary to serve with (default: builds .build/release/balans).
#   WEB_URLS="/ /mal"    these URLs only (separated by spaces), instead of the crawl's.
# Needs wrk (apt-get install wrk), curl and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
SMOKE=${WEB_SMOKE:-0}
SECONDS_EACH=${WEB_SECONDS:-5}
[ "$SMOKE" = 1 ] && SECONDS_EACH=1
CONNECTIONS=${WEB_CONNECTIONS:-200}
# A debug build computes a region's report in seconds: 200 requests queued for it would take minutes.
[ "$SMOKE" = 1 ] && CONNECTIONS=${WEB_CONNECTIONS:-20}
if [ -z "${BALANS_BIN:-}" ]; then
  swift build -c release --product balans >/dev/null
  BALANS_BIN=.build/release/balans
fi
WORK=$(mktemp -d)
DB=${WEB_DB:-$WORK/balans.sqlite}
"$BALANS_BIN" demo --out "$WORK" --no-pdf --db "$DB" >/dev/null 2>&1
PORT=${PORT:-8181}
"$BALANS_BIN" serve --db "$DB" --port "$PORT" 2>/dev/null &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$WORK"' EXIT
trap 'exit 1' INT TERM
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 100); do curl -s -o /dev/null "$BASE/login" && break; sleep 0.1; done
JAR="$WORK/cookies"
TOKEN=$(curl -s -c "$JAR" "$BASE/login" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p')
curl -s -b "$JAR" -c "$JAR" -o /dev/null -d "csrf=$TOKEN&name=central&password=balans-demo" "$BASE/login"
# The cookie is __Host-balans_session (Secure cookies; curl keeps them for 127.0.0.1).
SESSION=$(awk '$6 ~ /balans_session$/ {print $6 "=" $7}' "$JAR")
[ -n "$SESSION" ] || { echo "login failed"; exit 1; }

# wrk's latency in milliseconds (it prints 812.00us, 1.23ms, 1.77s or 1.02m).
ms() {
  awk -v v="$1" 'BEGIN {
    n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
    if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000
    printf "%.1f", n }'
}

ENCODING="Accept-Encoding: gzip, deflate, br"
[ "${WEB_GZIP:-1}" = 1 ] || ENCODING="Accept-Encoding: identity"
FAILED=0
measure() {
  local path=$1
  # The first answer: the page computed for this data version (and a PDF printed), not yet cached.
  local first status
  read -r status first < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Cookie: $SESSION" \
    -H "$ENCODING" "$BASE$path")
  first=$(awk -v t="$first" 'BEGIN { printf "%.1f", t * 1000 }')
  local out p50 p99 rps bad
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --timeout 30s --latency -H "Cookie: $SESSION" -H "$ENCODING" \
    "$BASE$path")
  p50=$(ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")
  p99=$(ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")
  rps=$(awk '$1 == "Requests/sec:" {printf "%.0f", $2}' <<<"$out")
  bad=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  local timeouts
  timeouts=$(awk '/Socket errors/ {gsub(",", ""); print $NF}' <<<"$out")
  bad=$((${bad:-0} + ${timeouts:-0}))
  if [ "$status" != 200 ] || [ "$bad" != 0 ]; then FAILED=1; fi
  # A table cell cannot hold a bare |.
  echo "| \`${path//|/%7C}\` | $status | $first | $p50 | $p99 | $rps | $bad |"
  [ "$SMOKE" = 1 ] || sleep 1
}

if [ -n "${WEB_URLS:-}" ]; then
  PAGES=$(tr ' ' '\n' <<<"$WEB_URLS" | grep .)
else
  PAGES=$(python3 Benchmarks/web_pages.py "$BASE" "$SESSION")
fi
BACKEND=SQLite
[[ ${WEB_DB:-} == postgres* ]] && BACKEND=PostgreSQL
echo "$(grep -c . <<<"$PAGES") URLs, ${SECONDS_EACH} s each at $CONNECTIONS connections, $BALANS_BIN on $BACKEND," \
  "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| URL | status | first (ms) | p50 (ms) | p99 (ms) | req/s | not 2xx |"
echo "|---|---|---|---|---|---|---|"
while read -r path; do
  [[ $path == *format=pdf* ]] && continue
  measure "$path"
done <<<"$PAGES"
if [ "${WEB_PDF:-1}" = 1 ]; then
  while read -r path; do
    [[ $path == *format=pdf* ]] && measure "$path"
  done <<<"$PAGES"
fi
if [ "$SMOKE" = 1 ] && [ "$FAILED" = 1 ]; then
  echo "web.sh: a page did not answer 200 under load" >&2
  exit 1
fi

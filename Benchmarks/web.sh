#!/usr/bin/env bash
# Load on the web application (issue 7, SPEC §7): the demo served by a release build on
# loopback, wrk against the dashboard and the key-ratio API with a logged-in session, 50 and
# 200 connections, 15 s each. Prints wrk's latency distribution; Benchmarks/README.md has
# the figures. Needs wrk (apt-get install wrk). WEB_DB=postgres://… serves the demo from
# PostgreSQL instead (an empty database, or one whose organisation "default" may be replaced).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
swift build -c release --product balans >/dev/null
BALANS=.build/release/balans
WORK=$(mktemp -d)
DB=${WEB_DB:-$WORK/balans.sqlite}
"$BALANS" demo --out "$WORK" --no-pdf --db "$DB" 2>/dev/null
PORT=${PORT:-8181}
"$BALANS" serve --db "$DB" --port "$PORT" 2>/dev/null &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$PORT/login" && break; sleep 0.1; done
JAR="$WORK/cookies"
TOKEN=$(curl -s -c "$JAR" "http://127.0.0.1:$PORT/login" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p')
curl -s -b "$JAR" -c "$JAR" -o /dev/null -d "csrf=$TOKEN&name=central&password=balans-demo" "http://127.0.0.1:$PORT/login"
# The cookie is __Host-balans_session (Secure cookies; curl keeps them for 127.0.0.1).
SESSION=$(awk '$6 ~ /balans_session$/ {print $6 "=" $7}' "$JAR")
[ -n "$SESSION" ] || { echo "login failed"; exit 1; }
for path in "/" "/api/ratios?period=2024-04"; do
  for c in 50 200; do
    echo "== $path, $c connections"
    wrk -t2 -c"$c" -d15s --latency -H "Cookie: $SESSION" "http://127.0.0.1:$PORT$path" | sed -n '/Latency Distribution/,/Requests\/sec/p'
  done
done

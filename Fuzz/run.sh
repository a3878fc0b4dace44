#!/usr/bin/env bash
# Fuzzes the SIE reader with libFuzzer: Fuzz/run.sh [SECONDS] (default 600).
# The working corpus and any crash-* inputs go to .build/fuzz/ (not into git).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN=${1:-600}
BIN=.build/fuzz/sie-fuzz
Fuzz/build.sh "$BIN" >/dev/null
mkdir -p .build/fuzz/corpus
cp -n Fuzz/corpus/* .build/fuzz/corpus/ 2>/dev/null || true
SWIFT_BACKTRACE=enable=no "$BIN" .build/fuzz/corpus -dict=Fuzz/sie.dict -max_len=4096 \
  -max_total_time="$SECONDS_TO_RUN" -print_final_stats=1 -artifact_prefix=.build/fuzz/

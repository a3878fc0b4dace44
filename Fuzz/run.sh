#!/usr/bin/env bash
# Fuzzes the SIE reader with libFuzzer: Fuzz/run.sh [SECONDS] [LIBFUZZER OPTIONS...]
# SECONDS defaults to 600 (the documented longer run). The working corpus (seeded from
# Fuzz/corpus/, growing across runs) and any crash-*/timeout-*/oom-* input go to .build/fuzz/.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN=${1:-600}
shift || true
BIN=.build/fuzz/sie-fuzz
Fuzz/build.sh "$BIN" >/dev/null
mkdir -p .build/fuzz/corpus
cp -n Fuzz/corpus/* .build/fuzz/corpus/ 2>/dev/null || true
# -timeout: a 4 KiB input that takes 10 s is a hang worth a timeout-* file.
SWIFT_BACKTRACE=enable=no "$BIN" .build/fuzz/corpus -dict=Fuzz/sie.dict -max_len=4096 -timeout=10 \
  -max_total_time="$SECONDS_TO_RUN" -print_final_stats=1 -artifact_prefix=.build/fuzz/ "$@"

#!/usr/bin/env bash
# Builds the SIE reader's libFuzzer target: Fuzz/build.sh [OUTPUT] (default .build/fuzz/sie-fuzz).
# The reader's sources are compiled straight into the fuzzer (no SwiftPM), with libFuzzer and
# AddressSanitizer. SWIFTC chooses the compiler (default: swiftc on PATH). ~12 s on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-.build/fuzz/sie-fuzz}
SWIFTC=${SWIFTC:-swiftc}
mkdir -p "$(dirname "$OUT")"
# ld.gold warns about every ASan helper symbol ("Cannot export local symbol"); harmless.
"$SWIFTC" -sanitize=fuzzer,address -parse-as-library -O -module-name SIEFuzz \
  Sources/SIE/*.swift Fuzz/SIEFuzz/main.swift -o "$OUT" 2> >(grep -v "Cannot export local symbol" >&2)
echo "$OUT"

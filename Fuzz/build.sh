#!/usr/bin/env bash
# Builds the SIE reader's libFuzzer target: Fuzz/build.sh [OUTPUT] (default .build/fuzz/sie-fuzz).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-.build/fuzz/sie-fuzz}
mkdir -p "$(dirname "$OUT")"
swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name SIEFuzz \
  Sources/SIE/*.swift Fuzz/SIEFuzz/main.swift -o "$OUT"
echo "$OUT"

#!/usr/bin/env bash
# bench/callgrind-extract.sh [BIN_DIR] [FOLDER]: instructions spent in Extractor.extract (and only
# there: gazetteer loading and file reading are left out) over the first 300 articles of the
# `make bench` corpus (seed 42), or over FOLDER's .txt articles, counted by valgrind's callgrind.
# Unlike wall-clock time on a shared machine, the count repeats exactly from run to run. Prints the
# total and the top entries, inclusive (stages) and self (where the instructions are spent).
# Hashing is made deterministic (SWIFT_DETERMINISTIC_HASHING), so that set and dictionary probes
# count the same in every run.
set -eu
cd "$(dirname "$0")/.."
BIN=${1:-$(swift build -c release --show-bin-path)}
WORK=${CALLGRIND_DIR:-$(mktemp -d)}
mkdir -p "$WORK"
if [ -n "${2:-}" ]; then
    FOLDER=$2
else
    FOLDER=$WORK/corpus300
    rm -rf "$FOLDER" && mkdir -p "$FOLDER"
    "$BIN/dipkb-corpus" --seed 42 --count 2000 --out "$WORK/corpus" >/dev/null
    find "$WORK/corpus" -name '*.txt' | sort | head -n 300 | xargs -I{} cp {} "$FOLDER/"
fi
# The symbol of Extractor.extract(_:), looked up rather than written out: its mangled name
# changes with the module its argument type lives in.
EXTRACT=$(nm "$BIN/dipkb-bench" | awk '$3 ~ /^\$s10Extraction9ExtractorV7extracty.*F$/ { print $3; exit }')
[ -n "$EXTRACT" ] || { echo "callgrind-extract: no Extractor.extract symbol in $BIN/dipkb-bench" >&2; exit 1; }
# valgrind 3.19 gives up on the DWARF 5 debug information some dependencies are built with: a copy
# without debug information is profiled (function names stay; file names are lost).
cp "$BIN/dipkb-bench" "$WORK/dipkb-bench" && strip --strip-debug "$WORK/dipkb-bench"
SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --toggle-collect="$EXTRACT" --callgrind-out-file="$WORK/callgrind.out" \
    "$WORK/dipkb-bench" extract "$FOLDER" 2>&1 | grep -E "Collected|articles=" | sed 's/^==[0-9]*== //'
demangle() { if command -v swift >/dev/null; then swift demangle --simplified; else cat; fi; }
# Each function once (callgrind lists code inlined from another file under that file too), with
# the file path cut to its name.
entries() { grep -E '^ *[0-9,]+ \(' | grep -v 'PROGRAM TOTALS' | sed -E 's#  [^ ]*/([A-Za-z]+\.(swift|c|S|h)):#  \1:#; s# \[[^]]*\]$##' | awk '{ key = $0; sub(/^ *[0-9,]+ \( *[0-9.]+%\) +/, "", key); sub(/^[^:]*:/, "", key); if (!(key in seen)) { seen[key] = 1; print } }'; }
echo "-- inclusive, Extraction functions"
callgrind_annotate --inclusive=yes "$WORK/callgrind.out" 2>/dev/null | demangle | grep -F 'dipkb-bench]' | entries \
    | grep -vE 'ExtractionBenchmark|dipkb_bench_main|below main|partial apply|Extractor.extract\(' | sed -n '1,20p' | cut -c1-150 || true
echo "-- self"
callgrind_annotate "$WORK/callgrind.out" 2>/dev/null | demangle | entries | sed -n '1,20p' | cut -c1-150 || true
echo "(callgrind output: $WORK/callgrind.out)"

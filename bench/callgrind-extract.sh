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
EXTRACT='$s10Extraction9ExtractorV7extractyAA12ArticleFactsVAA0D0VF'
SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --toggle-collect="$EXTRACT" --callgrind-out-file="$WORK/callgrind.out" \
    "$BIN/dipkb-bench" extract "$FOLDER" 2>&1 | grep -E "Collected|articles=" | sed 's/^==[0-9]*== //'
demangle() { if command -v swift >/dev/null; then swift demangle --simplified; else cat; fi; }
# Each function once (callgrind lists code inlined from another file under that file too), with
# the file path cut to its name.
entries() { grep -E '^ *[0-9,]+ \(' | grep -v 'PROGRAM TOTALS' | sed -E 's#  [^ ]*/([A-Za-z]+\.(swift|c|S|h)):#  \1:#; s# \[[^]]*\]$##' | awk '{ key = $0; sub(/^ *[0-9,]+ \( *[0-9.]+%\) +/, "", key); sub(/^[^:]*:/, "", key); if (!(key in seen)) { seen[key] = 1; print } }'; }
echo "-- inclusive, Extraction functions"
callgrind_annotate --inclusive=yes "$WORK/callgrind.out" 2>/dev/null | demangle | entries | grep -E ' [A-Za-z]+\.swift:' | grep -vE 'compiler-generated|ExtractionBenchmark.swift|main.swift' | sed -n '1,20p' | cut -c1-150 || true
echo "-- self"
callgrind_annotate "$WORK/callgrind.out" 2>/dev/null | demangle | entries | sed -n '1,20p' | cut -c1-150 || true
echo "(callgrind output: $WORK/callgrind.out)"

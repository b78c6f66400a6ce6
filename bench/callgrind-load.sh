#!/usr/bin/env bash
# bench/callgrind-load.sh [BIN_DIR] [COUNT]: instructions of a load of COUNT (500) generated articles
# (`dipkb-corpus --seed 42`, as JSON Lines) into a new database through the `Loader`, as
# `dipkb load` runs it (`dipkb-bench growth`), counted by valgrind's callgrind. Prints the whole
# process, the writer (`Store.add`, the one thread that writes) per article, and the top entries,
# inclusive and self. Unlike wall-clock time on a shared machine, the count repeats from run to run
# (hashing made deterministic with SWIFT_DETERMINISTIC_HASHING).
set -eu
cd "$(dirname "$0")/.."
BIN=${1:-$(swift build -c release --show-bin-path)}
COUNT=${2:-500}
# Under valgrind the writer runs some 50 times slower: with the Loader's own 500 ms, a transaction
# would hold a dozen articles instead of the chunk of 256 it holds at full speed, and the costs paid
# once per transaction (the full-text indexes) would count many times over.
TRANSACTION_MS=${TRANSACTION_MS:-60000}
WORK=${CALLGRIND_DIR:-$(mktemp -d)}
mkdir -p "$WORK"
"$BIN/dipkb-corpus" --seed 42 --count "$COUNT" --jsonl "$WORK/corpus.jsonl" >/dev/null
rm -f "$WORK/load.sqlite"*
# valgrind 3.19 gives up on the DWARF 5 debug information of Swift 6.3: a copy without debug
# information is profiled (function names stay; file names are lost).
cp "$BIN/dipkb-bench" "$WORK/dipkb-bench" && strip --strip-debug "$WORK/dipkb-bench"
SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --callgrind-out-file="$WORK/callgrind.out" \
    "$WORK/dipkb-bench" growth "$WORK/corpus.jsonl" "$WORK/load.sqlite" "$TRANSACTION_MS" 2>&1 | grep -E "Collected|articles=" | sed 's/^==[0-9]*== //'
demangle() { if command -v swift >/dev/null; then swift demangle --simplified; else cat; fi; }
entries() { grep -E '^ *[0-9,]+ \(' | grep -v 'PROGRAM TOTALS' | sed -E 's#  [^ ]*/([A-Za-z0-9_]+\.(swift|c|S|h)):#  \1:#; s# \[[^]]*\]$##' | awk '{ key = $0; sub(/^ *[0-9,]+ \( *[0-9.]+%\) +/, "", key); sub(/^[^:]*:/, "", key); if (!(key in seen)) { seen[key] = 1; print } }'; }
callgrind_annotate --inclusive=yes "$WORK/callgrind.out" 2>/dev/null | demangle >"$WORK/inclusive.txt"
callgrind_annotate "$WORK/callgrind.out" 2>/dev/null | demangle >"$WORK/self.txt"
WRITER=$(grep -E 'Store\.add\(_:hashes:maxTransactionTime:shouldStop:\)' "$WORK/inclusive.txt" | head -n 1 | awk '{ gsub(",", "", $1); print $1 }')
TOTAL=$(grep 'PROGRAM TOTALS' "$WORK/inclusive.txt" | awk '{ gsub(",", "", $1); print $1 }')
echo "whole process: $TOTAL instructions; writer (Store.add): ${WRITER:-?} = $(awk "BEGIN { printf \"%.2f\", ${WRITER:-0}/$COUNT/1e6 }") M per article"
echo "-- inclusive, writer functions"
grep -E 'Store|SQLite|sqlite3' "$WORK/inclusive.txt" | entries | sed -n '1,40p' | cut -c1-160 || true
echo "-- self"
entries <"$WORK/self.txt" | sed -n '1,30p' | cut -c1-160 || true
echo "(callgrind output: $WORK/callgrind.out)"

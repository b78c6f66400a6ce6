#!/usr/bin/env bash
# bench/same-facts.sh OLD_DIPKB NEW_DIPKB: whether two builds of dipkb extract the same facts, for
# work on extraction speed that must not change what is extracted. Compares `dipkb extract
# --format json` on every article of ../shared/eval/dev (when present) and seeds/, and
# `dipkb extract --stream` on a generated corpus (dipkb-corpus beside NEW_DIPKB, seed 42,
# BENCH_ARTICLES articles). Prints the names of the articles whose facts differ, never their text
# nor the facts themselves (diff the two outputs in the work folder it names to see them).
set -uo pipefail
cd "$(dirname "$0")/.."
OLD=$1 NEW=$2
N=${BENCH_ARTICLES:-2000}
WORK=${SAME_FACTS_DIR:-$(mktemp -d)}
mkdir -p "$WORK/old" "$WORK/new"
differ=0 compared=0
for f in ../shared/eval/dev/*.txt seeds/*.txt; do
    [ -e "$f" ] || continue
    name=$(basename "$(dirname "$f")")-$(basename "$f" .txt)
    "$OLD" extract --format json "$f" >"$WORK/old/$name.json" 2>&1
    "$NEW" extract --format json "$f" >"$WORK/new/$name.json" 2>&1
    compared=$((compared + 1))
    cmp -s "$WORK/old/$name.json" "$WORK/new/$name.json" || { echo "differs: $f"; differ=$((differ + 1)); }
done
CORPUS=$(dirname "$NEW")/dipkb-corpus
if [ -x "$CORPUS" ]; then
    "$CORPUS" --seed 42 --count "$N" --jsonl "$WORK/corpus.jsonl" || exit 1
    "$OLD" extract --stream "$WORK/corpus.jsonl" >"$WORK/old/corpus.jsonl" 2>&1
    "$NEW" extract --stream "$WORK/corpus.jsonl" >"$WORK/new/corpus.jsonl" 2>&1
    compared=$((compared + N))
    if ! cmp -s "$WORK/old/corpus.jsonl" "$WORK/new/corpus.jsonl"; then
        lines=$(diff <(cat "$WORK/old/corpus.jsonl") <(cat "$WORK/new/corpus.jsonl") | grep -c '^<')
        echo "differs: $lines of $N generated articles (seed 42)"
        differ=$((differ + lines))
    fi
fi
echo "same-facts: $compared articles compared, $differ differ (outputs in $WORK)"
[ $differ = 0 ]

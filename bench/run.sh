#!/usr/bin/env bash
# make bench: dipkb's speed on one deterministic corpus, beside the machine's ceilings, as one table.
# Sizes can be changed by environment variables (defaults keep the run under 10 minutes on 2 cores):
#   BENCH_ARTICLES (2000)    articles for extraction, load and the ceilings
#   BENCH_BIG_MB (1100)      size of the large JSON Lines file for the flat-memory check
#   BENCH_SMALL_MB (110)     size of the small one it is compared with
#   BENCH_LOAD_TIMEOUT (150) seconds allowed to each of the two memory-check loads
#   BENCH_SPACY_ARTICLES (200)
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SCRATCH=${BENCH_SCRATCH:-.build-bench}
OUT=$ROOT/bench-out
N=${BENCH_ARTICLES:-2000}
BIG_MB=${BENCH_BIG_MB:-1100}
SMALL_MB=${BENCH_SMALL_MB:-110}
LOAD_TIMEOUT=${BENCH_LOAD_TIMEOUT:-150}
SPACY_N=${BENCH_SPACY_ARTICLES:-200}
SEED=42
START=$(date +%s)

say() { printf '%s\n' "$*" >&2; }
now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"%.${2:-1}f\", $1 }"; }
# Value of key=value in a line of dipkb-bench output.
field() { printf '%s\n' "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
first_line() { head -n 1 "$1" 2>/dev/null | cut -c1-100; }

ROWS=()
row() { ROWS+=("$1|$2|$3|$4|$5|$6"); }   # measure | dipkb | ceiling | ratio | target | note

say "== building release"
swift build -c release --scratch-path "$SCRATCH" 2>&1 | grep -E "error|warning: |Compiling|Build" >&2
BIN=$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)
for tool in dipkb dipkb-corpus dipkb-bench; do
    [ -x "$BIN/$tool" ] || { say "bench: $BIN/$tool was not built"; exit 1; }
done

rm -rf "$OUT" && mkdir -p "$OUT"
say "== corpus: seed $SEED, $N articles (folder of .txt and the same articles as JSON Lines)"
"$BIN/dipkb-corpus" --seed $SEED --count "$N" --out "$OUT/corpus" || exit 1
"$BIN/dipkb-corpus" --seed $SEED --count "$N" --jsonl "$OUT/corpus.jsonl" || exit 1
cat_corpus() { find "$OUT/corpus" -name '*.txt' -print0 | xargs -0 cat; }
CORPUS_BYTES=$(cat_corpus | wc -c)
row "corpus" "$N articles, $(calc "$CORPUS_BYTES/1e6" 1) MB" "" "" "" "seed $SEED, $(calc "$CORPUS_BYTES/$N" 0) bytes/article"

say "== ceiling: reading the corpus (cat to /dev/null, page cache warm)"
cat_corpus > /dev/null
t0=$(now); cat_corpus > /dev/null; t1=$(now)
CAT_MBS=$(calc "$CORPUS_BYTES/1e6/($t1-$t0)" 1)
t0=$(now); cat "$OUT/corpus.jsonl" > /dev/null; t1=$(now)
CAT_JSONL_MBS=$(calc "$(stat -c %s "$OUT/corpus.jsonl")/1e6/($t1-$t0)" 1)
row "read corpus (cat)" "" "$CAT_MBS MB/s" "" "" "$N files; one JSONL file: $CAT_JSONL_MBS MB/s"

say "== extraction alone, one thread"
EXTRACT=$("$BIN/dipkb-bench" extract "$OUT/corpus" 2>"$OUT/extract.err")
if [ -n "$EXTRACT" ]; then
    EX_APS=$(field "$EXTRACT" articles_per_s); EX_MBS=$(field "$EXTRACT" mb_per_s)
    EST_ROWS=$(field "$EXTRACT" rows)
    row "extraction, 1 core" "$EX_APS articles/s, $EX_MBS MB/s" "$CAT_MBS MB/s (cat)" "$(calc "$EX_MBS/$CAT_MBS" 4)" ">= 20 MB/s" \
        "found $(field "$EXTRACT" people) people, $(field "$EXTRACT" meetings) meetings, $(field "$EXTRACT" territories) territories"
else
    row "extraction, 1 core" "failed" "" "" ">= 20 MB/s" "$(first_line "$OUT/extract.err")"
fi

say "== dipkb load, end to end, fresh database"
LOAD_OK=0
t0=$(now)
if "$BIN/dipkb" load "$OUT/corpus" --db "$OUT/load.sqlite" >"$OUT/load.out" 2>"$OUT/load.err" && [ -s "$OUT/load.sqlite" ]; then
    t1=$(now); LOAD_OK=1
    LOAD_APS=$(calc "$N/($t1-$t0)" 0)
    DB_BYTES=$(( $(stat -c %s "$OUT/load.sqlite") + $(stat -c %s "$OUT/load.sqlite-wal" 2>/dev/null || echo 0) ))
    DB_ROWS=$(field "$("$BIN/dipkb-bench" rows "$OUT/load.sqlite" | tail -n 1)" total_rows)
else
    LOAD_REASON="skipped: dipkb load not available yet ($(first_line "$OUT/load.err"))"
fi

say "== ceiling: bare SQLite inserts, one transaction"
CEIL_ROWS=${DB_ROWS:-${EST_ROWS:-$((N * 40))}}
INSERTS=$("$BIN/dipkb-bench" inserts "$CEIL_ROWS" "$OUT/ceiling.sqlite" 2>"$OUT/inserts.err")
if [ -n "$INSERTS" ]; then
    INS_RPS=$(field "$INSERTS" rows_per_s)
    CEIL_APS=$(calc "$N/$(field "$INSERTS" seconds)" 0)
    row "bare inserts (ceiling)" "" "$INS_RPS rows/s" "" "" "$CEIL_ROWS rows = $([ -n "${DB_ROWS:-}" ] && echo "rows of the loaded db" || echo "rows the extracted facts would need"); $CEIL_APS articles/s; CSQLite C API directly (SQLite layer not on this branch)"
else
    row "bare inserts (ceiling)" "failed" "" "" "" "$(first_line "$OUT/inserts.err")"
fi
if [ $LOAD_OK = 1 ]; then
    row "dipkb load, end to end" "$LOAD_APS articles/s" "${CEIL_APS:-?} articles/s" "$(calc "$LOAD_APS/${CEIL_APS:-1}" 2)" ">= 10000 articles/s, ratio >= 0.33" \
        "$(calc "$DB_BYTES/$N" 0) db bytes/article, $DB_ROWS rows"
else
    row "dipkb load, end to end" "$LOAD_REASON" "" "" ">= 10000 articles/s" ""
fi

say "== peak memory: loading JSON Lines of ${SMALL_MB} MB and ${BIG_MB} MB"
peak_rss() {  # file -> "RSS_KB SECONDS STATUS"
    local db="$OUT/mem-$(basename "$1").sqlite"; rm -f "$db"*
    local t0=$(now)
    /usr/bin/time -v -o "$OUT/time.txt" timeout "$LOAD_TIMEOUT" "$BIN/dipkb" load "$1" --db "$db" >/dev/null 2>"$OUT/memload.err"
    local status=$? t1=$(now)
    echo "$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$OUT/time.txt") $(calc "$t1-$t0" 0) $status"
}
if [ ! -x /usr/bin/time ]; then
    row "peak RSS, JSONL load" "skipped: /usr/bin/time missing (apt-get install time)" "" "" "flat" ""
elif [ $LOAD_OK = 1 ]; then
    "$BIN/dipkb-corpus" --seed 7 --count $((SMALL_MB * 1000000 / 3300)) --jsonl "$OUT/small.jsonl"
    "$BIN/dipkb-corpus" --seed 7 --count $((BIG_MB * 1000000 / 3300)) --jsonl "$OUT/big.jsonl"
    read -r SMALL_RSS SMALL_S SMALL_ST <<<"$(peak_rss "$OUT/small.jsonl")"
    read -r BIG_RSS BIG_S BIG_ST <<<"$(peak_rss "$OUT/big.jsonl")"
    note() { [ "$1" = 124 ] && echo "stopped at the ${LOAD_TIMEOUT}s limit after $2 s" || echo "exit $1 in $2 s"; }
    row "peak RSS, ${SMALL_MB} MB JSONL" "$(calc "${SMALL_RSS:-0}/1024" 0) MB" "" "" "" "$(note "$SMALL_ST" "$SMALL_S")"
    row "peak RSS, ${BIG_MB} MB JSONL" "$(calc "${BIG_RSS:-0}/1024" 0) MB" "" "$(calc "${BIG_RSS:-0}/${SMALL_RSS:-1}" 2)" "flat (ratio ~1)" "$(note "$BIG_ST" "$BIG_S")"
    rm -f "$OUT/big.jsonl" "$OUT"/mem-*.sqlite*
else
    row "peak RSS, JSONL load" "skipped: dipkb load not available yet" "" "" "flat" ""
fi

say "== query latency on >= 1,000,000 meetings"
QUERY_DB=$OUT/meetings.sqlite
if ! grep -qiE "create table[^;(]*meeting" schema.sql; then
    row "query latency" "skipped: schema.sql has no meetings table yet" "" "" "< 10 ms each" ""
elif ! "$BIN/dipkb-bench" 2>&1 | grep -q meetings-db; then
    row "query latency" "skipped: dipkb-bench meetings-db (direct inserts against schema.sql) not written yet" "" "" "< 10 ms each" ""
elif ! "$BIN/dipkb-bench" meetings-db "$QUERY_DB" 1000000 >"$OUT/meetings.out" 2>"$OUT/meetings.err"; then
    row "query latency" "skipped: $(first_line "$OUT/meetings.err")" "" "" "< 10 ms each" ""
else
    PERSON=$(field "$(cat "$OUT/meetings.out")" person)
    for q in "who-met-whom --param person=$PERSON" "meetings-of --param person=$PERSON" "disputed-territories"; do
        name=${q%% *}
        best=""
        for i in 1 2 3 4 5; do
            t0=$(now)
            if ! "$BIN/dipkb" query $q --db "$QUERY_DB" >"$OUT/query.out" 2>"$OUT/query.err"; then best="failed: $(first_line "$OUT/query.err")"; break; fi
            t1=$(now); ms=$(calc "($t1-$t0)*1000" 1)
            if [ -z "$best" ] || awk "BEGIN { exit !($ms < $best) }"; then best=$ms; fi
        done
        row "query $name" "$best ms (best of 5, process included)" "" "" "< 10 ms" "$(wc -l <"$OUT/query.out" 2>/dev/null) lines out"
    done
    "$BIN/dipkb-bench" explain "$QUERY_DB" queries.sql who-met-whom meetings-of disputed-territories >"$OUT/plans.txt" 2>&1
fi

say "== spaCy peer"
if python3 -c 'import spacy; spacy.load("en_core_web_sm")' 2>/dev/null; then
    SPACY=$(python3 bench/spacy_ner.py "$OUT/corpus" "$SPACY_N")
    SP_APS=$(field "$SPACY" articles_per_s)
    row "spaCy NER (peer), 1 core" "$SP_APS articles/s, $(field "$SPACY" mb_per_s) MB/s" "" "dipkb/spaCy $(calc "${EX_APS:-0}/$SP_APS" 0)x" "" "$SPACY_N articles, en_core_web_sm, NER only"
else
    row "spaCy NER (peer)" "skipped: spaCy not installed" "" "" "" "enable: pip install spacy && python3 -m spacy download en_core_web_sm"
fi

ELAPSED=$(( $(date +%s) - START ))
echo
echo "dipkb benchmark — $(date -u +%Y-%m-%d), $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1), $(swift --version 2>&1 | head -n 1 | sed 's/ (.*//'), SQLite $(sqlite3 --version 2>/dev/null | cut -d' ' -f1), total ${ELAPSED}s"
{
    echo "measure|dipkb|ceiling|ratio|target|note"
    printf '%s\n' "${ROWS[@]}"
} | column -t -s '|' -o ' | '
if [ -s "$OUT/plans.txt" ]; then echo; echo "EXPLAIN QUERY PLAN:"; cat "$OUT/plans.txt"; fi

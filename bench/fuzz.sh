#!/usr/bin/env bash
# make fuzz: runs the libFuzzer target dipkb-fuzz (plain-text reader + extractor, with the
# invariants of Sources/dipkb-fuzz/ArticleInvariants.swift) for FUZZ_SECONDS (default 60).
# Each input has a budget: FUZZ_MAX_LEN bytes at most (default 64 KiB, long enough for a cost
# that grows with the square of a sentence to show), FUZZ_TIMEOUT seconds (default 2: linear
# extraction reads 64 KiB in a few milliseconds even instrumented, so an input near the budget
# is a cost out of proportion) and FUZZ_RSS_MB of memory (default 512; a single allocation may
# take at most FUZZ_MALLOC_MB, default 256). An input over budget is a failure like a crash
# (fuzz-out/timeout-*, oom-*). The slowest input of the run is kept as fuzz-out/slowest-input.
# FUZZ_KEEP_GOING=1 runs libFuzzer in fork mode and goes on after a crash, to find more than one.
# Inputs that crash are written as fuzz-out/crash-*; replay one with an ordinary build:
#   swift run dipkb-fuzz fuzz-out/crash-...
set -uo pipefail
cd "$(dirname "$0")/.."
SECONDS_LIMIT=${FUZZ_SECONDS:-60}
MAX_LEN=${FUZZ_MAX_LEN:-65536}
TIMEOUT=${FUZZ_TIMEOUT:-2}
RSS_MB=${FUZZ_RSS_MB:-512}
MALLOC_MB=${FUZZ_MALLOC_MB:-256}
SCRATCH=.build-fuzz
OUT=fuzz-out
FUZZER_LIB=$(dirname "$(dirname "$(readlink -f "$(command -v swiftc)")")")/lib/clang
FUZZER_LIB=$(ls "$FUZZER_LIB"/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a 2>/dev/null | head -n 1)
[ -n "$FUZZER_LIB" ] || { echo "fuzz: libclang_rt.fuzzer_no_main not found in the Swift toolchain" >&2; exit 1; }

# Coverage instrumentation on every module (frontend only, so build tools still link their own
# main), libFuzzer linked without its main: dipkb-fuzz calls LLVMFuzzerRunDriver itself.
swift build -c release --product dipkb-fuzz --scratch-path "$SCRATCH" \
    -Xswiftc -Xfrontend -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING \
    -Xlinker "$FUZZER_LIB" -Xlinker -lstdc++ 2>&1 | grep -E "error|Build" >&2
BIN=$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/dipkb-fuzz
[ -x "$BIN" ] || { echo "fuzz: $BIN was not built" >&2; exit 1; }

mkdir -p "$OUT/corpus" "$OUT/seeds"
seed() { printf '%b' "$2" > "$OUT/seeds/$1"; }
seed empty ''
seed header-only 'Title: Talks\nDate: 2019-01-16\nSource: Reuters\n\n'
seed header-no-blank 'Title: Talks\nDate: 2019-01-16\nRussian Foreign Minister Sergei Lavrov met Taro Kono.'
seed crlf 'Title: Talks\r\nDate: 2019-01-16\r\n\r\nJapanese Foreign Minister Taro Kono held talks with his Russian counterpart Sergei Lavrov in Moscow on Monday.\r\n'
seed meeting 'Russian Foreign Minister Sergei Lavrov held talks with his Japanese counterpart Taro Kono in Tokyo on Monday. Abe will meet Putin on Jan. 22.'
seed territory 'The islands are known as the Kuril Islands in Russia and the Northern Territories in Japan. China claims the Diaoyu Islands, which Japan controls.'
seed unicode 'Vietnamese Foreign Minister Bùi Thanh Sơn met Đặng Minh Khôi in Hà Nội on Tuesday. 日本の外相 «quote» — “Lavrov” said.\n\n\u00a0U.S. Secretary of State Antony Blinken spoke by telephone with Wang Yi.'
seed junk 'Subscribe to our newsletter\nRead more\n\nU.S. Sen. Smith met Mr. Jones on Jan. 1. Dr. A. B. C. D. met E.\n'
seed dates 'Date: 2019-02-30\n\nThey will meet on Feb. 29, on Sept. 31 and on Monday, Dec. 32.'
printf 'Title: x\nDate: 2020-01-01\n\n\xff\xfe\xc3\x28 invalid utf8 Lavrov met Kono\x00\x01 on Monday.' > "$OUT/seeds/invalid-utf8"
# One long line without a sentence end, the shape whose cost once grew with its square.
for i in $(seq 1 150); do printf 'Foreign Minister Taro Kono met Sergei Lavrov and President Putin, '; done > "$OUT/seeds/long-sentence"
# A few generated articles, cut short: fuzzing is fastest on small inputs.
CORPUS_BIN=$(swift build -c release --scratch-path .build-bench --show-bin-path 2>/dev/null)/dipkb-corpus
if [ -x "$CORPUS_BIN" ]; then
    rm -rf "$OUT/generated" && "$CORPUS_BIN" --seed 3 --count 20 --out "$OUT/generated"
    for f in "$OUT"/generated/*.txt; do head -c 1500 "$f" > "$OUT/seeds/gen-$(basename "$f")"; done
    rm -rf "$OUT/generated"
fi

echo "== fuzzing for ${SECONDS_LIMIT}s; per input: up to $MAX_LEN bytes, ${TIMEOUT}s, ${RSS_MB} MB; failures go to $OUT/" >&2
EXTRA=()
[ "${FUZZ_KEEP_GOING:-0}" = 1 ] && EXTRA=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
FUZZ_SLOWEST="$OUT/slowest-input" SWIFT_BACKTRACE=enable=no "$BIN" "${EXTRA[@]}" -max_total_time="$SECONDS_LIMIT" \
    -max_len="$MAX_LEN" -timeout="$TIMEOUT" -rss_limit_mb="$RSS_MB" -malloc_limit_mb="$MALLOC_MB" \
    -artifact_prefix="$OUT/" -print_final_stats=1 "$OUT/corpus" "$OUT/seeds" 2>"$OUT/fuzz.log"
STATUS=$?
grep -E "^(Done|stat::number_of_executed_units|stat::peak_rss_mb|slowest input)|invariant violated|Fatal error|SUMMARY|Test unit written|\[[0-9]+\] FUZZING|DONE|crash|timeout|out-of-memory" "$OUT/fuzz.log" | tail -n 20
# Coverage: the last status line's cov: (edges) and ft: (features).
grep -E "#[0-9]+.*cov: " "$OUT/fuzz.log" | tail -n 1 | sed -E 's/.*(#[0-9]+).*(cov: [0-9]+).*(ft: [0-9]+).*/last status: \1 \2 \3/'
CRASHES=$(ls "$OUT"/crash-* "$OUT"/timeout-* "$OUT"/oom-* 2>/dev/null | wc -l)
if [ $STATUS -ne 0 ] || [ "$CRASHES" -gt 0 ]; then
    echo "fuzz: $CRASHES failing input(s) (crash, over time or over memory) in $OUT/ (libFuzzer exit $STATUS); see $OUT/fuzz.log" >&2
    exit 1
fi
echo "fuzz: no crash in ${SECONDS_LIMIT}s"

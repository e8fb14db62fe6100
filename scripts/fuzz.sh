#!/bin/sh
# Long fuzzing run of charte's cargo-fuzz targets (fuzz/, nightly toolchain). The crate and CI stay on stable;
# CI only replays the inputs kept in tests/fixtures/fuzz/ (src/tests/fuzz_regressions.rs).
#
#   cargo install cargo-fuzz                  # once
#   scripts/fuzz.sh                           # every target, 1,000,000 runs each
#   scripts/fuzz.sh check markdown            # some targets
#   RUNS=0 SECONDS_PER_TARGET=600 scripts/fuzz.sh   # by time instead (RUNS=0: no run limit)
#   MAX_LEN=65536 scripts/fuzz.sh check       # longer inputs than the per-target default below
#
# Seeds come from tests/fixtures and examples, copied into fuzz/corpus/TARGET (not committed). Each target runs
# under `nice`, one after the other; libFuzzer's last lines (executions, exec/s) go to fuzz/logs/TARGET.log.
# A crash leaves its input in fuzz/artifacts/TARGET/: fix the bug, then copy the input into tests/fixtures/fuzz/
# so that `cargo test --lib tests::fuzz_regressions` replays it on stable.
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RUNS=${RUNS:-1000000}
SECONDS_PER_TARGET=${SECONDS_PER_TARGET:-0}
ALL="markdown yaml_charter legal_refs durations dates offer docx odt check"
TARGETS=${*:-$ALL}

seed() { # seed TARGET: fill fuzz/corpus/TARGET from the fixtures
    dir="fuzz/corpus/$1"
    mkdir -p "$dir"
    text=$(find tests/fixtures examples -type f \( -name '*.md' -o -name '*.yaml' -o -name '*.txt' \))
    case "$1" in
    docx) find tests/fixtures examples -name '*.docx' -exec cp {} "$dir/" \; ;;
    odt) find tests/fixtures examples -name '*.odt' -exec cp {} "$dir/" \; ;;
    check | offer)
        # The first byte picks the file name, hence the format: 0 .md, 1 .yaml, 2 .txt, 3 .docx, 4 .odt (the offer
        # target: even .md, odd .yaml). See tests/targets/mod.rs.
        i=0
        for f in $text; do
            case "$f" in *.yaml) b='\001' ;; *.txt) b='\002' ;; *) b='\000' ;; esac
            { printf "$b"; cat "$f"; } >"$dir/seed-$i"
            i=$((i + 1))
        done
        if [ "$1" = check ]; then
            for f in $(find tests/fixtures examples -name '*.docx'); do
                { printf '\003'; cat "$f"; } >"$dir/seed-$i"
                i=$((i + 1))
            done
            for f in $(find tests/fixtures examples -name '*.odt'); do
                { printf '\004'; cat "$f"; } >"$dir/seed-$i"
                i=$((i + 1))
            done
        fi
        ;;
    *) for f in $text; do cp "$f" "$dir/"; done ;;
    esac
    if [ -d tests/fixtures/fuzz ]; then
        find tests/fixtures/fuzz -type f -name "$1-*" -exec cp {} "$dir/" \;
    fi
}

mkdir -p fuzz/logs
for t in $TARGETS; do
    seed "$t"
    limit="-runs=$RUNS"
    [ "$SECONDS_PER_TARGET" -gt 0 ] && limit="$limit -max_total_time=$SECONDS_PER_TARGET"
    echo "== $t ($limit)"
    # -max_len: a grammar sees one sentence, so 4 KiB; a charter or an offer of a few pages fits in 16 KiB; a zip
    # archive needs room for its directory and compressed parts, so 64 KiB. Shorter inputs mean more executions.
    case "$t" in
    legal_refs | durations | dates) len=4096 ;;
    docx | odt) len=65536 ;;
    *) len=16384 ;;
    esac
    len=${MAX_LEN:-$len}
    (cd fuzz && nice -n 10 cargo +nightly fuzz run -s none "$t" "corpus/$t" -- $limit -max_len="$len" \
        -print_final_stats=1 >"logs/$t.log" 2>&1) || {
        echo "$t: crash or error, see fuzz/logs/$t.log and fuzz/artifacts/$t/"
        tail -n 30 "fuzz/logs/$t.log"
        exit 1
    }
    grep -E '^(stat::number_of_executed_units|stat::average_exec_per_sec|Done)' "fuzz/logs/$t.log" || tail -n 3 "fuzz/logs/$t.log"
done
echo "corpora in $ROOT/fuzz/corpus, logs in $ROOT/fuzz/logs"

#!/bin/sh
# Runs one or more builds of charte on every pathological input shape of tests/bounded.rs and prints, per shape,
# the wall time and the peak resident memory next to the bound the tests enforce (64 MB + 40 × the input size).
# Used to show that a shape which finishes within bounds now did not on an older build:
#
#   git worktree add /tmp/old <commit> && cargo build --release --manifest-path /tmp/old/Cargo.toml
#   cargo build --release
#   scripts/shapes-against.sh /tmp/old/target/release/charte target/release/charte
#
# Each run is cut after TIMEOUT seconds (default 300) and reported as such. Needs GNU time (/usr/bin/time).
set -eu
cd "$(dirname "$0")/.."
TIMEOUT=${TIMEOUT:-300}
[ "$#" -ge 1 ] || { echo "usage: $0 CHARTE_BINARY..." >&2; exit 2; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
CHARTE_SHAPES_DIR="$dir" cargo test -q --test bounded -- --ignored --exact write_shapes >/dev/null
printf '%-40s %-22s %10s %9s %12s %12s\n' binary shape "size(KiB)" "time(s)" "peak(MiB)" "bound(MiB)"
for bin in "$@"; do
    for f in "$dir"/*; do
        name=$(basename "$f")
        if [ -d "$f" ]; then
            size=$(cat "$f"/* | wc -c)
        else
            size=$(wc -c <"$f")
        fi
        set +e
        /usr/bin/time -o "$dir.time" -f '%e %M' timeout "$TIMEOUT" nice -n 10 "$bin" check "$f" --format human \
            >/dev/null 2>"$dir.err"
        status=$?
        set -e
        # GNU time puts "Command exited with non-zero status N" first when charte exits 1 (findings): last line.
        line=$(tail -n 1 "$dir.time")
        secs=${line% *}
        kib=${line#* }
        [ "$status" -eq 124 ] && secs="cut>$TIMEOUT"
        printf '%-40s %-22s %10d %9s %12d %12d\n' "$(echo "$bin" | tail -c 40)" "$name" $((size / 1024)) "$secs" \
            $((kib / 1024)) $((64 + 40 * size / 1048576))
    done
done
rm -f "$dir.time" "$dir.err"

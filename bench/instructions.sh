#!/usr/bin/env bash
# Instructions per Route, counted by callgrind: repeatable on a shared,
# noisy machine where nanoseconds are not. Routes 20,000 and 60,000 leads
# of the Typed50 workload (reps with daily caps in 8 time zones) and
# reports the difference per lead, so that setup cancels out.
#
#   bash bench/instructions.sh            # all four modes
#   bash bench/instructions.sh ids fair-ids
#
# Modes: ids / noids (leadroute.Router.Route with and without lead IDs),
# fair-ids / fair-noids (the fair hand-written baseline, bench.Fair).
# Needs valgrind (Debian: apt-get install valgrind).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(mktemp -d)/irprobe
go build -o "$bin" ./bench/internal/irprobe
run() {
  GODEBUG=asyncpreemptoff=1 GOMAXPROCS=1 valgrind --tool=callgrind \
    --callgrind-out-file=/dev/null "$bin" "$1" "$2" 2>&1 | awk '/Collected/ {print $4}'
}
modes=("$@")
[ ${#modes[@]} -eq 0 ] && modes=(noids fair-noids ids fair-ids)
for m in "${modes[@]}"; do
  a=$(run 20000 "$m")
  b=$(run 60000 "$m")
  echo "$m: $(( (b - a) / 40000 )) instructions/op"
done

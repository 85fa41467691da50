#!/usr/bin/env bash
# Renders parallax's HTML export of the built-in reports in headless
# Chromium at a phone width and a desktop width, and checks that both
# screenshots were drawn. Installs Debian's chromium when it is missing.
#
#   scripts/html-check.sh [OUTDIR]    (default: a fresh temporary directory)
#
# The PNGs are left in OUTDIR for a person to look at.
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-$(mktemp -d)}
mkdir -p "$out"
out=$(cd "$out" && pwd)

browser=""
for name in chromium chromium-browser; do
  if command -v "$name" >/dev/null 2>&1; then browser=$name; break; fi
done
if [ -z "$browser" ]; then
  echo "installing chromium (Debian package)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq chromium >/dev/null
  browser=chromium
fi

go run ./cmd/parallax --format html >"$out/seeds.html"
grep -q '</html>' "$out/seeds.html" || { echo "html-check: the export is incomplete"; exit 1; }

# shot NAME WIDTH HEIGHT: screenshot of the page at that window size.
shot() {
  local profile
  profile=$(mktemp -d)
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --hide-scrollbars --user-data-dir="$profile" --window-size="$2,$3" \
    --screenshot="$out/$1.png" "file://$out/seeds.html" >/dev/null 2>&1 || true
  rm -rf "$profile"
  if [ ! -s "$out/$1.png" ]; then
    echo "html-check: chromium drew no screenshot at $2x$3"; exit 1
  fi
  # A drawn page is far larger than a blank one (a few kilobytes).
  local size
  size=$(wc -c <"$out/$1.png")
  if [ "$size" -lt 20000 ]; then
    echo "html-check: the $2x$3 screenshot looks blank ($size bytes)"; exit 1
  fi
  echo "html-check: $out/$1.png ($2x$3, $size bytes)"
}

shot phone 390 2400
shot desktop 1280 2000

#!/usr/bin/env bash
# Measures, in tmux, how long the reader takes from the command being typed
# to its first frame with matches on the built-in reports (the status bar
# reading "match 1 of"). Beside it, the same measure of a shell printing
# that text says what tmux and the polling themselves cost.
#
#   scripts/firstframe.sh          # 9 runs of each
#   RUNS=15 scripts/firstframe.sh
#
# It prints the median milliseconds of each; installs tmux when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v tmux >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tmux >/dev/null
fi
runs=${RUNS:-9}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/parallax" ./cmd/parallax

# frame_ms COMMAND prints the milliseconds from typing COMMAND into a fresh
# shell, on a tmux server of its own, until the screen shows "match 1 of",
# or "timeout" after 5 s.
frame_ms() {
  local socket="firstframe-$$-$RANDOM" start end deadline result
  tmux -L "$socket" new-session -d -s p -x 120 -y 40 'bash --norc'
  sleep 0.4
  start=$(date +%s%N)
  deadline=$((start + 5000000000))
  tmux -L "$socket" send-keys -t p "$1" Enter
  result=timeout
  while [ "$(date +%s%N)" -lt "$deadline" ]; do
    if tmux -L "$socket" capture-pane -p -t p 2>/dev/null | grep -q 'match 1 of'; then
      end=$(date +%s%N)
      result=$(((end - start) / 1000000))
      break
    fi
  done
  tmux -L "$socket" kill-server 2>/dev/null || true
  echo "$result"
}

median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

for name in shell parallax; do
  if [ "$name" = shell ]; then cmd="clear; echo 'match 1 of'; sleep 5"; else cmd="$work/parallax"; fi
  times=()
  for _ in $(seq "$runs"); do times+=("$(frame_ms "$cmd")"); done
  printf '%-9s median %s ms   runs: %s\n' "$name" "$(printf '%s\n' "${times[@]}" | grep -v timeout | median)" "${times[*]}"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

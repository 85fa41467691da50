#!/usr/bin/env bash
# Times parallax against the ordered word diffs on two long texts: the King
# James and World English Bibles (../shared/data/scale), cut to 100k and 1M
# words a side, with the second side's chapters in order and shuffled (see
# internal/scaletext). For each pair it runs
#   git diff --no-index --word-diff=porcelain A B
#   dwdiff A B
#   wdiff A B
#   parallax --format json A B
# several times with output to /dev/null, and prints the median wall time,
# the median CPU time (user and system, GNU time's %U and %S), the peak
# memory (%M) and parallax's time over git's, then how parallax's time
# grows from 100k to 1M words. Figures depend on the machine and on what
# else runs on it: the script prints nproc and the load average before and
# after. On a shared machine the CPU time moves less than the wall time.
#
#   scripts/bench.sh                       # RUNS=5 runs of git and parallax,
#                                          # SLOW_RUNS=3 of dwdiff and wdiff
#   RUNS=9 SLOW_RUNS=1 scripts/bench.sh
#   RUNS=11 SLOW_RUNS=0 scripts/bench.sh   # git and parallax only
#   SIZES="100000" scripts/bench.sh        # one size
#   PARALLAX_SCALE_DATA=/path/to/scale scripts/bench.sh
#
# It installs git, dwdiff, wdiff and GNU time with apt-get when they are
# missing. It asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-5}
slow_runs=${SLOW_RUNS:-3}
sizes=(${SIZES:-100000 1000000})

# Tools.
missing=()
command -v git >/dev/null || missing+=(git)
if [ "$slow_runs" -gt 0 ]; then
  command -v dwdiff >/dev/null || missing+=(dwdiff)
  command -v wdiff >/dev/null || missing+=(wdiff)
fi
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  echo "bench: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/parallax" ./cmd/parallax

# Inputs.
for size in "${sizes[@]}"; do
  go run -tags tools ./internal/tools/scalepair -words "$size" "$work/a$size.txt" "$work/b$size.txt"
  go run -tags tools ./internal/tools/scalepair -words "$size" -shuffled "$work/a$size.txt" "$work/s$size.txt"
done

# measure RUNS CMD...: runs CMD with output to /dev/null and prints
# "median_seconds peak_kilobytes median_cpu_seconds" (the medians of the
# wall and CPU times, the largest peak). GNU time gives the peak (%M), the
# CPU time (%U + %S) and the wall time (%e), but the last only to 10 ms,
# too coarse for git at 100k words: the wall time is taken to the
# millisecond around it instead. A diff's exit status 1 ("the files
# differ") is not an error.
measure() {
  local n=$1
  shift
  local times=() cpus=() peak=0
  for _ in $(seq "$n"); do
    local status=0 start end
    start=$(date +%s%N)
    /usr/bin/time -f '%e %M %U %S' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || status=$?
    end=$(date +%s%N)
    if [ "$status" -gt 1 ]; then
      echo "bench: $* failed with status $status:" >&2
      cat "$work/stderr" >&2
      exit 1
    fi
    read -r _ kilobytes user system < <(tail -n 1 "$work/time")
    times+=("$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", (e - s) / 1e9 }')")
    cpus+=("$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')")
    [ "$kilobytes" -gt "$peak" ] && peak=$kilobytes
  done
  echo "$(median "${times[@]}") $peak $(median "${cpus[@]}")"
}

# median VALUES...: prints the median of the values.
median() {
  printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {if (NR%2) print v[(NR+1)/2]; else printf "%.3f\n", (v[NR/2]+v[NR/2+1])/2}'
}

echo "nproc: $(nproc)    load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "runs: $runs (git, parallax), $slow_runs (dwdiff, wdiff); median wall and CPU time, largest peak RSS"
echo
printf '%-22s %-10s %10s %10s %10s %14s\n' "words per side" "tool" "median s" "CPU s" "peak MB" "parallax/git"
declare -A parallax_time
for size in "${sizes[@]}"; do
  for order in ordered shuffled; do
    b="$work/b$size.txt"
    [ "$order" = shuffled ] && b="$work/s$size.txt"
    a="$work/a$size.txt"
    label="$(awk -v n="$size" 'BEGIN { if (n >= 1e6) printf "%gM", n/1e6; else printf "%gk", n/1e3 }') $order"
    read -r git_s git_kb git_cpu < <(measure "$runs" git diff --no-index --word-diff=porcelain "$a" "$b")
    if [ "$slow_runs" -gt 0 ]; then
      read -r dw_s dw_kb dw_cpu < <(measure "$slow_runs" dwdiff "$a" "$b")
      read -r w_s w_kb w_cpu < <(measure "$slow_runs" wdiff "$a" "$b")
    fi
    read -r px_s px_kb px_cpu < <(measure "$runs" "$work/parallax" --format json "$a" "$b")
    parallax_time[$size-$order]=$px_s
    ratio=$(awk -v p="$px_s" -v g="$git_s" 'BEGIN { if (g > 0) printf "%.1f", p/g; else print "-" }')
    mb() { awk -v k="$1" 'BEGIN { printf "%.0f", k/1024 }'; }
    printf '%-22s %-10s %10s %10s %10s %14s\n' "$label" git "$git_s" "$git_cpu" "$(mb "$git_kb")" ""
    if [ "$slow_runs" -gt 0 ]; then
      printf '%-22s %-10s %10s %10s %10s %14s\n' "" dwdiff "$dw_s" "$dw_cpu" "$(mb "$dw_kb")" ""
      printf '%-22s %-10s %10s %10s %10s %14s\n' "" wdiff "$w_s" "$w_cpu" "$(mb "$w_kb")" ""
    fi
    printf '%-22s %-10s %10s %10s %10s %14s\n' "" parallax "$px_s" "$px_cpu" "$(mb "$px_kb")" "$ratio"
  done
done
if [ ${#sizes[@]} -ge 2 ]; then
  small=${sizes[0]} large=${sizes[-1]}
  echo
  for order in ordered shuffled; do
    awk -v s="${parallax_time[$small-$order]}" -v l="${parallax_time[$large-$order]}" -v o="$order" \
      -v from="$small" -v to="$large" \
      'BEGIN { printf "parallax growth %s -> %s words a side, %s: x%.1f\n", from, to, o, (s > 0 ? l/s : 0) }'
  done
fi
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

#!/usr/bin/env bash
# Drives the real parallax binary in tmux, as a user would: starts it at
# several sizes, sends keys, and checks what capture-pane shows. It uses a
# tmux server of its own (tmux -L parallax-test-PID), so it never touches
# a user's sessions. Run from anywhere: bash scripts/tmux-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

command -v tmux >/dev/null || { echo "tmux-test: tmux is not installed" >&2; exit 1; }

work=$(mktemp -d)
socket="parallax-test-$$"
tm() { tmux -L "$socket" "$@"; }
cleanup() { tm kill-server 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

# -buildvcs=true: the version names the commit even where GOFLAGS says
# otherwise (a checkout whose .git is a file, a worktree, has none to give).
go build -buildvcs=true -o "$work/parallax" ./cmd/parallax
failures=0
# The config file is looked for in a folder of the test's own, so that the
# user's does not change what the reader shows.
export XDG_CONFIG_HOME="$work/config"
mkdir -p "$XDG_CONFIG_HOME/parallax"
# A server of our own, where Esc reaches the program at once instead of
# waiting to see whether it starts an Alt sequence, and where a program's
# clipboard escape (OSC 52) sets tmux's paste buffer.
tm new-session -d -s keepalive -x 80 -y 24 "sleep 600"
tm set-option -s escape-time 0
tm set-option -s set-clipboard on

# start NAME W H ARGS... runs parallax in a new session; its exit status
# lands in $work/NAME.exit when it ends.
start() {
  local name=$1 w=$2 h=$3; shift 3
  tm new-session -d -s "$name" -x "$w" -y "$h" \
    "cd '$work' && ./parallax $* ; echo \$? > '$work/$name.exit'; sleep 30"
}

screen() { tm capture-pane -p -t "$1"; }

# wait_for NAME TEXT [SECONDS]: poll the screen until it shows TEXT.
wait_for() {
  local name=$1 text=$2 limit=${3:-5} i
  for ((i = 0; i < limit * 50; i++)); do
    if screen "$name" | grep -qF -- "$text"; then return 0; fi
    sleep 0.02
  done
  return 1
}

# wait_file FILE TEXT: poll until FILE holds TEXT.
wait_file() {
  local i
  for ((i = 0; i < 250; i++)); do
    if grep -qF -- "$2" "$1" 2>/dev/null; then return 0; fi
    sleep 0.02
  done
  return 1
}

check() { # check DESCRIPTION COMMAND...
  local what=$1; shift
  if "$@"; then
    echo "ok   $what"
  else
    echo "FAIL $what"
    failures=$((failures + 1))
  fi
}

keys() {
  local k
  for k in "${@:2}"; do
    tm send-keys -t "$1" "$k"
    # A lone Esc followed at once by a key reads as Alt+key: let it land.
    if [ "$k" = Escape ]; then sleep 0.2; fi
  done
}

shows() { wait_for "$1" "$2"; }
shows_re() { # shows_re NAME REGEX: poll the screen until it matches REGEX
  local i
  for ((i = 0; i < 250; i++)); do
    if screen "$1" | grep -qE -- "$2"; then return 0; fi
    sleep 0.02
  done
  return 1
}
hides() { ! screen "$1" | grep -qF -- "$2"; }

# level NAME TEXT: some row shows TEXT twice (the two panes side by side).
level() { screen "$1" | grep -F -- "$2" | awk -v t="$2" '{ if (gsub(t, t) >= 2) found = 1 } END { exit !found }'; }

# fits NAME W H: there are H rows, none wider than W columns.
fits() {
  [ "$(screen "$1" | wc -l)" -eq "$3" ] && [ "$(screen "$1" | wc -L)" -le "$2" ]
}

exited() { # exited NAME STATUS: the program ended with STATUS.
  local i
  for ((i = 0; i < 250; i++)); do
    [ -s "$work/$1.exit" ] && break
    sleep 0.02
  done
  [ "$(cat "$work/$1.exit" 2>/dev/null)" = "$2" ]
}

# --- first frame: time from start until the seeds' first match shows,
# next to the time the same binary takes to start and print its version
# (process start, shell and tmux polling: the part that is not the UI's).
elapsed() { # elapsed NAME TEXT ARGS...: ms until the screen shows TEXT
  local name=$1 text=$2 t0; shift 2
  t0=$(date +%s%N)
  tm new-session -d -s "$name" -x 120 -y 40 "cd '$work' && ./parallax $*; echo \$? > '$work/$name.exit'; sleep 30"
  until screen "$name" | grep -qF -- "$text"; do
    if (( ($(date +%s%N) - t0) / 1000000 > 5000 )); then break; fi
  done
  echo $(( ($(date +%s%N) - t0) / 1000000 ))
}
# FIRST_FRAME_RUNS (default 3) runs of each; the medians are printed.
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
runs=${FIRST_FRAME_RUNS:-3}
base=() first=()
for k in $(seq "$runs"); do
  base+=("$(elapsed "version$k" "parallax " --version)")
  tm kill-session -t "version$k"
  first+=("$(elapsed "first$k" "match 1 of 4")")
  [ "$k" = "$runs" ] || tm kill-session -t "first$k"
done
first_ms=$(median "${first[@]}")
check "first frame with matches after ${first_ms} ms (printing the version: $(median "${base[@]}") ms; median of $runs)" test "$first_ms" -lt 5000
keys "first$runs" q
check "q quits with status 0" exited "first$runs" 0

# --- the seeds at 80x24: Kirby's line, help, views, detail, search.
start seeds 80 24 --layout side
check "seeds open at 80x24" shows seeds "match 1 of 4"
check "80x24 fits" fits seeds 80 24
keys seeds n
check "n moves to Kirby's match" shows seeds "match 2 of 4 · reworded"
check "Kirby's line is level in both panes" level seeds "There was a direct message"
keys seeds '?'
check "? shows the help" shows seeds "next search hit"
keys seeds Escape
check "esc closes the help" hides seeds "next search hit"
keys seeds Enter
check "enter opens the match detail" shows seeds "Shared words"
keys seeds Escape
keys seeds v
check "v shows the aligned view" shows seeds "aligned"
keys seeds v
keys seeds / K i r b y Enter
check "/ searches all reports" shows seeds "“Kirby” 1/1"
keys seeds ]
check "] goes to the next hit" shows seeds "wrapped"
keys seeds Escape
check "esc clears the search" hides seeds "“Kirby”"
# The analysis views: quotes, facts, coverage, going to a passage and back.
keys seeds '"'
check '" shows the quotes, Kirby'"'"'s line as altered wording' shows seeds "John Kirby · altered wording · attribution: role differs"
check "the quotes view spells the drift out" shows seeds "relayed → conveyed; spokesperson →"
check "Kirby's two versions are level" level seeds "“There was a direct message"
check "the quotes view fits 80x24" fits seeds 80 24
keys seeds Enter
check "enter goes to the quote's passage" shows seeds '" goes back to the quotes'
check "the two reports' lines are level there" level seeds "There was a direct message"
keys seeds '"'
check '" comes back to the quote' shows seeds "quote 1 of 11"
keys seeds n n
check "n goes to the next quote" shows seeds "quote 3 of 11"
keys seeds f
check "f shows the facts, conflicts first" shows seeds "Conflicts (0)"
check "the facts only report 2 carries" shows seeds "at least 1,400 people (killed)"
keys seeds PgDn
check "IRNA among them" shows seeds "organisation IRNA"
keys seeds c
check "c shows the coverage" shows_re seeds '[0-9]+ of 14 +[0-9]+%'
keys seeds G
check "only report 2 credits IRNA" shows_re seeds 'IRNA +organisation +· +2 +only \[2\]'
keys seeds Escape
check "esc goes back to the reports" shows seeds "reading · sync on"
keys seeds x
check "x hides noise" shows seeds "no noise"
keys seeds z
check "z zooms one pane" shows seeds "zoomed"
keys seeds z q
check "q quits from anywhere" exited seeds 0

# --- resize storms and the smallest screens.
start sizes 160 48
check "opens at 160x48" shows sizes "match 1 of 4"
for size in 300x80 61x13 80x24 45x10 200x50 60x12 300x80; do
  tm resize-window -t sizes -x "${size%x*}" -y "${size#*x}"
done
sleep 0.3
check "after a resize storm 300x80 fits" fits sizes 300 80
tm resize-window -t sizes -x 50 -y 10
check "below 60x12 it says the terminal is too small" shows sizes "Terminal too small"
tm resize-window -t sizes -x 80 -y 24
check "and recovers at 80x24" shows sizes "match 1 of 4"
keys sizes q

# --- three reports: three panes at 160 columns, number keys, aligned view.
cat > "$work/a.txt" <<'EOF'
Title: Storm Hits Northern Coast

The storm destroyed three hundred homes along the northern coast on Monday, officials said. Winds reached 140 kilometres per hour near the port.

Mayor Elena Ruiz declared a state of emergency for the whole province.
EOF
cat > "$work/b.txt" <<'EOF'
Title: Province Declares Emergency

Mayor Elena Ruiz has declared a state of emergency across the province after a violent storm.

The storm damaged or destroyed around 300 homes on the northern coast on Monday, according to officials.
EOF
cat > "$work/c.txt" <<'EOF'
Title: Tourists Stranded as Storm Batters Coast

A ferry with tourists on board was stranded offshore for nine hours on Monday.

The storm destroyed three hundred homes along the northern coast, officials said, and winds reached 140 kilometres per hour near the port.
EOF
start three 160 48 a.txt b.txt c.txt
check "three reports open in three panes" shows three "[3] Tourists Stranded"
check "matches say how many reports share them" shows three "in 3 of 3"
keys three v
check "the aligned view marks moved passages" shows three "moved from ¶"
keys three v
tm resize-window -t three -x 80 -y 24
check "at 80 columns two panes" hides three "[3] Tourists"
keys three 3
check "3 shows report 3 in the focused pane" shows three "[3] Tourists"
keys three q
check "q quits" exited three 0

# --- three reports that quote the same words and disagree on who said them
# (the third credits a governor: "the mayor" is the mayor the others name).
cat > "$work/q1.txt" <<'EOF'
Title: Storm Hits Northern Coast

The storm destroyed three hundred homes along the northern coast on Monday, officials said.

"We have never seen anything like it," said Mayor Elena Ruiz, who declared a state of emergency.
EOF
cat > "$work/q2.txt" <<'EOF'
Title: Province Declares Emergency

"We have never seen anything like this," Mayor Elena Ruiz told reporters after declaring a state of emergency.

The storm damaged or destroyed around 300 homes on the northern coast on Monday, according to officials.
EOF
cat > "$work/q3.txt" <<'EOF'
Title: Tourists Stranded as Storm Batters Coast

A ferry was stranded offshore for nine hours on Monday, the Red Cross said.

"We have never seen anything like it," said Governor Mark Ellis, who declared a state of emergency.
EOF
start quoting 160 48 --layout side q1.txt q2.txt q3.txt
check "three quoting reports open" shows quoting "[3] Tourists Stranded"
keys quoting '"'
check "the three versions of the quote sit side by side at 160" shows_re quoting '“We have never.*│ “We have never.*│ “We have never'
check "one version's wording drifts: it → this" shows quoting "it → this"
tm resize-window -t quoting -x 80 -y 24
check "at 80 columns the versions are stacked" shows quoting "[3] ¶2 · verbatim · attribution: speaker differs"
check "and fit" fits quoting 80 24
keys quoting f
check "f lists the hard conflict first" shows quoting "hard actor conflict"
keys quoting Enter
check "enter on a conflict shows both sides' reports" shows quoting "[3] Tourists Stranded"
check "their sentences level" level quoting '"We have never seen anything'
keys quoting c
check "c shows the coverage of three reports" shows quoting "in [3] Tourists Stranded"
keys quoting q
check "q quits from an analysis view" exited quoting 0

# --- no colour: NO_COLOR and --color=never keep attributes, drop colours.
start plain 120 40 --color=never
shows plain "match 1 of 4" >/dev/null
keys plain n
shows plain "match 2 of 4" >/dev/null
no_rgb() { ! tm capture-pane -e -p -t "$1" | grep -qE $'\e\\[[0-9;]*38;(2|5);'; }
has_reverse() { tm capture-pane -e -p -t "$1" | grep -qE $'\e\\[[0-9;]*7[;m]'; }
check "--color=never draws no colours" no_rgb plain
check "--color=never still marks the current match (reverse)" has_reverse plain
keys plain '"'
shows plain "relayed → conveyed" >/dev/null
# The drifted words are bold and underlined: "conveyed" right after SGR 1;4.
drift_marked() { tm capture-pane -e -p -t "$1" | grep -qE $'\e\\[[0-9;]*1;4[0-9;]*mconveyed'; }
check "--color=never marks the quote's drift with bold and underline" drift_marked plain
keys plain q
tm new-session -d -s nocolor -x 120 -y 40 "cd '$work' && NO_COLOR=1 ./parallax; sleep 30"
shows nocolor "match 1 of 4" >/dev/null
check "NO_COLOR draws no colours" no_rgb nocolor
keys nocolor q

# --- widths: characters that terminals and layouts count differently (a
# soft hyphen, a lone regional indicator, Devanagari, emoji joined by ZWJ,
# flags, ☺ with an emoji selector). On every row of the panes the divider
# must be in the column the layout gives it, as tmux places it: the text
# before it is printed again in a scratch pane and the cursor's column read
# back (CSI 6n).
{
  printf '%s\n\n' 'Title: Widths'
  printf '%s\n\n' $'The council met on Monday to discuss the inter\u00adnational budget and its con\u00adse\u00adquences for every district.'
  printf '%s\n\n' $'A lone indicator \U0001F1FA stands here beside the words of the mayor.'
  printf '%s\n\n' 'The greeting नमस्ते opened the session in the old hall.'
  printf '%s\n\n' $'The firefighter \U0001F469\u200d\U0001F692 and the family \U0001F468\u200d\U0001F469\u200d\U0001F467 were thanked by name.'
  printf '%s\n\n' $'Flags \U0001F1FA\U0001F1F8 and \U0001F1EB\U0001F1F7 flew over the square all day long.'
  printf '%s\n' $'A smile \u263a\ufe0f closed the meeting before the vote.'
} > "$work/w1.txt"
cat > "$work/w2.txt" <<'EOF'
Title: Widths again

The council met on Monday to discuss the international budget and its consequences for each district.

The greeting was warm and the session opened in the old hall.

Flags flew over the square all day long, and the mayor spoke.
EOF
cat > "$work/probe.sh" <<'EOF'
# probe.sh IN OUT: prints each line of IN and writes the cursor's column
# after it (0-based) to OUT, one a line.
: > "$2.part"
while IFS= read -r line <&3; do
  printf '\r\e[2K%s' "$line"
  IFS=';' read -rsd R -p $'\e[6n' _ col
  echo $((col - 1)) >> "$2.part"
done 3< "$1"
mv "$2.part" "$2"
EOF
# divider_at NAME ROWS COLUMN: on each of the first ROWS rows of NAME's
# screen, the first "│" is at COLUMN.
divider_at() {
  local name=$1 rows=$2 want=$3 i
  tm capture-pane -p -t "$name" | head -n "$rows" | awk -F'│' '{print $1}' > "$work/prefixes"
  rm -f "$work/cols"
  tm new-session -d -s probe -x 400 -y 5 "bash '$work/probe.sh' '$work/prefixes' '$work/cols'"
  for ((i = 0; i < 250; i++)); do [ -s "$work/cols" ] && break; sleep 0.02; done
  tm kill-session -t probe 2>/dev/null || true
  [ "$(wc -l < "$work/cols")" -eq "$rows" ] && ! grep -qvx "$want" "$work/cols"
}
no_soft_hyphen() { ! tm capture-pane -p -t "$1" | grep -q $'\u00ad'; }
for size in 80x24 60x12 70x30 200x50; do
  w=${size%x*} h=${size#*x}
  left=$(( (w - 1) / 2 + (w - 1) % 2 )) rows=$((h - 2))
  start "widths$w" "$w" "$h" --layout side w1.txt w2.txt
  shows "widths$w" "match 1" >/dev/null
  check "$size: the divider stays in column $left on every row" divider_at "widths$w" "$rows" "$left"
  keys "widths$w" j j j j j j
  sleep 0.2
  check "$size: and after scrolling" divider_at "widths$w" "$rows" "$left"
  keys "widths$w" v
  shows "widths$w" "aligned" >/dev/null
  check "$size: and in the aligned view" divider_at "widths$w" "$rows" "$left"
  check "$size: a soft hyphen is never printed" no_soft_hyphen "widths$w"
  keys "widths$w" q
done
# At 70 columns "international" breaks at its soft hyphen, with a hyphen.
start hyphen 70 30 --layout side w1.txt w2.txt
check "a line breaks at a soft hyphen, with a hyphen" shows hyphen "to discuss the inter- "
keys hyphen q

# --- small screens: the help scrolls, the legend line can be shown.
start small 60 12 --layout side
shows small "match 1/4" >/dev/null
keys small '?'
check "at 60x12 the help says it scrolls" shows small "j/k, pgdn/pgup scroll"
keys small G
check "G shows the end of the help: the legend" shows small "noise, never aligned"
check "the help fits 60x12" fits small 60 12
keys small Escape
check "esc closes the help" hides small "pgdn/pgup scroll"
keys small L
check "L shows a legend line" shows small "= identical"
check "and the screen still fits" fits small 60 12
keys small q

# --- bad input: one clear line, terminal restored, non-zero status.
start bad 80 24 a.txt missing.txt
check "a missing file ends with status 1" exited bad 1

# --- standard input from the terminal: read to its end before the reader
# starts, which then has the keys to itself.
start stdin 100 30 - a.txt
check "'-' from a terminal says how to end the input" shows stdin "end it with ctrl+d"
tm send-keys -t stdin "The storm destroyed three hundred homes along the northern coast." Enter
tm send-keys -t stdin C-d
check "after ctrl+d the reader shows what was typed" shows stdin "[1] stdin"
check "and aligns it" shows stdin "1 matched"
keys stdin q
check "q quits that reader with status 0" exited stdin 0

start stdin_cancel 100 30 - a.txt
shows stdin_cancel "end it with ctrl+d" >/dev/null || true
tm send-keys -t stdin_cancel "half a line" C-c
check "ctrl+c while typing the input ends with status 130" exited stdin_cancel 130

tm new-session -d -s piped -x 100 -y 30 \
  "cd '$work' && printf 'The storm destroyed homes along the coast.\\n' | ./parallax - a.txt; echo \$? > '$work/piped.exit'; sleep 30"
check "piped standard input opens in the reader" shows piped "[1] stdin"
keys piped q
check "q quits it with status 0" exited piped 0

# --- waits that ctrl+c ends: a FIFO nobody writes to, a long batch run.
# ms_to_exit NAME: ms from ctrl+c until the program in session NAME ends.
ms_to_exit() {
  local t0 i
  t0=$(date +%s%N)
  tm send-keys -t "$1" C-c
  for ((i = 0; i < 500; i++)); do
    [ -s "$work/$1.exit" ] && break
    sleep 0.01
  done
  echo $(( ($(date +%s%N) - t0) / 1000000 ))
}
# Two reports of 300k words (drawn from 4,000 made-up words): the whole
# batch run takes about a second here, most of it aligning and writing.
awk 'BEGIN { srand(7)
  for (i = 0; i < 4000; i++) { w = ""; n = 3 + int(rand() * 6); for (j = 0; j < n; j++) w = w sprintf("%c", 97 + int(rand() * 26)); v[i] = w }
  for (f = 1; f <= 2; f++) { file = "'"$work"'/big" f ".txt"
    for (s = 0; s < 20000; s++) { line = ""; n = 8 + int(rand() * 14)
      for (j = 0; j < n; j++) line = line (j ? " " : "") v[int(rand() * rand() * 4000)]
      printf "%s.%s", toupper(substr(line, 1, 1)) substr(line, 2), (s % 5 == 4 ? "\n\n" : " ") > file } } }'
mkfifo "$work/fifo.txt"
start fifo 100 30 --format json fifo.txt a.txt
sleep 0.3
fifo_ms=$(ms_to_exit fifo) # mostly tmux's delivery of ctrl+c and the polling
check "ctrl+c ends the wait for a FIFO with status 130" exited fifo 130
start long 100 30 --format json big1.txt big2.txt ">/dev/null"
sleep 0.3
long_ms=$(ms_to_exit long)
check "ctrl+c ends a long batch run with status 130" exited long 130
check "within 0.5 s: ${long_ms} ms (the FIFO's wait: ${fifo_ms} ms)" test "$long_ms" -lt 500

# --- the command line: the version, flags named as typed, completions,
# the manual page, the config file.
"$work/parallax" --version > "$work/version.txt"
check "--version never says (devel): $(cat "$work/version.txt")" bash -c "! grep -qF '(devel)' '$work/version.txt'"
if [ -d .git ] && commit=$(git rev-parse --short=12 HEAD 2>/dev/null); then
  check "in a checkout the version names the commit ($commit)" grep -qF "$commit" "$work/version.txt"
fi
cli() { # cli STATUS TEXT ARGS...: parallax ARGS exits with STATUS, TEXT on stdout or stderr
  local want=$1 text=$2 code=0
  shift 2
  "$work/parallax" "$@" > "$work/cli.out" 2>&1 < /dev/null || code=$?
  [ "$code" = "$want" ] && grep -qF -- "$text" "$work/cli.out"
}
check "--bogus: unknown flag: --bogus, status 2" cli 2 "parallax: unknown flag: --bogus" --bogus
check "-format: long flags take two dashes, status 2" cli 2 "unknown flag: -format (long flags take two dashes: --format)" -format json
check "--help lists the flags and the config file" cli 0 "config.toml" --help
check "completion bash" cli 0 "__start_parallax" completion bash
check "completion zsh" cli 0 "#compdef parallax" completion zsh
check "completion fish" cli 0 "complete -c parallax" completion fish
check "completion of --layout's words" cli 0 "stacked" __complete --layout ""
check "man writes a roff page" cli 0 ".TH PARALLAX 1" man
if command -v man >/dev/null; then
  "$work/parallax" man | man -l - 2>/dev/null > "$work/man.txt" || true
  check "and man reads it" grep -qF "EXIT STATUS" "$work/man.txt"
fi
config="$XDG_CONFIG_HOME/parallax/config.toml"
printf 'theme = "dark"\n\nmin-score = 2\n' > "$config"
check "a bad config value: file and line, status 2" cli 2 "parallax: $config:3: min-score: 2 is outside 0 to 1" --format json
printf 'colour = "never"\n' > "$config"
check "an unknown config setting: file and line" cli 2 "$config:1: unknown setting \"colour\"" --format json
check "a missing --config FILE is an error" cli 2 "--config: $work/none.toml: no such file" --config "$work/none.toml" --format json
printf 'layout = "side"\n' > "$config"
start configured 80 24
check "layout = \"side\" in the config file: side by side at 80x24" shows configured "│ [2] White House Admits"
keys configured q
check "q quits with status 0" exited configured 0
start flagged 80 24 --layout stacked
check "and --layout stacked overrides it" shows flagged "─ [2] White House Admits"
keys flagged q
rm "$config"

# --- the stacked layout: below 100 columns the panes are one above the
# other, S sets them side by side.
start stacked 80 24
check "at 80x24 the panes are stacked" shows stacked "━ [1] 1-white-house-confirms-message.txt"
check "the status bar says so" shows stacked "stacked"
keys stacked n
row_has() { screen "$1" | sed -n "$2p" | grep -qF -- "$3"; }
check "n: Kirby's line on the first row of the top pane" row_has stacked 2 "There was a direct message relayed"
check "and of the lower pane" row_has stacked 13 "There was a direct message conveyed"
check "stacked fits 80x24" fits stacked 80 24
keys stacked v
check "v: each version under the last" shows stacked '[2] "There was a direct message conveyed'
tm resize-window -t stacked -x 60 -y 12
sleep 0.2
check "stacked fits 60x12" fits stacked 60 12
keys stacked v S
check "S sets them side by side" shows stacked "side by side"
check "and they are" shows stacked "│ [2] White House"
tm resize-window -t stacked -x 200 -y 50
keys stacked S
check "S stacks them at 200 columns too" shows stacked "━ [1] 1-white-house-confirms-message.txt"
sleep 0.2
check "stacked fits 200x50" fits stacked 200 50

# --- copying: y and Y write the clipboard with OSC 52, which tmux (with
# set-clipboard on) puts in its paste buffer.
buffer_has() { tm show-buffer 2>/dev/null | grep -qF -- "$1"; }
wait_buffer() {
  local i
  for ((i = 0; i < 250; i++)); do
    if buffer_has "$1"; then return 0; fi
    sleep 0.02
  done
  return 1
}
tm resize-window -t stacked -x 80 -y 24
keys stacked y
check "y copies the passage (OSC 52 into tmux's buffer)" wait_buffer "“There was a direct message relayed,” White House spokesperson John Kirby said"
check "and says so" shows stacked "copied [1] ¶2"
keys stacked Y
check "Y copies the match with every version" wait_buffer '[2] ¶2 "There was a direct message {+conveyed+},"'
check "and its relation" buffer_has "== match 2 · reworded"
keys stacked m
sleep 0.2
check "m releases the mouse" test "$(tm display -p -t stacked '#{mouse_any_flag}#{mouse_button_flag}#{mouse_sgr_flag}')" = 000
check "and says so" shows stacked "mouse released"
keys stacked m
sleep 0.2
check "m captures it again" test "$(tm display -p -t stacked '#{mouse_button_flag}')" = 1
tm send-keys -t stacked C-c
check "ctrl+c quits the reader with status 130" exited stacked 130

# --- the pager and the editor: stand-ins that record their arguments and
# standard input. The editor is called vim, which takes +LINE.
mkdir -p "$work/bin"
printf '#!/bin/sh\nprintf "%%s\\n" "$@" > "$RECORD.part"\n[ -t 0 ] || cat >> "$RECORD.part"\nmv "$RECORD.part" "$RECORD"\n' > "$work/bin/vim"
chmod +x "$work/bin/vim"
tm new-session -d -s programs -x 80 -y 24 \
  "cd '$work' && RECORD='$work/record.txt' PAGER='$work/bin/vim --pager' EDITOR='$work/bin/vim' VISUAL= ./parallax a.txt b.txt; echo \$? > '$work/programs.exit'; sleep 30"
shows programs "match 1 of" >/dev/null
keys programs n '|'
check "| sends the match to \$PAGER, as --print writes it" wait_file "$work/record.txt" "== match 2 ·"
check "after the report's header" grep -qF "parallax: 2 reports" "$work/record.txt"
check "with \$PAGER's own arguments" grep -qxF -- "--pager" "$work/record.txt"
check "and the reader is back" shows programs "match 2 of"
rm -f "$work/record.txt"
keys programs g e
check "e opens the report in \$EDITOR at the passage's line" wait_file "$work/record.txt" "+3"
check "the report's own file" grep -qxF "a.txt" "$work/record.txt"
check "and the reader is back, saying so" shows programs "[1] opened in the editor"
keys programs q
check "q quits with status 0" exited programs 0

# --- ctrl+z suspends, fg resumes: parallax run from an interactive shell.
tm new-session -d -s shell -x 80 -y 24 "bash --norc --noprofile -i"
sleep 0.3
tm send-keys -t shell "cd '$work' && PS1='$ ' && clear" Enter
tm send-keys -t shell "./parallax" Enter
shows shell "match 1 of 4" >/dev/null
tm send-keys -t shell C-z
check "ctrl+z suspends parallax to the shell" shows shell "Stopped"
tm send-keys -t shell "fg" Enter
check "fg brings it back" shows shell "match 1 of 4"
keys shell n
check "and its keys work" shows shell "match 2 of 4"
keys shell q
tm send-keys -t shell 'echo "status=$?"' Enter
check "q then exits with status 0" shows shell "status=0"
tm send-keys -t shell "clear; ./parallax" Enter
shows shell "match 1 of 4" >/dev/null
tm send-keys -t shell C-c
tm send-keys -t shell 'echo "status=$?"' Enter
check "ctrl+c exits with status 130" shows shell "status=130"

# --- not a terminal: the aligned view as text.
"$work/parallax" "$work/a.txt" "$work/b.txt" > "$work/out.txt"
check "piped output is the plain-text aligned view" grep -qF "parallax: 2 reports" "$work/out.txt"
check "with wdiff markers" grep -qF "{+" "$work/out.txt"

if [ "$failures" -gt 0 ]; then
  echo "tmux-test: $failures check(s) failed" >&2
  exit 1
fi
echo "tmux-test: all checks passed"

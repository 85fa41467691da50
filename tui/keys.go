package tui

import (
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// keyMap is every key binding the reader answers to, with its help text.
// A binding says which keys and what they are called; each view's command
// table (see command) says when a binding applies there and what it does.
type keyMap struct {
	// Scrolling the focused pane, a list or an overlay.
	Down, Up         key.Binding
	PageDown, PageUp key.Binding
	HalfDown, HalfUp key.Binding
	Top, Bottom      key.Binding
	// Moving between matches and what one report alone tells.
	NextMatch, PrevMatch   key.Binding
	NextUnique, PrevUnique key.Binding
	Detail                 key.Binding
	// Finding words.
	Search, NextHit, PrevHit key.Binding
	// Panes and reports.
	NextPane, PrevPane     key.Binding
	NextReport, PrevReport key.Binding
	ShowReport             key.Binding
	Zoom                   key.Binding
	ToggleSync             key.Binding
	// Views and what they show.
	ToggleView     key.Binding
	DiffsOnly      key.Binding
	ToggleNoise    key.Binding
	ToggleOverview key.Binding
	Legend         key.Binding
	Stricter       key.Binding
	Looser         key.Binding
	// The analysis views, and moving in them: the next or previous item,
	// going to the passage it comes from, back to the reports.
	Quotes, Facts, Coverage key.Binding
	NextItem, PrevItem      key.Binding
	Jump                    key.Binding
	Back                    key.Binding
	// Overlays: the match detail and the help.
	DetailNext, DetailPrev key.Binding
	CloseDetail            key.Binding
	CloseHelp              key.Binding
	// Other programs: the clipboard, the editor, the pager, the shell;
	// the terminal's own mouse selection; how the panes are laid out.
	CopyPassage, CopyMatch key.Binding
	Editor, Pager          key.Binding
	Suspend                key.Binding
	Mouse                  key.Binding
	Layout                 key.Binding
	// The rest.
	Clear key.Binding
	Help  key.Binding
	Quit  key.Binding
}

// defaultKeyMap returns the reader's keys. A test keeps the README's key
// table in step with the command tables built from them.
func defaultKeyMap() keyMap {
	b := func(keys []string, helpKey, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(helpKey, desc))
	}
	k := func(keys ...string) []string { return keys }
	return keyMap{
		Down:           b(k("j", "down"), "j/↓", "scroll down"),
		Up:             b(k("k", "up"), "k/↑", "scroll up"),
		PageDown:       b(k("pgdown", "ctrl+f", "space"), "pgdn/space", "page down"),
		PageUp:         b(k("pgup", "ctrl+b"), "pgup", "page up"),
		HalfDown:       b(k("ctrl+d"), "ctrl+d", "half page down"),
		HalfUp:         b(k("ctrl+u"), "ctrl+u", "half page up"),
		Top:            b(k("g", "home"), "g/home", "go to top"),
		Bottom:         b(k("G", "end"), "G/end", "go to bottom"),
		NextMatch:      b(k("n"), "n", "next match"),
		PrevMatch:      b(k("N"), "N", "previous match"),
		NextUnique:     b(k("u"), "u", "next unique passage"),
		PrevUnique:     b(k("U"), "U", "previous unique"),
		Detail:         b(k("enter"), "enter", "match detail"),
		Search:         b(k("/"), "/", "search all reports"),
		NextHit:        b(k("]"), "]", "next search hit"),
		PrevHit:        b(k("["), "[", "previous hit"),
		NextPane:       b(k("tab", "l", "right"), "tab/l", "next pane"),
		PrevPane:       b(k("shift+tab", "h", "left"), "shift+tab/h", "previous pane"),
		NextReport:     b(k("tab", "l", "right"), "tab/l", "next report"),
		PrevReport:     b(k("shift+tab", "h", "left"), "shift+tab/h", "previous report"),
		ShowReport:     b(k("1", "2", "3", "4", "5", "6", "7", "8", "9"), "1-9", "show report N here"),
		Zoom:           b(k("z"), "z", "zoom pane / all panes"),
		ToggleSync:     b(k("s"), "s", "sync scrolling on/off"),
		ToggleView:     b(k("v"), "v", "reading / aligned view"),
		DiffsOnly:      b(k("d"), "d", "differences only"),
		ToggleNoise:    b(k("x"), "x", "hide/show noise"),
		ToggleOverview: b(k("o"), "o", "overview column"),
		Legend:         b(k("L"), "L", "legend line on/off"),
		Stricter:       b(k("+", "="), "+", "stricter matching"),
		Looser:         b(k("-"), "-", "looser matching"),
		Quotes:         b(k(`"`), `"`, "quotes and their drift"),
		Facts:          b(k("f"), "f", "facts and conflicts"),
		Coverage:       b(k("c"), "c", "coverage and sources"),
		NextItem:       b(k("n"), "n", "next item"),
		PrevItem:       b(k("N"), "N", "previous item"),
		Jump:           b(k("enter"), "enter", "go to its passage"),
		Back:           b(k("esc"), "esc", "back to the reports"),
		DetailNext:     b(k("n"), "n", "next match"),
		DetailPrev:     b(k("N"), "N", "previous match"),
		CloseDetail:    b(k("esc", "enter"), "esc/enter", "close the detail"),
		CloseHelp:      b(k("esc"), "esc", "close the help"),
		CopyPassage:    b(k("y"), "y", "copy the passage"),
		CopyMatch:      b(k("Y"), "Y", "copy the match, every version"),
		Editor:         b(k("e"), "e", "open the report in $EDITOR"),
		Pager:          b(k("|"), "|", "the match in $PAGER"),
		Suspend:        b(k("ctrl+z"), "ctrl+z", "suspend to the shell"),
		Mouse:          b(k("m"), "m", "mouse capture on/off"),
		Layout:         b(k("S"), "S", "stacked / side by side"),
		Clear:          b(k("esc"), "esc", "close / clear search"),
		Help:           b(k("?"), "?", "help"),
		Quit:           b(k("q", "ctrl+c"), "q", "quit"),
	}
}

// command is one entry of a view's command table: its keys and help text,
// when it applies, and what it does. lazygit's controllers and
// soft-serve's components keep these together the same way; the one-line
// help, the full help and the keys a view answers to all derive from its
// table.
type command struct {
	key key.Binding
	// disabled says why the command does not apply now, or "" when it
	// does. Pressing its keys then shows the reason, and it drops out of
	// the one-line help. nil: it always applies.
	disabled func(m *Model) string
	// run does what the command does.
	run func(m *Model, msg tea.KeyPressMsg) tea.Cmd
	// group is the command's column in the full help; lastGroup puts it
	// at the end of the last column.
	group int
	// short, when set, puts the command in the one-line help.
	short *shortEntry
}

// shortEntry is a command's entry in the one-line help: a name for its
// keys, often with those of its pair (j/k), and a word or two. Entries
// are shown by rank, lowest first, as far as the line has room.
type shortEntry struct {
	keys, desc string
	rank       int
}

// lastGroup is the group of commands that end the full help's last
// column, whatever the view: help and quit.
const lastGroup = -1

// applies reports whether c applies in m's state.
func (c command) applies(m *Model) bool { return c.disabled == nil || c.disabled(m) == "" }

// commandTable is a view's commands, in the order of its full help.
type commandTable []command

// match returns the command whose keys msg is, or false.
func (t commandTable) match(msg tea.KeyPressMsg) (command, bool) {
	for _, c := range t {
		if key.Matches(msg, c.key) {
			return c, true
		}
	}
	return command{}, false
}

// shortHelp is the one-line help of the commands of tables that apply,
// by rank.
func shortHelp(m *Model, tables ...commandTable) []key.Binding {
	var entries []*command
	for _, t := range tables {
		for i := range t {
			if c := &t[i]; c.short != nil && c.applies(m) {
				entries = append(entries, c)
			}
		}
	}
	slices.SortStableFunc(entries, func(a, b *command) int { return a.short.rank - b.short.rank })
	out := make([]key.Binding, len(entries))
	for i, c := range entries {
		out[i] = key.NewBinding(key.WithKeys(c.key.Keys()...), key.WithHelp(c.short.keys, c.short.desc))
	}
	return out
}

// fullHelp is every command of the table, applying now or not, one column
// per group: the view's manual.
func (t commandTable) fullHelp() [][]key.Binding {
	var groups [][]key.Binding
	var last []key.Binding
	for _, c := range t {
		if c.group == lastGroup {
			last = append(last, c.key)
			continue
		}
		for len(groups) <= c.group {
			groups = append(groups, nil)
		}
		groups[c.group] = append(groups[c.group], c.key)
	}
	groups = slices.DeleteFunc(groups, func(g []key.Binding) bool { return len(g) == 0 })
	if len(groups) == 0 {
		return [][]key.Binding{last}
	}
	groups[len(groups)-1] = append(groups[len(groups)-1], last...)
	return groups
}

// with returns the table followed by more commands.
func (t commandTable) with(more ...command) commandTable {
	return append(slices.Clip(t), more...)
}

// scrollCommands are the scrolling keys of a view, a list or an overlay,
// in the full help's first column: each moves by lines, half pages, pages,
// or to an end, through scroll.
func scrollCommands(k keyMap, scroll func(m *Model, by scrollStep) tea.Cmd) commandTable {
	step := func(b key.Binding, s scrollStep) command {
		return command{key: b, run: func(m *Model, _ tea.KeyPressMsg) tea.Cmd { return scroll(m, s) }}
	}
	t := commandTable{
		step(k.Down, lineDown), step(k.Up, lineUp),
		step(k.PageDown, pageDown), step(k.PageUp, pageUp),
		step(k.HalfDown, halfDown), step(k.HalfUp, halfUp),
		step(k.Top, toTop), step(k.Bottom, toBottom),
	}
	t[0].short = &shortEntry{"j/k", "scroll", 1}
	return t
}

// scrollStep is how far a scrolling key moves.
type scrollStep int

const (
	lineDown scrollStep = iota
	lineUp
	pageDown
	pageUp
	halfDown
	halfUp
	toTop
	toBottom
)

// lines is how many lines the step moves a view of height rows: down
// positive. toTop and toBottom are not counted in lines.
func (s scrollStep) lines(height int) int {
	page, half := max(1, height-1), max(1, height/2)
	switch s {
	case lineDown:
		return 1
	case lineUp:
		return -1
	case pageDown:
		return page
	case pageUp:
		return -page
	case halfDown:
		return half
	case halfUp:
		return -half
	}
	return 0
}

// scrollTo moves a column of blocks whose top line is top, in a view of
// height rows, by step.
func scrollTo(b blocks, top pos, step scrollStep, height int) pos {
	switch step {
	case toTop:
		return firstPos(b)
	case toBottom:
		return bottomPos(b, height)
	}
	return scrollBy(b, top, step.lines(height), height)
}

// KeysOfView are the keys of one of the reader's views, each with what
// it does, as the full help lists them.
type KeysOfView struct {
	View string
	Keys []KeyHelp
}

// KeyHelp is a key (or keys: "j/↓") and what it does.
type KeyHelp struct{ Key, Does string }

// Keys lists the reader's keys view by view, from the command tables the
// reader runs: for the manual page, which so never falls out of step.
func Keys() []KeysOfView {
	_, t := readerKeys()
	list := func(tables ...commandTable) []KeyHelp {
		var out []KeyHelp
		seen := map[string]bool{}
		for _, table := range tables {
			for _, c := range table {
				h := c.key.Help()
				if !seen[h.Key+h.Desc] {
					seen[h.Key+h.Desc] = true
					out = append(out, KeyHelp{h.Key, h.Desc})
				}
			}
		}
		return out
	}
	return []KeysOfView{
		{"In the reading and aligned views", list(t.reading, t.aligned)},
		{"In the match detail", list(t.detail)},
		{"In the quotes, facts and coverage views", list(t.sheet)},
		{"In the help", list(t.help)},
		{"Everywhere", list(t.global)},
	}
}

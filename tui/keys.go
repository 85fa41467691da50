package tui

import "charm.land/bubbles/v2/key"

// KeyMap is every key the reader answers to. It implements help.KeyMap.
// Keys that do not apply in the current state are disabled and drop out
// of the help (see Model.enableKeys).
type KeyMap struct {
	// Scrolling the focused pane, or the list of an analysis view.
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
	NextPane, PrevPane key.Binding
	ShowReport         key.Binding
	Zoom               key.Binding
	ToggleSync         key.Binding
	// Views and what they show.
	ToggleView     key.Binding
	DiffsOnly      key.Binding
	ToggleNoise    key.Binding
	ToggleOverview key.Binding
	Stricter       key.Binding
	Looser         key.Binding
	// The analysis views, and moving in them: the next or previous item,
	// going to the passage it comes from, back to the reports.
	Quotes, Facts, Coverage key.Binding
	NextItem, PrevItem      key.Binding
	Jump                    key.Binding
	Back                    key.Binding
	// The rest.
	Close key.Binding
	Help  key.Binding
	Quit  key.Binding

	// inSheet is set while an analysis view is shown: the help then
	// describes that view's keys (see Model.enableKeys).
	inSheet bool
}

// DefaultKeyMap returns the reader's keys. Keep the README's key table in
// step with it.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Down:       key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("j/↓", "scroll down")),
		Up:         key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("k/↑", "scroll up")),
		PageDown:   key.NewBinding(key.WithKeys("pgdown", "ctrl+f", "space"), key.WithHelp("pgdn/space", "page down")),
		PageUp:     key.NewBinding(key.WithKeys("pgup", "ctrl+b"), key.WithHelp("pgup", "page up")),
		HalfDown:   key.NewBinding(key.WithKeys("ctrl+d"), key.WithHelp("ctrl+d", "half page down")),
		HalfUp:     key.NewBinding(key.WithKeys("ctrl+u"), key.WithHelp("ctrl+u", "half page up")),
		Top:        key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g/home", "go to top")),
		Bottom:     key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G/end", "go to bottom")),
		NextMatch:  key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next match")),
		PrevMatch:  key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "previous match")),
		NextUnique: key.NewBinding(key.WithKeys("u"), key.WithHelp("u", "next unique passage")),
		PrevUnique: key.NewBinding(key.WithKeys("U"), key.WithHelp("U", "previous unique")),
		Detail:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "match detail")),
		Search:     key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search all reports")),
		NextHit:    key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "next search hit")),
		PrevHit:    key.NewBinding(key.WithKeys("["), key.WithHelp("[", "previous hit")),
		NextPane:   key.NewBinding(key.WithKeys("tab", "l", "right"), key.WithHelp("tab/l", "next pane")),
		PrevPane:   key.NewBinding(key.WithKeys("shift+tab", "h", "left"), key.WithHelp("shift+tab/h", "previous pane")),
		ShowReport: key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("1-9", "show report N here")),
		Zoom:       key.NewBinding(key.WithKeys("z"), key.WithHelp("z", "zoom pane / all panes")),
		ToggleSync: key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "sync scrolling on/off")),
		ToggleView: key.NewBinding(key.WithKeys("v"), key.WithHelp("v", "reading / aligned view")),
		DiffsOnly:  key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "differences only")),
		ToggleNoise: key.NewBinding(key.WithKeys("x"),
			key.WithHelp("x", "hide/show noise")),
		ToggleOverview: key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "overview column")),
		Stricter:       key.NewBinding(key.WithKeys("+", "="), key.WithHelp("+", "stricter matching")),
		Looser:         key.NewBinding(key.WithKeys("-"), key.WithHelp("-", "looser matching")),
		Quotes:         key.NewBinding(key.WithKeys(`"`), key.WithHelp(`"`, "quotes and their drift")),
		Facts:          key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "facts and conflicts")),
		Coverage:       key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "coverage and sources")),
		NextItem:       key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next item")),
		PrevItem:       key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "previous item")),
		Jump:           key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "go to its passage")),
		Back:           key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back to the reports")),
		Close:          key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "close / clear search")),
		Help:           key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:           key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
	}
}

// ShortHelp is the one-line help under the panes. It pairs related keys,
// and puts help and quit where an 80-column terminal still shows them.
func (k KeyMap) ShortHelp() []key.Binding {
	views := pair(k.ToggleView, k.Quotes, `v/"/f/c`, "views")
	views.SetEnabled(true)
	if k.inSheet {
		return []key.Binding{
			pair(k.Down, k.Up, "j/k", "scroll"),
			pair(k.NextItem, k.PrevItem, "n/N", "item"),
			pair(k.Jump, k.Jump, "enter", "go to passage"),
			views,
			k.Help,
			k.Quit,
			pair(k.Back, k.Back, "esc", "back"),
			pair(k.NextPane, k.PrevPane, "tab", "report"),
		}
	}
	return []key.Binding{
		pair(k.Down, k.Up, "j/k", "scroll"),
		pair(k.NextMatch, k.PrevMatch, "n/N", "match"),
		pair(k.Detail, k.Detail, "enter", "detail"),
		views,
		k.Help,
		k.Quit,
		pair(k.Search, k.Search, "/", "search"),
		pair(k.NextHit, k.PrevHit, "]/[", "hit"),
		pair(k.NextPane, k.PrevPane, "tab", "pane"),
	}
}

// pair is a help entry for two bindings, shown while either is enabled.
func pair(a, b key.Binding, keys, desc string) key.Binding {
	p := key.NewBinding(key.WithKeys(append(a.Keys(), b.Keys()...)...), key.WithHelp(keys, desc))
	p.SetEnabled(a.Enabled() || b.Enabled())
	return p
}

// FullHelp is the help shown with ?, one column per group of keys. It
// lists every key of the reports' views, or of the analysis views while
// one is shown, enabled now or not: it is the reader's manual.
func (k KeyMap) FullHelp() [][]key.Binding {
	groups := [][]key.Binding{
		{k.Down, k.Up, k.PageDown, k.PageUp, k.HalfDown, k.HalfUp, k.Top, k.Bottom},
		{k.NextMatch, k.PrevMatch, k.NextUnique, k.PrevUnique, k.Detail, k.Search, k.NextHit, k.PrevHit},
		{k.ToggleView, k.Quotes, k.Facts, k.Coverage, k.DiffsOnly, k.ToggleNoise, k.ToggleOverview, k.Stricter, k.Looser},
		{k.NextPane, k.PrevPane, k.ShowReport, k.Zoom, k.ToggleSync, k.Close, k.Help, k.Quit},
	}
	if k.inSheet {
		groups = [][]key.Binding{
			{k.Down, k.Up, k.PageDown, k.PageUp, k.HalfDown, k.HalfUp, k.Top, k.Bottom},
			{k.NextItem, k.PrevItem, k.Jump, k.NextPane, k.PrevPane, k.Stricter, k.Looser},
			{k.Quotes, k.Facts, k.Coverage, k.ToggleView, k.Back, k.Help, k.Quit},
		}
	}
	for _, g := range groups {
		for i := range g {
			g[i].SetEnabled(true)
		}
	}
	return groups
}

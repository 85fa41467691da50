package tui

import "charm.land/bubbles/v2/key"

// KeyMap is every key the reader answers to. It implements help.KeyMap.
type KeyMap struct {
	Down, Up             key.Binding
	PageDown, PageUp     key.Binding
	HalfDown, HalfUp     key.Binding
	Top, Bottom          key.Binding
	NextMatch, PrevMatch key.Binding
	NextPane, PrevPane   key.Binding
	ToggleSync           key.Binding
	Help                 key.Binding
	Quit                 key.Binding
}

// DefaultKeyMap returns the reader's keys. Keep the README's key table in
// step with it.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Down:       key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("j/↓", "scroll down")),
		Up:         key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("k/↑", "scroll up")),
		PageDown:   key.NewBinding(key.WithKeys("pgdown", "ctrl+f"), key.WithHelp("pgdn", "page down")),
		PageUp:     key.NewBinding(key.WithKeys("pgup", "ctrl+b"), key.WithHelp("pgup", "page up")),
		HalfDown:   key.NewBinding(key.WithKeys("ctrl+d"), key.WithHelp("ctrl+d", "half page down")),
		HalfUp:     key.NewBinding(key.WithKeys("ctrl+u"), key.WithHelp("ctrl+u", "half page up")),
		Top:        key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g/home", "go to top")),
		Bottom:     key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G/end", "go to bottom")),
		NextMatch:  key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next match")),
		PrevMatch:  key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "previous match")),
		NextPane:   key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "switch pane")),
		PrevPane:   key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous pane")),
		ToggleSync: key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "sync scrolling on/off")),
		Help:       key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:       key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
	}
}

// ShortHelp is the one-line help under the panes. It pairs related keys
// so that the line fits an 80-column terminal.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{
		pair(k.Down, k.Up, "j/k", "scroll"),
		pair(k.NextMatch, k.PrevMatch, "n/N", "next/prev match"),
		pair(k.NextPane, k.PrevPane, "tab", "switch pane"),
		pair(k.ToggleSync, k.ToggleSync, "s", "sync"),
		k.Help,
		k.Quit,
	}
}

// pair is a help entry for two bindings, shown while either is enabled.
func pair(a, b key.Binding, keys, desc string) key.Binding {
	p := key.NewBinding(key.WithKeys(append(a.Keys(), b.Keys()...)...), key.WithHelp(keys, desc))
	p.SetEnabled(a.Enabled() || b.Enabled())
	return p
}

// FullHelp is the help shown with ?, in columns.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Down, k.Up, k.PageDown, k.PageUp, k.HalfDown, k.HalfUp, k.Top, k.Bottom},
		{k.NextMatch, k.PrevMatch, k.NextPane, k.PrevPane, k.ToggleSync},
		{k.Help, k.Quit},
	}
}

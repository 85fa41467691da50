package tui

import (
	"strings"
	"testing"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/seeds"
)

// seedArticles parses the embedded seed reports.
func seedArticles(t testing.TB) []*model.Article {
	t.Helper()
	reports, err := seeds.Reports()
	require.NoError(t, err)
	var arts []*model.Article
	for _, r := range reports {
		a, err := model.Load(r.Name, r.Data, model.Options{})
		require.NoError(t, err)
		arts = append(arts, a)
	}
	return arts
}

// seedAlignment aligns the embedded seed reports.
func seedAlignment(t testing.TB) *diffing.Alignment {
	t.Helper()
	return diffing.Align(seedArticles(t), diffing.DefaultConfig())
}

// namedText is a report given as text, with the file name it is read under.
type namedText struct{ name, text string }

// alignTexts parses reports given as text into sentences and aligns them
// with the default configuration.
func alignTexts(reports ...namedText) *diffing.Alignment {
	arts := make([]*model.Article, len(reports))
	for k, r := range reports {
		arts[k] = model.Parse(r.name, r.text, model.UnitSentence)
	}
	return diffing.Align(arts, diffing.DefaultConfig())
}

// testOptions are the reader's options in tests: the default alignment
// settings, dark styles and the panes side by side at every width, so
// that nothing depends on the terminal (the stacked layout has tests of
// its own).
func testOptions() Options {
	return Options{Config: diffing.DefaultConfig(), Theme: ThemeDark, Layout: LayoutSide}
}

// sized returns a reader for al's articles after a window of width ×
// height, with al delivered as the background alignment's result.
func sized(t testing.TB, al *diffing.Alignment, width, height int) Model {
	t.Helper()
	m := update(t, New(al.Articles, testOptions()), tea.WindowSizeMsg{Width: width, Height: height})
	return update(t, m, alignDoneMsg{gen: m.align.gen, al: al})
}

// topLine is the index, counted from the first line, of the top line of
// report r's pane.
func topLine(m Model, r int) int {
	f := m.desk.flow(r)
	return distance(f, firstPos(f), settle(f, m.reading.panes[r].top))
}

// bottomLine is topLine when the last line sits at the bottom.
func maxTopLine(m Model, r int) int {
	f := m.desk.flow(r)
	return distance(f, firstPos(f), bottomPos(f, m.desk.lay.bodyHeight()))
}

// update sends msgs in order and returns the resulting model.
func update(t testing.TB, m Model, msgs ...tea.Msg) Model {
	t.Helper()
	for _, msg := range msgs {
		next, _ := m.Update(msg)
		var ok bool
		m, ok = next.(Model)
		require.True(t, ok, "Update returns a Model")
	}
	return m
}

// keyPress builds the message a terminal sends for a key, named as in
// key bindings ("j", "ctrl+d", "pgdown", "tab", "shift+tab", "G").
func keyPress(name string) tea.KeyPressMsg {
	special := map[string]tea.Key{
		"down":      {Code: tea.KeyDown},
		"up":        {Code: tea.KeyUp},
		"left":      {Code: tea.KeyLeft},
		"right":     {Code: tea.KeyRight},
		"pgdown":    {Code: tea.KeyPgDown},
		"pgup":      {Code: tea.KeyPgUp},
		"home":      {Code: tea.KeyHome},
		"end":       {Code: tea.KeyEnd},
		"tab":       {Code: tea.KeyTab},
		"shift+tab": {Code: tea.KeyTab, Mod: tea.ModShift},
		"esc":       {Code: tea.KeyEscape},
		"enter":     {Code: tea.KeyEnter},
	}
	if k, ok := special[name]; ok {
		return tea.KeyPressMsg(k)
	}
	if rest, ok := strings.CutPrefix(name, "ctrl+"); ok {
		r, _ := utf8.DecodeRuneInString(rest)
		return tea.KeyPressMsg{Code: r, Mod: tea.ModCtrl}
	}
	r, _ := utf8.DecodeRuneInString(name)
	return tea.KeyPressMsg{Code: r, Text: name}
}

// press sends key presses in order.
func press(t testing.TB, m Model, names ...string) Model {
	t.Helper()
	for _, n := range names {
		m = update(t, m, keyPress(n))
	}
	return m
}

// screen renders m without colour: one string per row.
func screen(m Model) []string {
	return strings.Split(ansi.Strip(m.View().Content), "\n")
}

// rowOf returns the screen row whose text contains s, or -1.
func rowOf(rows []string, s string) int {
	for i, r := range rows {
		if strings.Contains(r, s) {
			return i
		}
	}
	return -1
}

// requireFits checks that a rendered screen is exactly height rows of at
// most width cells.
func requireFits(t testing.TB, content string, width, height int) {
	t.Helper()
	rows := strings.Split(content, "\n")
	require.Len(t, rows, height, "rows on screen")
	for i, r := range rows {
		require.LessOrEqual(t, ansi.StringWidth(r), width, "row %d is too wide: %q", i, ansi.Strip(r))
	}
}

// screenText is the screen without colour, as one string.
func screenText(m Model) string { return strings.Join(screen(m), "\n") }

// fullHelp is every key the help lists for the view on screen.
func fullHelp(m Model) [][]key.Binding {
	return m.viewTable().with(m.tables.global...).fullHelp()
}

package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tablesByName names every command table, for messages.
func tablesByName(m Model) map[string]commandTable {
	t := m.tables
	return map[string]commandTable{"reading": t.reading, "aligned": t.aligned, "sheet": t.sheet,
		"detail": t.detail, "help": t.help, "global": t.global}
}

func TestNoKeyMeansTwoThingsInOneTable(t *testing.T) {
	m := sized(t, seedAlignment(t), 120, 40)
	for name, table := range tablesByName(m) {
		seen := map[string]string{}
		for _, c := range table.with(m.tables.global...) {
			for _, k := range c.key.Keys() {
				if name == "global" {
					continue
				}
				require.NotContains(t, seen, k, "%s: %q is %q and %q", name, k, seen[k], c.key.Help().Desc)
				seen[k] = c.key.Help().Desc
			}
		}
	}
}

func TestEveryCommandHasHelpAndAnAction(t *testing.T) {
	m := sized(t, seedAlignment(t), 120, 40)
	for name, table := range tablesByName(m) {
		for _, c := range table {
			assert.NotEmpty(t, c.key.Keys(), name)
			assert.NotEmpty(t, c.key.Help().Key, "%s: %v", name, c.key.Keys())
			assert.NotEmpty(t, c.key.Help().Desc, "%s: %v", name, c.key.Keys())
			assert.NotNil(t, c.run, "%s: %s", name, c.key.Help().Desc)
		}
	}
}

func TestTheSameKeyDoesWhatItsViewSays(t *testing.T) {
	m := withAnalysis(t, sized(t, seedAlignment(t), 120, 40))
	// n: the next match in the reports, the next item in an analysis view,
	// the detail's next match in the detail.
	next := press(t, m, "n")
	assert.Equal(t, 1, next.currentMatch())
	quotes := press(t, m, `"`, "n")
	assert.Contains(t, quotes.statusBar(), "quote 2 of 11")
	detail := press(t, m, "enter", "n")
	require.True(t, detail.detail.open)
	assert.Equal(t, 1, detail.detail.match)
	// esc: clears the search in the reports, leaves an analysis view,
	// closes the detail, closes the help.
	assert.Equal(t, viewReading, press(t, m, `"`, "esc").view)
	assert.False(t, press(t, m, "enter", "esc").detail.open)
	assert.False(t, press(t, m, "?", "esc").help.open)
	assert.Empty(t, press(t, pressSearching(t, m, "/", "K", "enter"), "esc").desk.search.query)
}

func TestAKeyThatDoesNotApplySaysWhy(t *testing.T) {
	m := sized(t, seedAlignment(t), 120, 40)
	for _, tt := range []struct{ key, why string }{
		{"]", "no search"},
		{"[", "no search"},
		{"2", "both reports are shown"},
	} {
		after := press(t, m, tt.key)
		assert.Contains(t, after.desk.notice, tt.why, tt.key)
		assert.Equal(t, m.reading.panes, after.reading.panes, "%s does nothing else", tt.key)
	}
	aligning := update(t, New(seedArticles(t), testOptions()), tea.WindowSizeMsg{Width: 120, Height: 40})
	for _, k := range []string{"n", "enter", "v", "d", "u"} {
		assert.NotEmpty(t, press(t, aligning, k).desk.notice, "%s before the alignment", k)
	}
	assert.Equal(t, viewReading, press(t, aligning, "v").view)
}

func TestTheOneLineHelpShowsTheKeysOfWhatIsOnTop(t *testing.T) {
	m := withAnalysis(t, sized(t, seedAlignment(t), 160, 40))
	bottom := func(m Model) string { rows := screen(m); return rows[len(rows)-1] }
	assert.Contains(t, bottom(m), "n/N match")
	assert.Contains(t, bottom(m), "/ search")
	assert.NotContains(t, bottom(m), "]/[ hit", "no search yet")
	assert.Contains(t, bottom(pressSearching(t, m, "/", "K", "enter")), "]/[ hit")
	assert.Contains(t, bottom(press(t, m, "enter")), "esc close", "the detail's keys")
	assert.Contains(t, bottom(press(t, m, "?")), "esc close", "the help's keys")
	assert.Contains(t, bottom(press(t, m, "f")), "n/N item")
	assert.NotContains(t, bottom(press(t, m, "f")), "n/N match")
}

func TestHelpScrollsAtAnySize(t *testing.T) {
	for _, size := range [][2]int{{60, 12}, {80, 24}, {61, 13}} {
		for _, keys := range [][]string{{"?"}, {`"`, "?"}} {
			m := press(t, withAnalysis(t, sized(t, seedAlignment(t), size[0], size[1])), keys...)
			require.True(t, m.help.open)
			lines := m.helpLines()
			text := screenText(m)
			if len(lines) <= m.helpHeight() {
				assert.NotContains(t, text, "j/k, pgdn/pgup scroll", "all of it fits at %v", size)
				continue
			}
			assert.Contains(t, text, fmt.Sprintf("of %d", len(lines)), "it says there is more")
			var seen strings.Builder
			for range len(lines) {
				seen.WriteString(screenText(m))
				m = press(t, m, "j")
			}
			all := seen.String()
			for _, group := range fullHelp(m) {
				for _, b := range group {
					assert.Contains(t, all, b.Help().Desc, "j reaches every key at %v", size)
				}
			}
			assert.Equal(t, len(lines)-(m.helpHeight()-1), m.help.top, "j stops at the end")
			assert.Contains(t, screenText(m), fmt.Sprintf("–%d of %d", len(lines), len(lines)), "the last line shows")
			assert.Zero(t, press(t, m, "g").help.top)
			assert.Equal(t, m.help.top, press(t, m, "g", "G").help.top)
			assert.Less(t, press(t, m, "pgup").help.top, m.help.top)
			requireFits(t, m.View().Content, size[0], size[1])
		}
	}
}

func TestTheLegendLineCanBeShown(t *testing.T) {
	m := sized(t, seedAlignment(t), 80, 24)
	body := m.desk.lay.paneHeight
	on := press(t, m, "L")
	assert.True(t, on.desk.legend)
	assert.Equal(t, body-1, on.desk.lay.paneHeight, "the legend takes a row from the panes")
	rows := screen(on)
	legend := rows[len(rows)-3]
	for _, want := range []string{"= identical", "≈ reworded", "~ related", "+ unique", "· noise"} {
		assert.Contains(t, legend, want)
	}
	requireFits(t, on.View().Content, 80, 24)
	facts := press(t, withAnalysis(t, on), "f")
	assert.Contains(t, screen(facts)[21], "current item", "an analysis view's legend")
	assert.False(t, press(t, facts, "L").desk.legend, "L works there too")
	assert.False(t, press(t, on, "L").desk.legend)
	for _, size := range [][2]int{{60, 12}, {300, 80}} {
		requireFits(t, update(t, on, tea.WindowSizeMsg{Width: size[0], Height: size[1]}).View().Content, size[0], size[1])
	}
}

func TestTheStatusBarGivesUpItsLeastImportantPartsFirst(t *testing.T) {
	m := pressSearching(t, sized(t, seedAlignment(t), 200, 30), "d", "x", "/", "W", "h", "i", "t", "e", "enter", "]")
	require.Contains(t, m.statusBar(), "“White” hit 2 of")
	for width := 200; width >= minWidth; width-- {
		bar := update(t, m, tea.WindowSizeMsg{Width: width, Height: 30}).statusBar()
		shows := func(s string) bool { return strings.Contains(bar, s) }
		hit := shows("hit 2 of") || shows(" 2/")
		// Each part is kept only while every more important one is.
		if shows("sync on") {
			assert.True(t, shows("no noise"), "at %d: %q", width, bar)
		}
		if shows("no noise") {
			assert.True(t, shows("diffs only"), "at %d: %q", width, bar)
		}
		if shows("diffs only") {
			assert.True(t, hit, "at %d: %q", width, bar)
		}
		assert.True(t, hit, "the search position stays at %d: %q", width, bar)
		assert.True(t, shows("reading"), "the view's name stays at %d: %q", width, bar)
		assert.LessOrEqual(t, m.desk.cells.Width(bar), width)
	}
	at80 := update(t, m, tea.WindowSizeMsg{Width: 80, Height: 24}).statusBar()
	assert.Contains(t, at80, "“White” 2/", "at 80 columns with d and x on, the search position shows")
	assert.Contains(t, at80, "diffs only")
}

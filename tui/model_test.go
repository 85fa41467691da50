package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/model"
)

func TestScrollKeysMoveTheFocusedPane(t *testing.T) {
	al := seedAlignment(t)
	base := sized(t, al, 80, 24)
	body := base.desk.lay.bodyHeight()
	maxOff := maxTopLine(base, 0)
	require.Greater(t, maxOff, body, "the seed needs more than two screens at 80x24 for this test")
	tests := []struct {
		keys []string
		want int
	}{
		{[]string{"j"}, 1},
		{[]string{"down", "down"}, 2},
		{[]string{"j", "j", "k"}, 1},
		{[]string{"up"}, 0},
		{[]string{"pgdown"}, body - 1},
		{[]string{"pgdown", "pgup"}, 0},
		{[]string{"ctrl+d"}, body / 2},
		{[]string{"ctrl+d", "ctrl+u"}, 0},
		{[]string{"G"}, maxOff},
		{[]string{"end"}, maxOff},
		{[]string{"G", "g"}, 0},
		{[]string{"G", "home"}, 0},
		{[]string{"G", "j"}, maxOff},
		{[]string{"space"}, body - 1},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.keys, " "), func(t *testing.T) {
			m := press(t, base, tt.keys...)
			assert.Equal(t, tt.want, topLine(m, 0))
		})
	}
}

func TestKeysDoNotChangeTheModelTheyWereSentTo(t *testing.T) {
	m := sized(t, seedAlignment(t), 120, 40)
	before := m.reading.panes[0].top
	_ = press(t, m, "j", "n", "tab", "2", "z", "v", "d")
	assert.Equal(t, before, m.reading.panes[0].top)
	assert.Equal(t, []int{0, 1}, m.desk.order)
	assert.False(t, m.desk.zoomed)
	assert.Equal(t, viewReading, m.view)
	assert.Equal(t, 0, m.desk.focus)
}

func TestNextMatchShowsKirbysLineLevelInBothPanes(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}, {160, 48}} {
		m := sized(t, seedAlignment(t), size[0], size[1])
		m = press(t, m, "n")
		rows := screen(m)
		left := rowOf(rows, "direct message")
		require.GreaterOrEqual(t, left, 0, "Kirby's line is on screen at %v", size)
		assert.Contains(t, rows[left], "There was a direct message", "at %v", size)
		// Both halves of the row carry the quotation: the panes are level.
		assert.Equal(t, 2, strings.Count(rows[left], "There was a direct message"), "at %v: %q", size, rows[left])
		assert.Contains(t, strings.Join(rows, "\n"), "match 2 of", "at %v", size)
		assert.Contains(t, strings.Join(rows, "\n"), "reworded", "at %v", size)
	}
}

func TestNextAndPreviousMatchFollowTheFocusedReport(t *testing.T) {
	m := sized(t, seedAlignment(t), 120, 40)
	assert.Equal(t, 0, m.currentMatch())
	m = press(t, m, "n")
	assert.Equal(t, 1, m.currentMatch())
	m = press(t, m, "n", "n")
	assert.Equal(t, 3, m.currentMatch())
	m = press(t, m, "n") // no further match: stays
	assert.Equal(t, 3, m.currentMatch())
	m = press(t, m, "N")
	assert.Equal(t, 2, m.currentMatch())
	m = press(t, m, "N", "N", "N")
	assert.Equal(t, 0, m.currentMatch())
}

func TestPreviousMatchReturnsToTheStartOfALongMatch(t *testing.T) {
	m := sized(t, seedAlignment(t), 60, 30)
	m = press(t, m, "n", "j") // inside Kirby's passage, its first line scrolled away
	require.Equal(t, 1, m.currentMatch())
	f := m.desk.flow(0)
	first := f.textPos(m.reading.currentPassage(&m.desk))
	require.True(t, before(first, m.reading.panes[0].top))
	m = press(t, m, "N")
	assert.Equal(t, first, m.reading.panes[0].top)
	assert.Equal(t, 1, m.currentMatch())
}

func TestTabMovesTheFocus(t *testing.T) {
	m := sized(t, seedAlignment(t), 120, 40)
	m = press(t, m, "tab")
	assert.Equal(t, 1, m.desk.focus)
	assert.Contains(t, m.statusBar(), "focus: [2] White House Admits")
	m = press(t, m, "tab")
	assert.Equal(t, 0, m.desk.focus)
	m = press(t, m, "shift+tab")
	assert.Equal(t, 1, m.desk.focus)
	// With the focus on the right, n follows the right report's order.
	m = press(t, m, "n")
	right := m.reading.panes[1]
	assert.Equal(t, m.desk.flow(1).textPos(right.top.block), right.top, "the match starts at the top")
	assert.Equal(t, 1, m.currentMatch())
}

func TestSyncKeepsThePartnerLevelAndCanBeTurnedOff(t *testing.T) {
	m := sized(t, seedAlignment(t), 120, 40)
	m = press(t, m, "n")
	synced := topLine(m, 1)
	m = press(t, m, "j")
	assert.Equal(t, synced+1, topLine(m, 1), "the other pane scrolls along inside a match")

	m = press(t, m, "s")
	assert.False(t, m.reading.sync)
	assert.Contains(t, m.statusBar(), "sync off")
	still := m.reading.panes[1].top
	m = press(t, m, "j", "j", "n")
	assert.Equal(t, still, m.reading.panes[1].top, "without sync the other pane stays")

	m = press(t, m, "s")
	assert.True(t, m.reading.sync)
	assert.Equal(t, m.reading.syncedTop(&m.desk, 0, 1), m.reading.panes[1].top, "turning sync on realigns at once")
}

func TestHelpOpensAndCloses(t *testing.T) {
	m := sized(t, seedAlignment(t), 120, 40)
	m = press(t, m, "?")
	require.True(t, m.help.open)
	text := strings.Join(screen(m), "\n")
	for _, want := range []string{"half page down", "next match", "next pane", "sync scrolling", "quit", "unique to this report",
		"search all reports", "next search hit", "reading / aligned view", "match detail", "differences only",
		"hide/show noise", "overview column", "stricter matching", "zoom pane", "next unique passage",
		"quotes and their drift", "facts and conflicts", "coverage and sources"} {
		assert.Contains(t, text, want)
	}
	top := m.reading.panes[0].top
	m = press(t, m, "j")
	assert.Equal(t, top, m.reading.panes[0].top, "keys do not scroll behind the help")
	m = press(t, m, "esc")
	assert.False(t, m.help.open)
	m = press(t, m, "?", "?")
	assert.False(t, m.help.open)
}

func TestQuitKeys(t *testing.T) {
	for _, k := range []string{"q", "ctrl+c"} {
		m := sized(t, seedAlignment(t), 120, 40)
		_, cmd := m.Update(keyPress(k))
		require.NotNil(t, cmd, k)
		assert.IsType(t, tea.QuitMsg{}, cmd(), k)
	}
}

func TestResizeKeepsThePassageInView(t *testing.T) {
	m := sized(t, seedAlignment(t), 160, 48)
	m = press(t, m, "n")
	top := m.reading.currentPassage(&m.desk)
	for _, size := range [][2]int{{80, 24}, {61, 13}, {300, 80}, {120, 40}} {
		m = update(t, m, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		assert.Equal(t, top, m.reading.currentPassage(&m.desk), "at %v", size)
		assert.Equal(t, 1, m.currentMatch(), "at %v", size)
		requireFits(t, m.View().Content, size[0], size[1])
	}
}

func TestTooSmallScreenSaysSo(t *testing.T) {
	for _, size := range [][2]int{{59, 30}, {100, 11}, {20, 5}, {1, 1}} {
		m := sized(t, seedAlignment(t), size[0], size[1])
		text := strings.Join(screen(m), "\n")
		if size[0] >= 18 {
			assert.Contains(t, text, "Terminal too small", "at %v", size)
		}
		requireFits(t, m.View().Content, size[0], size[1])
		// Keys are harmless while too small.
		m = press(t, m, "j", "n", "tab", "G")
		requireFits(t, m.View().Content, size[0], size[1])
	}
}

func TestViewFitsTheScreenEverywhere(t *testing.T) {
	al := seedAlignment(t)
	for _, size := range [][2]int{{60, 12}, {80, 24}, {120, 40}, {160, 48}, {300, 80}} {
		m := sized(t, al, size[0], size[1])
		for _, keys := range [][]string{nil, {"G"}, {"n", "n"}, {"tab", "G"}, {"?"}} {
			m2 := press(t, m, keys...)
			requireFits(t, m2.View().Content, size[0], size[1])
		}
	}
}

func TestViewDeclaresAltScreen(t *testing.T) {
	v := sized(t, seedAlignment(t), 80, 24).View()
	assert.True(t, v.AltScreen)
}

func TestBackgroundColourPicksStyles(t *testing.T) {
	al := seedAlignment(t)
	m := update(t, New(al.Articles, Options{Config: diffing.DefaultConfig()}), tea.WindowSizeMsg{Width: 80, Height: 24})
	m = update(t, m, alignDoneMsg{gen: m.align.gen, al: al})
	assert.NotNil(t, m.Init())
	light := update(t, m, tea.BackgroundColorMsg{Color: whiteColor{}})
	assert.False(t, light.desk.isDark)
	assert.NotEqual(t, m.View().Content, light.View().Content)
}

type whiteColor struct{}

func (whiteColor) RGBA() (r, g, b, a uint32) { return 0xffff, 0xffff, 0xffff, 0xffff }

// hostileAlignment aligns two reports full of terminal attacks.
func hostileAlignment() *diffing.Alignment {
	text := "Title \x1b]0;pwned\x07 here\n" +
		"Troops \x1b[2J\x1b[H moved into the city \u202eyadnoM\u202c on Monday, officials said.\n" +
		"The clipboard \x1b]52;c;ZXZpbA==\x07 and a link \x1b]8;;http://evil.example\x1b\\click\x1b]8;;\x1b\\ appeared \u0085 here \x9b31m today.\n"
	return alignTexts(namedText{"a\x1b[31m.txt", text}, namedText{"b.txt", text})
}

func TestViewNeutralisesTerminalEscapesInArticles(t *testing.T) {
	m := sized(t, hostileAlignment(), 120, 40)
	for _, keys := range [][]string{nil, {"n"}, {"?"}, {"tab"}, {"v"}, {"enter"}, {"n", "enter"}, {"d"}, {"v", "enter"}, {"/", "T", "r"}} {
		content := pressSearching(t, m, keys...).View().Content
		assertOnlyStyling(t, content)
	}
	require.True(t, press(t, m, "enter").detail.open, "the detail of a hostile match is checked too")
	m.desk.noColor = true
	assertOnlyStyling(t, press(t, m, "enter").View().Content)
	text := strings.Join(screen(m), "\n")
	assert.Contains(t, text, "␛[2J", "the escape shows as a visible placeholder")
}

// assertOnlyStyling fails when s holds anything that can control a terminal
// other than SGR colour sequences (ESC [ params m), which the styles emit.
func assertOnlyStyling(t testing.TB, s string) {
	t.Helper()
	for i := 0; i < len(s); i++ {
		if s[i] != 0x1b {
			continue
		}
		j := i + 1
		require.Less(t, j, len(s), "a bare ESC at the end")
		require.Equal(t, byte('['), s[j], "a non-CSI escape at %d: %q", i, s[i:min(len(s), i+12)])
		j++
		for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ';' || s[j] == ':') {
			j++
		}
		require.Less(t, j, len(s))
		require.Equal(t, byte('m'), s[j], "a CSI that is not SGR at %d: %q", i, s[i:min(len(s), j+1)])
		i = j
	}
	for _, r := range s {
		require.False(t, r >= 0x80 && r <= 0x9f, "a C1 control %U", r)
		require.False(t, model.IsBidiControl(r), "a bidi control %U", r)
		require.False(t, r < 0x20 && r != '\n' && r != 0x1b, "a C0 control %U", r)
	}
}

func TestKirbysDifferingWordsAreHighlighted(t *testing.T) {
	m := press(t, sized(t, seedAlignment(t), 120, 40), "n")
	content := m.View().Content
	assert.Contains(t, content, m.desk.styles.Changed.Render("relayed"))
	assert.Contains(t, content, m.desk.styles.Changed.Render("spokesperson"))
	assert.Contains(t, content, m.desk.styles.Changed.Render("spokesman"))
	assert.Contains(t, content, m.desk.styles.Changed.Render("but declined"), "a run of changed words is one span")
	assert.NotContains(t, content, m.desk.styles.Changed.Render("direct"), "shared words are not highlighted")
	// "said" and "Reuters" are in both sentences, at other places: no
	// difference of wording, shown in the quieter style.
	assert.Contains(t, content, m.desk.styles.Shifted.Render("said"))
	assert.Contains(t, content, m.desk.styles.Shifted.Render("Reuters"))
	assert.NotContains(t, content, m.desk.styles.Changed.Render(`conveyed," said`))
}

func TestTypingASearchDoesNotChangeTheModelItWasSentTo(t *testing.T) {
	m := press(t, sized(t, seedAlignment(t), 120, 40), "/", "a", "b", "left")
	require.Equal(t, 1, m.desk.search.input.Position())
	x, y := press(t, m, "x"), press(t, m, "y")
	assert.Equal(t, "ab", m.desk.search.input.Value())
	assert.Equal(t, "axb", x.desk.search.input.Value())
	assert.Equal(t, "ayb", y.desk.search.input.Value())
}

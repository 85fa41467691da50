package tui

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/aligned"
	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/model"
)

func TestViewKeyTogglesTheAlignedViewKeepingTheMatch(t *testing.T) {
	m := press(t, sized(t, seedAlignment(t), 120, 40), "n")
	require.Equal(t, 1, m.currentMatch())
	m = press(t, m, "v")
	require.Equal(t, viewAligned, m.view)
	require.NotNil(t, m.aligned.rows)
	assert.Equal(t, 1, m.currentMatch(), "the match stays current")
	rows := screen(m)
	at := rowOf(rows, "There was a direct message")
	require.Equal(t, headerRows, at, "its row is at the top")
	assert.Equal(t, 2, strings.Count(rows[at], "There was a direct message"), "one column per report")
	assert.Contains(t, screenText(m), "aligned")

	m = press(t, m, "n")
	assert.Equal(t, 2, m.currentMatch())
	m = press(t, m, "v")
	assert.Equal(t, viewReading, m.view)
	assert.Equal(t, 2, m.currentMatch(), "back in the reading view, still at the match")
}

func TestAlignedViewScrollsAndJumps(t *testing.T) {
	m := press(t, sized(t, seedAlignment(t), 120, 40), "v")
	f := m.aligned.flow(&m.desk)
	body := m.desk.lay.bodyHeight()
	tests := []struct {
		keys []string
		want pos
	}{
		{[]string{"j"}, advance(f, firstPos(f), 1)},
		{[]string{"j", "k"}, firstPos(f)},
		{[]string{"pgdown"}, advance(f, firstPos(f), body-1)},
		{[]string{"ctrl+d"}, advance(f, firstPos(f), body/2)},
		{[]string{"G"}, bottomPos(f, body)},
		{[]string{"G", "g"}, firstPos(f)},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, press(t, m, tt.keys...).aligned.top, "%v", tt.keys)
	}
	m = press(t, m, "n", "n")
	assert.Equal(t, 2, m.currentMatch())
	m = press(t, m, "N")
	assert.Equal(t, 1, m.currentMatch())

	// u goes to the next stretch only report 1 tells.
	m = press(t, m, "u")
	row := m.aligned.rows.Rows[m.aligned.currentRow(&m.desk)]
	assert.Equal(t, -1, row.Match)
	assert.Equal(t, 0, row.Column())
	first := m.desk.docs[0].article.Passages[row.Cells[0].Passages[0]].Text
	assert.Contains(t, screen(m)[headerRows], first[:20], "the stretch is at the top")
}

func TestAlignedViewMarksMovedPassages(t *testing.T) {
	m := press(t, sized(t, threeReports(t), 160, 48), "v")
	text := screenText(m)
	assert.Contains(t, text, "↓ moved from ¶2", "report 2 tells the storm after the mayor")
	for _, row := range m.aligned.rows.Rows {
		assert.Equal(t, aligned.InPlace, row.Cells[m.aligned.rows.Base].Move)
	}
}

func TestTabInTheAlignedViewFollowsTheOtherReportsOrder(t *testing.T) {
	m := press(t, sized(t, threeReports(t), 160, 48), "v")
	require.Equal(t, 0, m.aligned.rows.Base)
	m = press(t, m, "tab")
	assert.Equal(t, 1, m.desk.focus)
	assert.Equal(t, 1, m.aligned.rows.Base, "rows follow the focused report")
	m = press(t, m, "g")
	for _, row := range m.aligned.rows.Rows {
		if ps := row.Cells[1].Passages; len(ps) > 0 {
			assert.Equal(t, []int{0}, ps, "report 2's rows start with its first passage, the mayor")
			break
		}
	}
}

func TestDetailShowsTheMatchAndCloses(t *testing.T) {
	al := seedAlignment(t)
	m := press(t, sized(t, al, 120, 40), "n", "enter")
	require.True(t, m.detail.open)
	text := screenText(m)
	similarity := fmt.Sprintf("similarity %.2f", al.Matches[1].Similarity)
	for _, want := range []string{"Match 2 of 4", "reworded", similarity, "Shared words:", "kirby",
		"[1] 1-white-house-confirms-message.txt · ¶2 · sentence 2", "[2] White House Admits", "relayed", "conveyed"} {
		assert.Contains(t, text, want)
	}
	m = press(t, m, "n")
	assert.True(t, m.detail.open)
	assert.Contains(t, screenText(m), "Match 3 of 4", "n moves the detail on")
	m = press(t, m, "esc")
	assert.False(t, m.detail.open)
	assert.Equal(t, 2, m.currentMatch(), "the view followed the detail")
	m = press(t, m, "enter", "enter")
	assert.False(t, m.detail.open, "enter closes it too")
}

func TestDetailOnAUniquePassageSaysSo(t *testing.T) {
	m := press(t, sized(t, seedAlignment(t), 120, 40), "n", "u", "enter")
	assert.False(t, m.detail.open)
	assert.Contains(t, m.desk.notice, "not at a match")
}

func TestDetailWithoutColourMarksTheWords(t *testing.T) {
	m := sized(t, seedAlignment(t), 120, 40)
	m = update(t, m, tea.ColorProfileMsg{Profile: colorprofile.ASCII})
	m = press(t, m, "n", "enter")
	text := screenText(m)
	assert.Contains(t, text, "[-relayed-]")
	assert.Contains(t, text, `{+conveyed,"+} said White House`, "said is in both: moved, not added")
	assert.Contains(t, text, "John Kirby said at a", "nor struck where the first report has it")
	coloured := press(t, sized(t, seedAlignment(t), 120, 40), "n", "enter")
	assert.NotContains(t, screenText(coloured), "[-relayed-]", "with colour the words are styled instead")
}

func TestDetailScrolls(t *testing.T) {
	m := press(t, sized(t, seedAlignment(t), 60, 14), "n", "enter")
	require.Greater(t, len(m.detail.lines(&m.desk, m.detail.width(&m.desk))), m.detail.height(&m.desk), "the detail is longer than the box")
	m = press(t, m, "j")
	assert.Equal(t, 1, m.detail.top)
	m = press(t, m, "G")
	assert.Equal(t, len(m.detail.lines(&m.desk, m.detail.width(&m.desk)))-m.detail.height(&m.desk), m.detail.top)
	m = press(t, m, "g")
	assert.Equal(t, 0, m.detail.top)
}

func TestDifferencesOnlyFoldsIdenticalPassages(t *testing.T) {
	m := sized(t, twoVersions(t), 80, 30)
	f := m.desk.flow(0)
	require.Greater(t, f.height(0), 1, "the first sentence takes two lines")
	require.Equal(t, diffing.Identical, m.desk.docs[0].relation(0))
	m = press(t, m, "d")
	assert.True(t, m.desk.diffsOnly)
	assert.Equal(t, 1, m.desk.flow(0).height(0), "folded to one line")
	assert.Contains(t, screenText(m), "The council approved the new …")
	assert.Greater(t, m.desk.flow(0).height(2), 1, "a reworded passage is not folded")
	m = press(t, m, "d")
	assert.Equal(t, f.height(0), m.desk.flow(0).height(0))
}

func TestNoiseCanBeHidden(t *testing.T) {
	m := sized(t, seedAlignment(t), 120, 60)
	require.Contains(t, screenText(press(t, m, "G")), "headtopics.com")
	m = press(t, m, "x")
	assert.True(t, m.desk.hideNoise)
	assert.NotContains(t, screenText(press(t, m, "G")), "headtopics.com")
	assert.NotContains(t, screenText(press(t, m, "G")), "Picture: Fatemeh Bahrami")
	assert.Contains(t, m.statusBar(), "no noise")
	m = press(t, m, "x")
	assert.Contains(t, screenText(press(t, m, "G")), "headtopics.com")
}

func TestOverviewColumnMapsTheReport(t *testing.T) {
	m := sized(t, seedAlignment(t), 120, 40)
	rows := screen(m)
	// The overview is the last cell of each pane: left of the separator.
	sep := strings.Index(rows[headerRows], "│")
	require.Greater(t, sep, 0)
	marks := ""
	for _, r := range rows[headerRows : headerRows+m.desk.lay.bodyHeight()] {
		cells := []rune(r)
		marks += string(cells[len([]rune(r[:sep]))-1])
	}
	assert.Contains(t, marks, glyphs[diffing.Unique])
	assert.Contains(t, marks, glyphs[diffing.Reworded])
	assert.Contains(t, marks, noiseGlyph)
	m = press(t, m, "o")
	assert.False(t, m.desk.overview)
	on := press(t, m, "o")
	assert.Equal(t, m.desk.textWidth(m.desk.paneWidth(0)), on.desk.textWidth(on.desk.paneWidth(0))+overviewWidth)
}

func TestSummariseTakesTheCommonestMark(t *testing.T) {
	marks := []mark{markUnique, markIdentical, markIdentical, markNoise, markReworded, markReworded}
	got := summarise(len(marks), func(i int) mark { return marks[i] }, 2)
	assert.Equal(t, []mark{markIdentical, markReworded}, got)
	got = summarise(2, func(i int) mark { return marks[i] }, 4)
	assert.Equal(t, []mark{markUnique, markUnique, markIdentical, markIdentical}, got, "few items fill the rows")
}

func TestSearchHighlightsHitsInEveryPaneAndMovesBetweenThem(t *testing.T) {
	m := sized(t, seedAlignment(t), 120, 40)
	m = pressSearching(t, m, "/", "W", "h", "i", "t", "e")
	assert.True(t, m.desk.search.typing)
	assert.Equal(t, "White", m.desk.search.query, "hits show while typing")
	require.NotEmpty(t, m.desk.search.hits[0])
	require.NotEmpty(t, m.desk.search.hits[1])
	assert.Contains(t, m.View().Content, m.desk.styles.Hit.Render("White"), "hits are highlighted")
	assert.Contains(t, screen(m)[len(screen(m))-1], "/White", "the query line")

	m = pressSearching(t, m, "enter")
	assert.False(t, m.desk.search.typing)
	first := m.desk.search.current
	require.Equal(t, 0, first)
	m = press(t, m, "]")
	assert.Equal(t, first+1, m.desk.search.current)
	hit := m.desk.search.hits[0][m.desk.search.current]
	assert.Equal(t, m.desk.docs[0].passageAt(hit.start), m.reading.currentPassage(&m.desk), "the view moved to the hit")
	assert.Contains(t, m.statusBar(), "“White” hit 2 of")
	m = press(t, m, "[")
	assert.Equal(t, first, m.desk.search.current)
	m = press(t, m, "[")
	assert.Equal(t, len(m.desk.search.hits[0])-1, m.desk.search.current, "wraps to the last hit")
	assert.Contains(t, m.desk.notice, "wrapped")

	m = press(t, m, "esc")
	assert.Empty(t, m.desk.search.query)
	assert.NotContains(t, m.View().Content, m.desk.styles.Hit.Render("White"))
}

func TestSearchTypingDoesNotTriggerKeys(t *testing.T) {
	m := sized(t, seedAlignment(t), 120, 40)
	next, cmd := m.Update(keyPress("/"))
	m = next.(Model)
	require.NotNil(t, cmd)
	m = press(t, m, "q", "n", "j")
	assert.Equal(t, "qnj", m.desk.search.input.Value())
	assert.Equal(t, 0, m.currentMatch(), "n did not move")
	m = press(t, m, "esc")
	assert.False(t, m.desk.search.typing)
	assert.Empty(t, m.desk.search.query)
}

func TestSearchIgnoresCaseAndEscapesNothing(t *testing.T) {
	msg := findAll(1, "kirby", seedArticles(t))().(searchDoneMsg)
	require.Len(t, msg.hits, 2)
	art := seedArticles(t)
	for a, hits := range msg.hits {
		require.NotEmpty(t, hits)
		for _, h := range hits {
			assert.Equal(t, "Kirby", art[a].Text[h.start:h.end])
		}
	}
	none := findAll(1, "a.b(", seedArticles(t))().(searchDoneMsg)
	assert.Empty(t, none.hits[0], "the query is literal, not a pattern")
}

func TestSearchSeesThroughInvisibleCharacters(t *testing.T) {
	arts := []*model.Article{
		model.Parse("a", "The minis\u00adter spoke on Thurs\u200bday.\n", model.UnitSentence),
		model.Parse("b", "The minister spoke on Thursday.\n", model.UnitSentence),
	}
	for _, query := range []string{"minister", "Thursday"} {
		msg := findAll(1, query, arts)().(searchDoneMsg)
		require.Len(t, msg.hits[0], 1, query)
		require.Len(t, msg.hits[1], 1, query)
		h := msg.hits[0][0]
		assert.Equal(t, query, strings.NewReplacer("\u00ad", "", "\u200b", "").Replace(arts[0].Text[h.start:h.end]))
	}
}

func TestNextUniqueFindsStretchesOnlyThisReportTells(t *testing.T) {
	m := sized(t, seedAlignment(t), 120, 40)
	d := m.desk.docs[0]
	m = press(t, m, "u")
	p := m.reading.currentPassage(&m.desk)
	require.True(t, d.isUnique(p))
	assert.False(t, d.isUnique(p-1), "at the start of a stretch")
	m = press(t, m, "u")
	q := m.reading.currentPassage(&m.desk)
	assert.Greater(t, q, p)
	for r := p; r < q; r++ {
		if !d.isUnique(r) {
			break
		}
		assert.Less(t, r, q, "u left the stretch")
	}
	m = press(t, m, "U")
	assert.Equal(t, p, m.reading.currentPassage(&m.desk))
}

func TestManyReportsGetAsManyPanesAsFit(t *testing.T) {
	al := threeReports(t)
	assert.Len(t, sized(t, al, 80, 24).desk.shown, 2, "two 40-column panes at 80")
	assert.Len(t, sized(t, al, 120, 40).desk.shown, 2)
	assert.Len(t, sized(t, al, 160, 48).desk.shown, 3)
	m := sized(t, al, 300, 80)
	assert.Equal(t, []int{0, 1, 2}, m.desk.shown)
	text := screenText(m)
	for _, title := range []string{"[1] Storm Hits", "[2] Province Declares", "[3] Tourists Stranded"} {
		assert.Contains(t, text, title, "every pane says which report it is")
	}
}

func TestNumberKeysPickTheReportInThePane(t *testing.T) {
	m := sized(t, threeReports(t), 80, 24)
	require.Equal(t, []int{0, 1}, m.desk.shown)
	m = press(t, m, "3")
	assert.Equal(t, []int{2, 1}, m.desk.shown, "report 3 takes the focused pane's place")
	assert.Equal(t, 2, m.desk.focus)
	m = press(t, m, "2")
	assert.Equal(t, []int{1, 2}, m.desk.shown, "a shown report swaps places")
	m = press(t, m, "9")
	assert.Contains(t, m.desk.notice, "no report 9")
	assert.Contains(t, screen(m)[0], "[2] Province")
}

func TestNumberKeysAreOffWithTwoReports(t *testing.T) {
	m := sized(t, seedAlignment(t), 120, 40)
	m = press(t, m, "2")
	assert.Equal(t, []int{0, 1}, m.desk.shown)
	assert.Equal(t, 0, m.desk.focus)
}

func TestZoomShowsOnePaneAndFocusWalksAllReports(t *testing.T) {
	m := sized(t, threeReports(t), 160, 48)
	m = press(t, m, "z")
	assert.True(t, m.desk.zoomed)
	assert.Equal(t, []int{0}, m.desk.shown)
	assert.Equal(t, 160, m.desk.paneWidth(0), "full width")
	m = press(t, m, "l")
	assert.Equal(t, []int{1}, m.desk.shown)
	m = press(t, m, "l", "l")
	assert.Equal(t, []int{0}, m.desk.shown, "round all three")
	m = press(t, m, "z")
	assert.Equal(t, []int{0, 1, 2}, m.desk.shown)
	requireFits(t, m.View().Content, 160, 48)
}

func TestFocusKeys(t *testing.T) {
	m := sized(t, threeReports(t), 160, 48)
	for _, tt := range []struct {
		key  string
		want int
	}{{"l", 1}, {"right", 1}, {"tab", 1}, {"h", 2}, {"left", 2}, {"shift+tab", 2}} {
		assert.Equal(t, tt.want, press(t, m, tt.key).desk.focus, tt.key)
	}
}

func TestNarrowingKeepsTheFocusedReportOnScreen(t *testing.T) {
	m := press(t, sized(t, threeReports(t), 160, 48), "l", "l")
	require.Equal(t, 2, m.desk.focus)
	m = update(t, m, tea.WindowSizeMsg{Width: 80, Height: 24})
	assert.Contains(t, m.desk.shown, 2)
	assert.Len(t, m.desk.shown, 2)
}

func TestMouseWheelScrollsThePaneUnderThePointer(t *testing.T) {
	m := sized(t, seedAlignment(t), 120, 40)
	right := m.desk.lay.paneWidths[0] + 5
	m = update(t, m, tea.MouseWheelMsg{X: right, Y: 10, Button: tea.MouseWheelDown})
	assert.Equal(t, wheelLines, topLine(m, 1), "the right pane scrolled")
	assert.Equal(t, 0, m.desk.focus, "the wheel does not move the focus")
	m = update(t, m, tea.MouseWheelMsg{X: right, Y: 10, Button: tea.MouseWheelUp})
	assert.Equal(t, 0, topLine(m, 1))
}

func TestClickFocusesAPaneAndSelectsThePassage(t *testing.T) {
	m := sized(t, seedAlignment(t), 120, 40)
	rows := screen(m)
	y := rowOf(rows, "conveyed")
	require.Greater(t, y, 0)
	x := m.desk.lay.paneWidths[0] + 10
	m = update(t, m, tea.MouseClickMsg{X: x, Y: y, Button: tea.MouseLeft})
	assert.Equal(t, 1, m.desk.focus)
	assert.Equal(t, 1, m.currentMatch(), "Kirby's match is selected")
	rows = screen(m)
	at := rowOf(rows, "conveyed")
	assert.Contains(t, rows[at-1]+rows[at], "relayed", "its partner moved level with it")
	assert.Contains(t, m.statusBar(), "match 2 of 4")
	m = press(t, m, "j")
	assert.Equal(t, -1, m.reading.panes[1].selected, "keys scroll from the top again")
}

func TestMouseInTheAlignedViewAndOverlays(t *testing.T) {
	m := press(t, sized(t, seedAlignment(t), 120, 40), "v")
	m = update(t, m, tea.MouseWheelMsg{X: 5, Y: 10, Button: tea.MouseWheelDown})
	assert.Equal(t, advance(m.aligned.flow(&m.desk), firstPos(m.aligned.flow(&m.desk)), wheelLines), m.aligned.top)
	m = update(t, m, tea.MouseClickMsg{X: 5, Y: headerRows, Button: tea.MouseLeft})
	assert.Equal(t, m.aligned.top.block, m.aligned.pick)
	m = press(t, m, "enter")
	require.True(t, m.detail.open)
	before := m.aligned.top
	m = update(t, m, tea.MouseWheelMsg{X: 5, Y: 10, Button: tea.MouseWheelDown})
	assert.Equal(t, before, m.aligned.top, "the wheel scrolls the detail, not the view behind")
}

func TestResizeStormsKeepTheLayoutWhole(t *testing.T) {
	m := press(t, sized(t, threeReports(t), 160, 48), "n")
	for i := range 200 {
		w, h := 40+(i*37)%280, 8+(i*13)%75
		m = update(t, m, tea.WindowSizeMsg{Width: w, Height: h})
		requireFits(t, m.View().Content, w, h)
	}
	m = update(t, m, tea.WindowSizeMsg{Width: 120, Height: 40})
	for _, keys := range [][]string{{"v"}, {"v", "G"}, {"enter"}, {"?"}, {"z"}, {"d", "x"}} {
		m2 := press(t, m, keys...)
		for _, size := range [][2]int{{60, 12}, {80, 24}, {300, 80}, {61, 13}} {
			m2 = update(t, m2, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			requireFits(t, m2.View().Content, size[0], size[1])
		}
	}
}

func TestThemeFlagOverridesTheTerminal(t *testing.T) {
	al := seedAlignment(t)
	light := New(al.Articles, Options{Config: diffing.DefaultConfig(), Theme: ThemeLight})
	assert.False(t, light.desk.isDark)
	light = update(t, light, tea.BackgroundColorMsg{Color: blackColor{}})
	assert.False(t, light.desk.isDark, "a forced theme ignores the background")
	for _, s := range []string{"auto", "dark", "light"} {
		_, err := ParseTheme(s)
		assert.NoError(t, err)
	}
	_, err := ParseTheme("pink")
	assert.Error(t, err)
}

type blackColor struct{}

func (blackColor) RGBA() (r, g, b, a uint32) { return 0, 0, 0, 0xffff }

func TestEveryKeyIsInTheHelp(t *testing.T) {
	m := press(t, sized(t, seedAlignment(t), 160, 48), "?")
	text := screenText(m)
	for _, group := range fullHelp(m) {
		for _, b := range group {
			assert.Contains(t, text, b.Help().Desc)
		}
	}
}

func TestRandomKeysAndSizesNeverBreakTheScreen(t *testing.T) {
	empty := alignTexts(namedText{"empty.txt", "Title: Only a title\n"}, namedText{"one.txt", "One sentence here.\n"})
	keys := []string{"/", "T", "i", "t", "l", "e", "enter", "j", "k", "pgdown", "pgup", "ctrl+d", "ctrl+u", "g", "G", "n", "N", "u", "U",
		"enter", "esc", "v", "d", "x", "o", "tab", "shift+tab", "h", "l", "1", "2", "3", "z", "s", "?", "]", "[", "space",
		`"`, "f", "c", "n", "enter", "esc"}
	rng := rand.New(rand.NewPCG(4, 4))
	for _, tt := range []struct {
		name string
		al   *diffing.Alignment
	}{{"seeds", seedAlignment(t)}, {"three", threeQuoting(t)}, {"hostile", hostileQuotes()}, {"empty", empty}} {
		name, al := tt.name, tt.al
		m := withAnalysis(t, sized(t, al, 120, 40))
		w, h := 120, 40
		for step := range 250 {
			switch r := rng.IntN(10); {
			case r == 0:
				w, h = 40+rng.IntN(280), 8+rng.IntN(80)
				m = update(t, m, tea.WindowSizeMsg{Width: w, Height: h})
			case r == 1:
				m = update(t, m, tea.MouseWheelMsg{X: rng.IntN(w), Y: rng.IntN(h), Button: tea.MouseWheelDown})
			case r == 2:
				m = update(t, m, tea.MouseClickMsg{X: rng.IntN(w), Y: rng.IntN(h), Button: tea.MouseLeft})
			default:
				m = pressSearching(t, m, keys[rng.IntN(len(keys))])
			}
			content := m.View().Content
			requireFits(t, content, w, h)
			if t.Failed() {
				t.Fatalf("%s: step %d", name, step)
			}
		}
	}
}

func TestAlternateKeysDoTheSameAsTheirFirst(t *testing.T) {
	m := press(t, sized(t, seedAlignment(t), 120, 40), "ctrl+d")
	for _, pair := range [][2]string{
		{"ctrl+f", "pgdown"}, {"space", "pgdown"}, {"ctrl+b", "pgup"}, {"home", "g"}, {"end", "G"},
		{"down", "j"}, {"up", "k"}, {"right", "l"}, {"left", "h"}, {"shift+tab", "h"},
	} {
		a, b := press(t, m, pair[0]), press(t, m, pair[1])
		assert.Equal(t, b.reading.panes, a.reading.panes, "%s and %s", pair[0], pair[1])
		assert.Equal(t, b.desk.focus, a.desk.focus, "%s and %s", pair[0], pair[1])
	}
	next, cmd := m.Update(keyPress("="))
	require.NotNil(t, cmd, "= is + without shift")
	assert.InDelta(t, diffing.DefaultConfig().MinScore+strictnessStep, next.(Model).cfg.MinScore, 1e-9)
}

func TestTheInlineDiffWritesNoSpaceBeforePunctuation(t *testing.T) {
	m := sized(t, seedAlignment(t), 120, 40)
	m.desk.noColor = true
	plain := func(a, b string) string {
		var out strings.Builder
		for _, s := range m.desk.inlineDiff(a, b) {
			out.WriteString(s.text)
		}
		return out.String()
	}
	for _, tt := range []struct{ a, b, want string }{
		{"Troops moved into the border region on Monday.", "Troops moved into the border region.",
			"Troops moved into the border region [-on Monday-]."},
		{"Troops reached the region today, officials said.", "Troops reached the region, officials said.",
			"Troops reached the region [-today-], officials said."},
		{"A big dog barked at night.", "A dog barked at night.", "A [-big-] dog barked at night."},
		{"The storm destroyed homes.", "The storm destroyed many homes.", "The storm destroyed {+many+} homes."},
		{`"We will hold the line today," he said.`, `"We will hold the line," he said.`,
			`"We will hold the line [-today-]," he said.`},
	} {
		assert.Equal(t, tt.want, plain(tt.a, tt.b), "%q → %q", tt.a, tt.b)
	}
	cjk := plain("今天天气很好。", "今天天气好。")
	assert.NotContains(t, cjk, " ", "no space between Chinese characters: %q", cjk)
}

package tui

import (
	"context"
	"fmt"
	"math"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/insight"
)

// withAnalysis delivers the analysis of m's alignment, as the command the
// reader started when the alignment arrived would.
func withAnalysis(t testing.TB, m Model) Model {
	t.Helper()
	require.True(t, m.analysis.busy, "an analysis was started")
	return update(t, m, analyse(context.Background(), m.analysis.gen, m.desk.al))
}

// analysedSeeds is a reader on the seeds at width × height with the
// analysis in.
func analysedSeeds(t testing.TB, width, height int) Model {
	t.Helper()
	return withAnalysis(t, sized(t, seedAlignment(t), width, height))
}

// threeQuoting aligns three short reports that quote the same words in
// different wording, the third crediting them to someone else than the
// mayor, and give figures that disagree.
func threeQuoting(t testing.TB) *diffing.Alignment {
	t.Helper()
	texts := []string{
		"Title: Storm Hits Northern Coast\nDate: 2024-03-04\n\n" +
			"The storm destroyed three hundred homes along the northern coast on Monday, officials said.\n\n" +
			"\"We have never seen anything like it,\" said Mayor Elena Ruiz, who declared a state of emergency.\n\n" +
			"At least 12 people were killed, the coast guard said.\n",
		"Title: Province Declares Emergency\nDate: 2024-03-04\n\n" +
			"\"We have never seen anything like this,\" Mayor Elena Ruiz told reporters after declaring a state of emergency.\n\n" +
			"The storm damaged or destroyed around 300 homes on the northern coast on Monday, according to officials.\n\n" +
			"Twelve people were killed and 14 people were injured, the coast guard said.\n",
		"Title: Tourists Stranded as Storm Batters Coast\nDate: 2024-03-05\n\n" +
			"A ferry was stranded offshore for nine hours on Monday, the Red Cross said.\n\n" +
			"\"We have never seen anything like it,\" said Governor Mark Ellis, who declared a state of emergency.\n",
	}
	var reports []namedText
	for i, text := range texts {
		reports = append(reports, namedText{string(rune('a'+i)) + ".txt", text})
	}
	return alignTexts(reports...)
}

func TestTheAnalysisRunsAfterTheAlignmentAndTheViewsWaitForIt(t *testing.T) {
	m := update(t, New(seedArticles(t), testOptions()), tea.WindowSizeMsg{Width: 80, Height: 24})
	m = press(t, m, `"`)
	assert.Equal(t, viewQuotes, m.view, "the view opens before the alignment is in")
	assert.Contains(t, screenText(m), "Aligning the reports; the analysis follows.")

	m, msgs := runBackground(t, m, m.Init())
	var analyses int
	for _, msg := range msgs {
		if _, ok := msg.(analysisDoneMsg); ok {
			analyses++
		}
	}
	assert.Equal(t, 1, analyses, "one analysis, after the alignment")
	require.NotNil(t, m.sheets.data)
	assert.False(t, m.analysis.busy)
	assert.Contains(t, screenText(m), "John Kirby")
}

func TestTheViewsSayAnalysingUntilTheResultArrives(t *testing.T) {
	m := press(t, sized(t, seedAlignment(t), 80, 24), "f")
	assert.Contains(t, screenText(m), "Analysing quotes, facts and sources…")
	assert.Contains(t, m.statusBar(), "analysing")
	m = withAnalysis(t, m)
	assert.Contains(t, screenText(m), "Conflicts (0)")
}

func TestARealignmentSupersedesTheAnalysis(t *testing.T) {
	m := press(t, sized(t, seedAlignment(t), 120, 40), `"`)
	old := m.analysis.gen
	stale := analyse(context.Background(), old, m.desk.al)
	next, cmd := m.Update(keyPress("+"))
	m = next.(Model)
	require.NotNil(t, cmd)
	cfg := m.cfg
	m = update(t, m, alignDoneMsg{gen: m.align.gen, al: diffing.Align(m.desk.articles, cfg)})
	require.Equal(t, old+1, m.analysis.gen, "the new alignment is analysed")
	m = update(t, m, stale)
	assert.Nil(t, m.sheets.data, "the analysis of the alignment replaced is dropped")
	assert.Contains(t, screenText(m), "Analysing quotes, facts and sources…")
	m = withAnalysis(t, m)
	require.NotNil(t, m.sheets.data)
	assert.Same(t, m.desk.al, m.sheets.data.al, "the analysis shown is of the alignment shown")
}

func TestRealigningCancelsTheAnalysisAndAnalysesTheNewAlignment(t *testing.T) {
	m := press(t, sized(t, seedAlignment(t), 120, 40), "c")
	require.True(t, m.analysis.busy)
	gen := m.analysis.gen
	// The analysis command of the first alignment still has its context.
	ctx, cancel := context.WithCancel(context.Background())
	next, cmd := m.Update(keyPress("+"))
	m = next.(Model)
	cancel() // as the + key did to the analysis under way
	m = update(t, m, analyse(ctx, gen, m.desk.al))
	assert.True(t, m.analysis.busy, "a cancelled analysis is not a result")
	assert.NoError(t, m.analysis.err)
	assert.Contains(t, screenText(m), "Realigning; the analysis follows.")

	m, msgs := runBackground(t, m, cmd)
	var gens []int
	for _, msg := range msgs {
		if a, ok := msg.(analysisDoneMsg); ok {
			gens = append(gens, a.gen)
		}
	}
	assert.Equal(t, []int{gen + 1}, gens, "the new alignment is analysed, once")
	require.NotNil(t, m.sheets.data)
	assert.Same(t, m.desk.al, m.sheets.data.al)
	assert.Contains(t, screenText(m), "Coverage · 2 reports")
}

func TestAFailedAnalysisIsShown(t *testing.T) {
	m := sized(t, seedAlignment(t), 120, 40)
	m = update(t, m, analysisDoneMsg{gen: m.analysis.gen, err: assert.AnError})
	assert.False(t, m.analysis.busy)
	assert.Contains(t, screenText(press(t, m, "c")), assert.AnError.Error())
	assert.Contains(t, press(t, m, "c").statusBar(), "no analysis")
}

func TestQuotesViewShowsKirbysLineAsAlteredWithTheRoleDiffering(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {160, 48}} {
		m := press(t, analysedSeeds(t, size[0], size[1]), `"`)
		rows := screen(m)
		text := strings.Join(rows, "\n")
		assert.Contains(t, text, "John Kirby · altered wording · attribution: role differs", "at %v", size)
		assert.Contains(t, text, "[2] ¶2 · altered wording", "at %v", size)
		at := rowOf(rows, "“There was a direct message")
		require.GreaterOrEqual(t, at, 0, "at %v", size)
		assert.Equal(t, 2, strings.Count(rows[at], "There was a direct message"), "the versions are level, side by side, at %v", size)
		assert.Contains(t, text, "relayed → conveyed; spokesperson →", "the drift in words, at %v", size)
		content := m.View().Content
		for _, word := range []string{"relayed", "conveyed", "spokesperson", "spokesman"} {
			assert.Contains(t, content, m.desk.styles.Changed.Render(word), "%q is highlighted at %v", word, size)
		}
		assert.NotContains(t, content, m.desk.styles.Changed.Render("direct"), "shared words are not")
		assert.Contains(t, m.statusBar(), "quote 1 of 11")
		assert.Contains(t, m.statusBar(), "quotes")
		requireFits(t, content, size[0], size[1])
	}
}

func TestQuotesAreStackedWhenColumnsWouldBeTooNarrow(t *testing.T) {
	m := press(t, withAnalysis(t, sized(t, threeQuoting(t), 80, 24)), `"`)
	rows := screen(m)[:m.desk.lay.paneHeight]
	assert.Equal(t, -1, rowOf(rows, "│"), "no columns for three versions at 80")
	for _, want := range []string{"[1] ¶2 · reference", "[2] ¶1 · altered wording", "[3] ¶2 · verbatim · attribution: speaker differs"} {
		assert.GreaterOrEqual(t, rowOf(rows, want), 0, want)
	}
	wide := press(t, withAnalysis(t, sized(t, threeQuoting(t), 200, 48)), `"`)
	rows = screen(wide)
	at := rowOf(rows, "“We have never")
	require.GreaterOrEqual(t, at, 0)
	assert.Equal(t, 3, strings.Count(rows[at], "We have never seen"), "three columns at 200")
}

func TestSheetKeysScrollAndMoveBetweenItems(t *testing.T) {
	m := press(t, analysedSeeds(t, 80, 24), `"`)
	f := m.sheets.flow(&m.desk)
	body := m.sheets.body(&m.desk)
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
		{[]string{"end", "home"}, firstPos(f)},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, press(t, m, tt.keys...).sheets.at[0].top, "%v", tt.keys)
	}

	first := m.sheets.currentEntry(&m.desk)
	require.Equal(t, entryQuote, m.sheets.data.quotes.entries[first].kind)
	m = press(t, m, "n")
	second := m.sheets.currentEntry(&m.desk)
	assert.Greater(t, second, first)
	assert.Contains(t, m.statusBar(), "quote 2 of 11 · only in [1]")
	m = press(t, m, "n", "n", "n", "n")
	assert.Contains(t, m.statusBar(), "quote 6 of 11")
	rows := screen(m)
	assert.Contains(t, rows[rowOf(rows, "▌")], "6", "the current item is marked on screen")
	m = press(t, m, "N")
	assert.Contains(t, m.statusBar(), "quote 5 of 11")
	for range 11 {
		m = press(t, m, "n")
	}
	assert.Equal(t, 11, m.sheets.data.quotes.entries[m.sheets.currentEntry(&m.desk)].item, "at the last quote")
	assert.Contains(t, m.desk.notice, "no item further down")
	m = press(t, m, "g")
	assert.Contains(t, m.statusBar(), "quote 1 of 11", "g goes back to the first")
}

func TestEnterGoesToThePassageAndTheViewKeyComesBack(t *testing.T) {
	m := press(t, analysedSeeds(t, 120, 40), "v", `"`)
	require.Equal(t, viewQuotes, m.view)
	m = press(t, m, "enter")
	assert.Equal(t, viewReading, m.view, "enter goes to the reading view")
	assert.Equal(t, 0, m.desk.focus)
	assert.Equal(t, 1, m.currentMatch(), "at Kirby's match")
	rows := screen(m)
	at := rowOf(rows, "There was a direct message")
	require.Equal(t, headerRows, at, "the passage is at the top")
	assert.Contains(t, rows[at], "relayed")
	assert.Contains(t, rows[at], "conveyed", "its partner is level with it")
	assert.Contains(t, m.statusBar(), `" goes back to the quotes`)
	content := m.View().Content
	assert.Contains(t, content, m.desk.styles.Hit.Render("relayed"), "the quoted words are marked in report 1")
	assert.Contains(t, content, m.desk.styles.Hit.Render("conveyed"), "and in report 2")

	m = press(t, m, `"`)
	assert.Equal(t, viewQuotes, m.view, "the quotes key comes back")
	assert.Contains(t, m.statusBar(), "quote 1 of 11", "at the same item")
	m = press(t, m, "esc")
	assert.Equal(t, viewReading, m.view, "esc goes back to the reports")
	m = press(t, m, "esc")
	assert.NotContains(t, m.View().Content, m.desk.styles.Hit.Render("conveyed,"), "esc in the reports clears the marks")

	m = press(t, m, "v", "f", "v")
	assert.Equal(t, viewAligned, m.view, "v goes back to the view the reports were left in")
	m = press(t, m, "c", "c")
	assert.Equal(t, viewAligned, m.view, "the view's own key closes it")
}

func TestEnterGoesToTheFocusedReportsVersion(t *testing.T) {
	m := press(t, analysedSeeds(t, 120, 40), `"`, "tab")
	assert.Equal(t, 1, m.desk.focus, "tab moves the focus in the analysis views")
	assert.Contains(t, m.statusBar(), "focus: [2]")
	m = press(t, m, "enter")
	assert.Equal(t, 1, m.desk.focus)
	kirby := m.sheets.data.an.Quotes[0].Variants[1]
	require.Equal(t, 1, kirby.Article)
	assert.Equal(t, kirby.Passage, m.reading.currentPassage(&m.desk), "report 2's version")
	m = press(t, m, `"`, "shift+tab", "n", "enter")
	assert.Equal(t, 0, m.desk.focus, "a quote only report 1 carries is in report 1")
}

func TestFactsViewListsConflictsThenWhatOneReportAloneCarries(t *testing.T) {
	m := press(t, analysedSeeds(t, 80, 24), "f")
	var all []string
	for range 6 {
		all = append(all, screen(m)[:m.desk.lay.paneHeight]...)
		m = press(t, m, "pgdown")
	}
	text := strings.Join(all, "\n")
	for _, want := range []string{"Conflicts (0)", "None: where the reports tell the same thing",
		"Only in [2] White House Admits President Biden", "at least 1,400 people (killed)",
		"About 900 additional US troops", "at least 12 times in Iraq (attacked)",
		"four times in Syria (attacked)", "organisation IRNA", "In more than one report (11)"} {
		assert.Contains(t, text, want)
	}
	assert.Less(t, strings.Index(text, "Conflicts"), strings.Index(text, "Only in [1]"))
	assert.Less(t, strings.Index(text, "Only in [1]"), strings.Index(text, "Only in [2]"))
	assert.Less(t, strings.Index(text, "Only in [2]"), strings.Index(text, "In more than one report"))
	only1 := text[strings.Index(text, "Only in [1]"):strings.Index(text, "Only in [2]")]
	assert.NotContains(t, only1, "IRNA", "report 1 does not mention IRNA")
}

func TestFactsViewPutsHardConflictsFirstWithBothSides(t *testing.T) {
	m := press(t, withAnalysis(t, sized(t, threeQuoting(t), 160, 48)), "f")
	an := m.sheets.data.an
	require.NotEmpty(t, an.Conflicts)
	require.Equal(t, insight.Hard, an.Conflicts[0].Severity)
	rows := screen(m)
	hard := rowOf(rows, "hard ")
	soft := rowOf(rows, "soft ")
	require.GreaterOrEqual(t, hard, 0)
	require.GreaterOrEqual(t, soft, 0)
	assert.Less(t, hard, soft, "hard before soft")
	assert.Contains(t, rows[hard], an.Conflicts[0].Reason)
	assert.Contains(t, rows[hard+1], "[1] ¶", "the first side")
	assert.Contains(t, rows[hard+1], "│ [3] ¶", "the other, beside it")
	assert.Contains(t, m.statusBar(), "conflict 1 of")
	assert.Contains(t, m.statusBar(), "· hard")
}

func TestEnterOnAConflictShowsBothSides(t *testing.T) {
	m := press(t, withAnalysis(t, sized(t, threeQuoting(t), 80, 24)), "f")
	c := m.sheets.data.an.Conflicts[0]
	require.Equal(t, [2]int{0, 2}, [2]int{c.Sides[0].Article, c.Sides[1].Article}, "reports 1 and 3 disagree")
	require.Equal(t, []int{0, 1}, m.desk.shown, "two panes at 80 columns: reports 1 and 2")
	m = press(t, m, "enter")
	assert.Equal(t, 0, m.desk.focus)
	assert.ElementsMatch(t, []int{0, 2}, m.desk.shown, "report 3 takes the other pane")
	rows := screen(m)
	at := rowOf(rows, "We have never seen")
	require.Equal(t, headerRows, at)
	assert.Equal(t, 2, strings.Count(rows[at], "We have never seen"), "both sides level")
}

func TestEnterOnAFactGoesToItsReportAndMarksIt(t *testing.T) {
	m := press(t, analysedSeeds(t, 120, 40), "f")
	irna := -1
	for i, e := range m.sheets.data.facts.entries {
		if e.kind == entryFact && m.sheets.data.an.Facts[e.index].Label == "IRNA" {
			irna = i
		}
	}
	require.GreaterOrEqual(t, irna, 0)
	for m.sheets.currentEntry(&m.desk) != irna {
		before := m.sheets.currentEntry(&m.desk)
		m = press(t, m, "n")
		require.NotEqual(t, before, m.sheets.currentEntry(&m.desk), "n reaches IRNA")
	}
	m = press(t, m, "enter")
	assert.Equal(t, viewReading, m.view)
	assert.Equal(t, 1, m.desk.focus, "only report 2 carries it: the focus moves there")
	assert.Contains(t, m.View().Content, m.desk.styles.Hit.Render("IRNA"))
	assert.Contains(t, m.statusBar(), "f goes back to the facts")
}

func TestCoverageViewSharesUniquePassagesAndSources(t *testing.T) {
	m := press(t, analysedSeeds(t, 80, 24), "c")
	text := screenText(m) + "\n" + screenText(press(t, m, "G"))
	for a := range 2 {
		passages, matched, unique := m.desk.al.Counts(a)
		assert.Contains(t, text, fmt.Sprintf("%d passages: %d also told by another report, %d only in this one", passages, matched, unique))
		share := math.Round(100 * float64(matched) / float64(passages))
		assert.Regexp(t, fmt.Sprintf(`%d of %d\s+%.0f%%`, matched, passages, share), text)
	}
	assert.Contains(t, text, "Sources credited by name (11)")
	rows := strings.Split(text, "\n")
	irna := rows[rowOf(rows, "IRNA")]
	assert.Regexp(t, `IRNA\s+organisation\s+·\s+2\s+only \[2\]`, irna, "only report 2 credits IRNA, twice")
	assert.Regexp(t, `Pentagon\s+organisation\s+·\s+2\s+only \[2\]`, rows[rowOf(rows, "Pentagon")])
	assert.Regexp(t, `John Kirby\s+person\s+1\s+1\s*$`, strings.TrimRight(rows[rowOf(rows, "John Kirby")], " "))
	assert.Contains(t, m.statusBar(), "source 1 of 11")
}

func TestMouseInTheAnalysisViews(t *testing.T) {
	m := press(t, analysedSeeds(t, 80, 24), "f")
	m = update(t, m, tea.MouseWheelMsg{X: 5, Y: 10, Button: tea.MouseWheelDown})
	assert.Equal(t, advance(m.sheets.flow(&m.desk), firstPos(m.sheets.flow(&m.desk)), wheelLines), m.sheets.at[1].top)
	m = press(t, m, "g")
	rows := screen(m)
	y := rowOf(rows, "Palestine")
	require.Greater(t, y, 0)
	m = update(t, m, tea.MouseClickMsg{X: 10, Y: y, Button: tea.MouseLeft})
	e := m.sheets.data.facts.entries[m.sheets.currentEntry(&m.desk)]
	assert.Equal(t, "Palestine", m.sheets.data.an.Facts[e.index].Label, "the click picks the fact")
	assert.Contains(t, screen(m)[y], "▌")
}

func TestTheAnalysisViewsHaveTheirOwnHelp(t *testing.T) {
	m := press(t, analysedSeeds(t, 80, 24), `"`)
	bottom := screen(m)[23]
	for _, want := range []string{"n/N item", "enter go to passage", `v/"/f/c views`, "? help", "q quit"} {
		assert.Contains(t, bottom, want)
	}
	m = press(t, m, "?")
	require.True(t, m.help.open)
	text := screenText(m)
	for _, group := range fullHelp(m) {
		for _, b := range group {
			assert.Contains(t, text, b.Help().Desc)
		}
	}
	assert.Contains(t, text, "next report")
	assert.NotContains(t, text, "match detail", "the reports' keys are in their own help")
	m = press(t, m, "esc")
	assert.False(t, m.help.open, "esc closes the help")
	assert.Equal(t, viewQuotes, m.view, "and only the help")
	bottom = screen(press(t, m, "esc"))[23]
	assert.Contains(t, bottom, `v/"/f/c views`, "the reports' short help has the views")
}

func TestTheAnalysisViewsFitEverySize(t *testing.T) {
	for _, al := range []*diffing.Alignment{seedAlignment(t), threeQuoting(t), hostileQuotes()} {
		m := withAnalysis(t, sized(t, al, 120, 40))
		for _, keys := range [][]string{{`"`}, {"f"}, {"c"}, {`"`, "G"}, {"f", "G", "N"}, {"c", "?"}} {
			m2 := press(t, m, keys...)
			for _, size := range [][2]int{{60, 12}, {80, 24}, {61, 13}, {160, 48}, {300, 80}} {
				m2 = update(t, m2, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
				requireFits(t, m2.View().Content, size[0], size[1])
			}
		}
	}
}

// hostileQuotes aligns two reports whose quotations, speakers, figures
// and sources carry terminal attacks.
func hostileQuotes() *diffing.Alignment {
	a := "Title: Attack\n\n" +
		"\"We will \x1b]0;pwned\x07 hold the \x1b[2J line,\" said Minister Karl \x1b[31mWeiss\x1b[0m, according to Reu\u202eters.\n\n" +
		"At least 1,200 \x1b]8;;http://evil.example\x1b\\people\x1b]8;;\x1b\\ were killed on Monday, the Ministry of \x9b31mDefence said.\n"
	b := "Title: Attack\n\n" +
		"\"We will \x1b]52;c;ZXZpbA==\x07 hold the line,\" Minister Karl Weiss told reporters, according to Reuters.\n\n" +
		"At least 1,400 people were killed on Tuesday, the Ministry of Defence said.\n"
	return alignTexts(namedText{"a\x1b[31m.txt", a}, namedText{"b.txt", b})
}

func TestTheAnalysisViewsNeutraliseTerminalEscapes(t *testing.T) {
	m := withAnalysis(t, sized(t, hostileQuotes(), 120, 40))
	sh := m.sheets.data
	require.NotEmpty(t, sh.an.Quotes, "the hostile text has quotations")
	require.NotEmpty(t, sh.an.Facts, "and facts")
	require.NotEmpty(t, sh.sources, "and sources")
	for _, colour := range []bool{false, true} {
		m.desk.noColor = colour
		for _, keys := range [][]string{{`"`}, {`"`, "G"}, {"f"}, {"f", "G"}, {"c"}, {"c", "G"}, {`"`, "enter"}, {"f", "enter"}, {"c", "n", "enter"}} {
			assertOnlyStyling(t, press(t, m, keys...).View().Content)
		}
	}
	text := screenText(press(t, m, `"`))
	assert.Contains(t, text, "␛", "escapes show as visible placeholders")
}

func TestQuotesSayWhatIsUncertain(t *testing.T) {
	al := alignTexts(
		namedText{"a.txt", "Title: \"We will rebuild,\" mayor vows\n\n" +
			"Floods destroyed three hundred homes along the river on Monday.\n\n" +
			"\"We will rebuild every home the flood destroyed,\" she said.\n"},
		namedText{"b.txt", "Title: Flood recovery begins\n\n" +
			"\"We will rebuild every home the flood destroyed,\" Mayor Elena Ruiz said on Tuesday.\n"})
	m := press(t, withAnalysis(t, sized(t, al, 120, 40)), `"`)
	text := strings.Join(screen(m), "\n")
	assert.Contains(t, text, "— she (unresolved) · uncertain", "a pronoun with nobody named to stand for")
	assert.Contains(t, text, "who spoke is uncertain in one version", "no drift is claimed")
	assert.Contains(t, text, "[1] headline", "a quotation in the headline says so")
}

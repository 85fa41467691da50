package tui

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/model"
)

// TestGoldenSeedScreens compares rendered screens, colour stripped, with
// testdata/TestGoldenSeedScreens/*.golden: the quickest way to read what
// the reader shows. After an intended change to the screen, rewrite them
// with: go test ./tui -run Golden -update
func TestGoldenSeedScreens(t *testing.T) {
	tests := []struct {
		name          string
		width, height int
		keys          []string
	}{
		{"seeds-120x40", 120, 40, nil},
		{"seeds-120x40-kirby", 120, 40, []string{"n"}},
		{"seeds-80x24-kirby", 80, 24, []string{"n"}},
		{"seeds-160x48-right-pane", 160, 48, []string{"tab", "G"}},
		{"seeds-120x40-help", 120, 40, []string{"?"}},
	}
	al := seedAlignment(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := press(t, sized(t, al, tt.width, tt.height), tt.keys...)
			golden.RequireEqual(t, strings.Join(screen(m), "\n")+"\n")
		})
	}
}

// TestGoldenViews keeps every view at 80x24 and 160x48, the analysis in,
// as the reader draws it on a dark terminal (true colour) and without
// colour (the ASCII profile, as with NO_COLOR: bold, underline and reverse
// kept). The files hold the escape sequences: print one with cat to see
// the screen.
func TestGoldenViews(t *testing.T) {
	seeds := seedAlignment(t)
	three := threeReports(t)
	quoting := threeQuoting(t)
	tests := []struct {
		name string
		al   *diffing.Alignment
		keys []string
	}{
		{"reading", seeds, []string{"n"}},
		{"aligned", seeds, []string{"n", "v"}},
		{"detail", seeds, []string{"n", "enter"}},
		{"help", seeds, []string{"?"}},
		{"diffs-only", twoVersions(t), []string{"d"}},
		{"search", seeds, []string{"/", "K", "i", "r", "b", "y", "enter"}},
		{"three-reading", three, []string{"n"}},
		{"three-aligned", three, []string{"v"}},
		{"quotes", seeds, []string{`"`}},
		{"facts", seeds, []string{"f"}},
		{"coverage", seeds, []string{"c"}},
		{"three-quotes", quoting, []string{`"`}},
		{"three-facts", quoting, []string{"f"}},
	}
	for _, tt := range tests {
		for _, size := range [][2]int{{80, 24}, {160, 48}} {
			for _, colour := range []string{"dark", "nocolor"} {
				name := fmt.Sprintf("%s-%dx%d-%s", tt.name, size[0], size[1], colour)
				t.Run(name, func(t *testing.T) {
					m := withAnalysis(t, sized(t, tt.al, size[0], size[1]))
					if colour == "nocolor" {
						m = update(t, m, tea.ColorProfileMsg{Profile: colorprofile.ASCII})
					}
					m = pressSearching(t, m, tt.keys...)
					golden.RequireEqual(t, asProfile(m.View().Content, colour)+"\n")
				})
			}
		}
	}
}

// TestGoldenProgress keeps the screens shown before the reports are in:
// the loader's status lines, and the panes while alignment runs.
func TestGoldenProgress(t *testing.T) {
	t.Run("loading-80x24", func(t *testing.T) {
		load := func(context.Context, func(string)) ([]*model.Article, error) { return nil, nil }
		m := update(t, NewLoading(load, testOptions()), tea.WindowSizeMsg{Width: 80, Height: 24},
			loadStatusMsg("fetching https://example.com/storm"), loadStatusMsg("parsing example.com/storm (12 kB)"))
		golden.RequireEqual(t, strings.Join(screen(m), "\n")+"\n")
	})
	t.Run("aligning-80x24", func(t *testing.T) {
		m := update(t, New(seedArticles(t), testOptions()), tea.WindowSizeMsg{Width: 80, Height: 24})
		m = update(t, m, alignProgressMsg{gen: m.align.gen, phase: diffing.PhaseDiff, done: 1, total: 4})
		golden.RequireEqual(t, strings.Join(screen(m), "\n")+"\n")
	})
	t.Run("analysing-80x24", func(t *testing.T) {
		m := press(t, sized(t, seedAlignment(t), 80, 24), `"`)
		golden.RequireEqual(t, strings.Join(screen(m), "\n")+"\n")
	})
}

// pressSearching is press, except that the hits of a search typed with
// "/" are computed at once, by the command the reader starts in the
// background.
func pressSearching(t testing.TB, m Model, names ...string) Model {
	t.Helper()
	for _, n := range names {
		gen := m.desk.search.gen
		m = press(t, m, n)
		if m.desk.search.gen != gen && m.desk.search.input.Value() != "" {
			m = update(t, m, findAll(m.desk.search.gen, m.desk.search.input.Value(), m.desk.articles)())
		}
	}
	return m
}

// asProfile renders content as a terminal with the given colours shows it.
func asProfile(content, colour string) string {
	if colour == "dark" {
		return content
	}
	var b bytes.Buffer
	w := &colorprofile.Writer{Forward: &b, Profile: colorprofile.ASCII}
	_, _ = w.WriteString(content)
	return b.String()
}

// twoVersions aligns two versions of a report that share most sentences
// word for word, so that differences only has something to fold.
func twoVersions(t testing.TB) *diffing.Alignment {
	t.Helper()
	shared := []string{
		"The council approved the new budget on Tuesday after a debate that lasted six hours.",
		"Spending on schools rises by four percent, while road repairs get twelve million euros.",
		"The opposition voted against the plan, calling it unrealistic.",
		"A public hearing on the tram extension is set for the first week of May.",
	}
	first := "Title: Council Passes Budget\n\n" + shared[0] + " " + shared[1] + "\n\n" +
		"The mayor said the budget would keep taxes at last year's level. " + shared[2] + "\n\n" + shared[3] + "\n"
	second := "Title: Budget Approved After Long Debate\n\n" + shared[0] + " " + shared[1] + "\n\n" +
		"The mayor promised that taxes would not rise next year. " + shared[2] + "\n\n" +
		"Residents can comment online until the end of April. " + shared[3] + "\n"
	al := alignTexts(namedText{"council-a.txt", first}, namedText{"council-b.txt", second})
	identical := 0
	for _, m := range al.Matches {
		if m.Relation == diffing.Identical {
			identical++
		}
	}
	require.GreaterOrEqual(t, identical, 3, "the versions share sentences word for word")
	return al
}

// threeReports aligns three short reports of one storm, told in different
// orders and words.
func threeReports(t testing.TB) *diffing.Alignment {
	t.Helper()
	texts := []string{
		"Title: Storm Hits Northern Coast\nDate: 2024-03-04\n\n" +
			"The storm destroyed three hundred homes along the northern coast on Monday, officials said. Winds reached 140 kilometres per hour near the port.\n\n" +
			"Mayor Elena Ruiz declared a state of emergency for the whole province. She asked residents to stay indoors until Tuesday morning.\n\n" +
			"Volunteers opened twelve shelters in schools and churches across the region. The Red Cross said about 2,000 people spent the night there.\n",
		"Title: Province Declares Emergency After Storm\nDate: 2024-03-04\n\n" +
			"Mayor Elena Ruiz has declared a state of emergency across the province after a violent storm. She urged residents to remain indoors until Tuesday morning.\n\n" +
			"The storm damaged or destroyed around 300 homes on the northern coast on Monday, according to officials.\n\n" +
			"Two fishermen are missing, the coast guard said late on Monday.\n",
		"Title: Tourists Stranded as Storm Batters Coast\nDate: 2024-03-05\n\n" +
			"A ferry with tourists on board was stranded offshore for nine hours on Monday.\n\n" +
			"The storm destroyed three hundred homes along the northern coast, officials said, and winds reached 140 kilometres per hour near the port.\n\n" +
			"Two fishermen remain missing, according to the coast guard.\n",
	}
	var arts []*model.Article
	for i, text := range texts {
		arts = append(arts, model.Parse(fmt.Sprintf("%c.txt", 'a'+i), text, model.UnitSentence))
	}
	al := diffing.Align(arts, diffing.DefaultConfig())
	require.GreaterOrEqual(t, len(al.Matches), 3)
	return al
}

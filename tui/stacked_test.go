package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/parallax-reader/parallax/diffing"
)

// autoLaid is sized with the layout left to the width, as the reader
// starts by default.
func autoLaid(t testing.TB, al *diffing.Alignment, width, height int) Model {
	t.Helper()
	opts := testOptions()
	opts.Layout = LayoutAuto
	m := update(t, New(al.Articles, opts), tea.WindowSizeMsg{Width: width, Height: height})
	return update(t, m, alignDoneMsg{gen: m.align.gen, al: al})
}

func TestTheAutomaticLayoutStacksBelow100Columns(t *testing.T) {
	al := seedAlignment(t)
	for _, tt := range []struct {
		width   int
		stacked bool
	}{{60, true}, {80, true}, {99, true}, {100, false}, {160, false}} {
		m := autoLaid(t, al, tt.width, 30)
		assert.Equal(t, tt.stacked, m.desk.lay.stacked, "%d columns", tt.width)
	}
	m := autoLaid(t, al, 80, 24)
	m = press(t, m, "S")
	assert.False(t, m.desk.lay.stacked, "S sets the panes side by side")
	assert.Contains(t, m.statusBar(), "side by side")
	m = update(t, m, tea.WindowSizeMsg{Width: 70, Height: 24})
	assert.False(t, m.desk.lay.stacked, "and they stay so at any width")
	m = press(t, m, "S")
	assert.True(t, m.desk.lay.stacked)
	m = update(t, m, tea.WindowSizeMsg{Width: 200, Height: 50})
	assert.True(t, m.desk.lay.stacked, "S stacks them at any width")
}

func TestStackedLayoutFillsTheScreen(t *testing.T) {
	for _, tt := range []struct{ width, height, panes, reports int }{
		{60, 12, 2, 2}, {80, 24, 2, 2}, {80, 24, 2, 3}, {80, 40, 3, 3}, {99, 60, 6, 8},
	} {
		n := stackedPaneCount(tt.height-statusRows-helpRows, tt.reports)
		assert.Equal(t, tt.panes, n, "%dx%d, %d reports", tt.width, tt.height, tt.reports)
		lay := computeLayout(tt.width, tt.height, n, 0, true)
		total := 0
		for i, h := range lay.paneHeights {
			total += h
			assert.Equal(t, tt.width, lay.paneWidths[i])
		}
		assert.Equal(t, lay.paneHeight, total)
		assert.Equal(t, tt.height, total+statusRows+helpRows)
	}
}

func TestStackedScreensFitEverySize(t *testing.T) {
	al, three := seedAlignment(t), threeReports(t)
	for _, size := range [][2]int{{60, 12}, {61, 13}, {80, 24}, {99, 50}} {
		for _, keys := range [][]string{nil, {"n"}, {"n", "v"}, {"v", "j", "j", "j"}, {"d"}, {"v", "d"}, {"z"}, {"L"}, {"n", "enter"}} {
			for _, a := range []*diffing.Alignment{al, three} {
				m := press(t, autoLaid(t, a, size[0], size[1]), keys...)
				require.True(t, m.desk.lay.stacked)
				requireFits(t, m.View().Content, size[0], size[1])
			}
		}
	}
}

func TestStackedPanesKeepTheMatchLevel(t *testing.T) {
	m := press(t, autoLaid(t, seedAlignment(t), 80, 24), "n")
	rows := screen(m)
	top, bottom := rowOf(rows, "There was a direct message relayed"), rowOf(rows, "There was a direct message conveyed")
	require.GreaterOrEqual(t, top, 0)
	require.GreaterOrEqual(t, bottom, 0)
	// Each pane shows the match on its first line of text.
	assert.Equal(t, stackedHeaderRows, top)
	assert.Equal(t, m.desk.lay.paneHeights[0]+stackedHeaderRows, bottom)
	assert.Contains(t, rows[0], "[1] 1-white-house-confirms-message.txt")
	assert.Contains(t, rows[m.desk.lay.paneHeights[0]], "[2] White House Admits")
}

func TestTheStackedAlignedViewShowsEachVersionUnderTheLast(t *testing.T) {
	m := press(t, autoLaid(t, seedAlignment(t), 80, 24), "n", "v")
	rows := screen(m)
	first, second := rowOf(rows, "[1] “There was a direct message relayed"), rowOf(rows, "[2] \"There was a direct message conveyed")
	require.GreaterOrEqual(t, first, 0, strings.Join(rows, "\n"))
	require.Greater(t, second, first, "report 2's version under report 1's")
	assert.Contains(t, rows[first], "2≈▌", "the match number on the row's first line")
	assert.NotContains(t, rows[second], "2≈", "and not again")
	for _, r := range rows[first : second+1] {
		assert.Contains(t, r, "▌", "the whole match is marked current")
	}
}

func TestAClickInAStackedPaneSelectsItsPassage(t *testing.T) {
	m := autoLaid(t, seedAlignment(t), 80, 24)
	// The first text row of the second pane.
	y := m.desk.lay.paneHeights[0] + stackedHeaderRows
	m = update(t, m, tea.MouseClickMsg{X: 10, Y: y, Button: tea.MouseLeft})
	assert.Equal(t, 1, m.desk.focus, "the click focuses the lower pane")
	assert.Equal(t, 0, m.reading.panes[1].selected, "and selects the passage under it")
}

// TestGoldenStacked keeps the stacked layout's screens, as the reader
// starts below 100 columns: the reading and aligned views, the
// differences only, three reports, at 80x24 and 60x12, without colour.
func TestGoldenStacked(t *testing.T) {
	seeds, three := seedAlignment(t), threeReports(t)
	for _, tt := range []struct {
		name string
		al   *diffing.Alignment
		keys []string
	}{
		{"reading", seeds, []string{"n"}},
		{"aligned", seeds, []string{"n", "v"}},
		{"diffs-only-aligned", twoVersions(t), []string{"v", "d"}},
		{"three-reading", three, []string{"n"}},
		{"three-aligned", three, []string{"v"}},
	} {
		for _, size := range [][2]int{{80, 24}, {60, 12}} {
			t.Run(fmt.Sprintf("%s-%dx%d", tt.name, size[0], size[1]), func(t *testing.T) {
				m := update(t, autoLaid(t, tt.al, size[0], size[1]), tea.ColorProfileMsg{Profile: colorprofile.ASCII})
				m = press(t, m, tt.keys...)
				golden.RequireEqual(t, strings.Join(screen(m), "\n")+"\n")
			})
		}
	}
}

package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/tui/cells"
)

// View renders the screen and declares the terminal modes the reader
// needs: the alternate screen and mouse events.
func (m Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "parallax"
	if m.search.typing {
		v.Cursor = m.searchCursor()
	}
	return v
}

// render draws the screen as exactly m.height lines.
func (m Model) render() string {
	if m.width == 0 || m.height == 0 {
		return ""
	}
	if m.lay.tooSmall {
		return m.tooSmallMessage()
	}
	if len(m.panes) == 0 {
		return m.loadingScreen()
	}
	var body []string
	switch {
	case m.view.isSheet():
		body = m.sheetView(m.lay.paneHeight)
	case m.view == viewAligned && m.rows != nil:
		body = m.alignedView(m.lay.paneHeight)
	default:
		body = m.readingView(m.lay.paneHeight)
	}
	switch {
	case m.showHelp:
		body = m.overlay(body, m.fullHelp(), m.width)
	case m.detail.open:
		body = m.overlay(body, m.detailView(), m.width)
	}
	body = append(body, m.statusBar(), m.bottomLine())
	return strings.Join(body, "\n")
}

// readingView renders the shown panes side by side, height rows.
func (m Model) readingView(height int) []string {
	columns := make([][]string, len(m.shown))
	for i, r := range m.shown {
		columns[i] = m.paneView(r, height)
	}
	return joinColumns(columns, m.styles.Rule.Render("│"), height)
}

// bottomLine is the search line while a query is typed, otherwise the
// short key help.
func (m Model) bottomLine() string {
	if m.search.typing {
		return m.cells.Truncate(m.search.input.View(), m.width, "")
	}
	// help.ShortHelpView can overflow when not even its ellipsis fits.
	return m.cells.Truncate(m.help.ShortHelpView(m.keys.ShortHelp()), m.width, "")
}

// searchCursor puts the terminal's cursor in the search line.
func (m Model) searchCursor() *tea.Cursor {
	c := m.search.input.Cursor()
	if c != nil {
		c.Y = m.height - 1
	}
	return c
}

// overlay draws box centred over the rows of body, width cells wide.
func (m Model) overlay(body []string, box string, width int) []string {
	lines := strings.Split(box, "\n")
	boxWidth := 0
	for _, l := range lines {
		boxWidth = max(boxWidth, m.cells.Width(l))
	}
	boxWidth = min(boxWidth, width)
	x := (width - boxWidth) / 2
	y := max(0, (len(body)-len(lines))/2)
	out := append([]string(nil), body...)
	for i, l := range lines {
		if y+i >= len(out) {
			break
		}
		l = m.cells.Truncate(l, boxWidth, "")
		pad := strings.Repeat(" ", boxWidth-m.cells.Width(l))
		row := out[y+i]
		out[y+i] = m.cells.Truncate(row, x, "") + "\x1b[m" + l + pad + "\x1b[m" + m.cells.TruncateLeft(row, x+boxWidth)
	}
	return out
}

// fullHelp renders the key help and the legend in a box. Groups of keys
// sit side by side as far as the screen allows, then wrap below.
func (m Model) fullHelp() string {
	st := m.styles
	inner := m.width - st.Help.GetHorizontalFrameSize()
	var blocks []string
	var row []string
	rowWidth := 0
	for _, group := range m.keys.FullHelp() {
		col := m.help.FullHelpView([][]key.Binding{group})
		w := blockWidth(m.cells, col)
		if len(row) > 0 && rowWidth+4+w > inner {
			blocks = append(blocks, lipgloss.JoinHorizontal(lipgloss.Top, row...))
			row, rowWidth = nil, 0
		}
		if len(row) > 0 {
			row = append(row, "    ")
			rowWidth += 4
		}
		row = append(row, col)
		rowWidth += w
	}
	blocks = append(blocks, lipgloss.JoinHorizontal(lipgloss.Top, row...))
	keys := strings.Split(strings.Join(blocks, "\n"), "\n")
	legend := strings.Split(m.legend(), "\n")
	if m.view.isSheet() {
		legend = strings.Split(m.sheetLegend(), "\n")
	}
	for i, l := range legend {
		legend[i] = m.cells.Truncate(l, inner, "…")
	}
	room := m.lay.paneHeight - st.Help.GetVerticalFrameSize()
	lines := append(keys, legend...)
	if len(lines) < room {
		lines = append(append(keys, ""), legend...) // room for a blank line between
	}
	if len(lines) > room {
		lines = append(lines[:max(0, room-1)], st.Meta.Render("… (enlarge the terminal for the rest)"))
	}
	return st.Help.Render(strings.Join(lines, "\n"))
}

// legend explains the gutter and the highlights.
func (m Model) legend() string {
	st := m.styles
	n := fmt.Sprintf("%*s", m.gutterDigits(), "12")
	mark := func(r diffing.Relation) string { return st.Relation[r].Render(n + glyphs[r] + "▏") }
	lines := []string{
		mark(diffing.Identical) + " identical  " + mark(diffing.Reworded) + " reworded  " +
			mark(diffing.Related) + " related match",
		st.Relation[diffing.Unique].Render(fmt.Sprintf("%*s", m.gutterDigits()+1, glyphs[diffing.Unique])+"▏") +
			" unique to this report  " + st.Noise.Render(fmt.Sprintf("%*s", m.gutterDigits()+1, noiseGlyph)) + "  noise, never aligned",
		strings.Repeat(" ", m.gutterDigits()+3) + st.Changed.Render("words") + " this report has, the other lacks  " +
			st.Hit.Render("hit") + " search hit",
	}
	if len(m.docs) > 2 {
		var scale []string
		for i := range shareSteps {
			scale = append(scale, st.Share[i].Render("▌"))
		}
		lines = append(lines, strings.Repeat(" ", m.gutterDigits()+1)+strings.Join(scale, "")+
			" a match shared by 2 reports … by all")
	}
	return strings.Join(lines, "\n")
}

// sheetLegend explains the marks of the analysis views.
func (m Model) sheetLegend() string {
	st := m.styles
	return strings.Join([]string{
		st.RuleFocus.Render("▌") + " current item: enter goes to its passage and marks its words like " + st.Hit.Render("hits"),
		st.Changed.Render("words") + " a version has and the other lacks, spelt out: " +
			st.Changed.Render("relayed") + " → " + st.Changed.Render("conveyed"),
		st.Hard.Render("hard") + " conflict: both cannot be right · " + st.Soft.Render("soft") + ": a bound or estimate that fits",
	}, "\n")
}

// tooSmallMessage fills the screen with a notice that it is too small.
func (m Model) tooSmallMessage() string {
	lines := []string{
		"Terminal too small",
		fmt.Sprintf("need %d×%d, have %d×%d", minWidth, minHeight, m.width, m.height),
		"enlarge it, or press q to quit",
	}
	for i, l := range lines {
		lines[i] = m.styles.Message.Render(m.cells.Truncate(l, m.width, "…"))
	}
	placed := lipgloss.Place(m.width, m.height, lipgloss.Center, lipgloss.Center, strings.Join(lines, "\n"))
	return strings.Join(strings.Split(placed, "\n")[:m.height], "\n")
}

// loadingScreen shows the loader's progress: a spinner and its latest
// status lines.
func (m Model) loadingScreen() string {
	lines := []string{m.spinner.View() + " " + m.styles.Title.Render("Loading reports…"), ""}
	for _, s := range m.load.status {
		lines = append(lines, m.styles.Meta.Render(m.cells.Truncate(s, max(0, m.width-4), "…")))
	}
	lines = append(lines, "", m.styles.Meta.Render("q quits"))
	box := lipgloss.NewStyle().Width(min(m.width, 72)).Render(strings.Join(lines, "\n"))
	placed := strings.Split(lipgloss.Place(m.width, m.height, lipgloss.Center, lipgloss.Center, box), "\n")
	for i := range placed {
		placed[i] = m.cells.Truncate(placed[i], m.width, "")
	}
	return strings.Join(placed[:m.height], "\n")
}

// blockWidth is the width of the widest line of a block of lines.
func blockWidth(cm cells.Method, block string) int {
	w := 0
	for _, l := range strings.Split(block, "\n") {
		w = max(w, cm.Width(l))
	}
	return w
}

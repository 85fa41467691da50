package tui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	uv "github.com/charmbracelet/ultraviolet"

	"github.com/parallax-reader/parallax/tui/cells"
)

// View renders the screen and declares the terminal modes the reader
// needs: the alternate screen and mouse events (unless the mouse is left
// to the terminal).
func (m Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	if !m.mouseOff {
		v.MouseMode = tea.MouseModeCellMotion
	}
	v.WindowTitle = "parallax"
	if m.desk.search.typing {
		v.Cursor = m.searchCursor()
	}
	return v
}

// render draws the screen as exactly the terminal's height in lines: the
// view, an overlay over it if one is open, the legend line if it is on,
// the status bar, and the key help or the search line.
func (m *Model) render() string {
	d := &m.desk
	if d.width == 0 || d.height == 0 {
		return ""
	}
	if d.lay.tooSmall {
		return m.tooSmallMessage()
	}
	if len(d.docs) == 0 {
		return m.loadingScreen()
	}
	var body []string
	switch {
	case m.view.isSheet():
		body = m.sheets.view(d, d.lay.paneHeight, m.sheetWaiting())
	case m.view == viewAligned && m.aligned.rows != nil:
		body = m.aligned.view(d, d.lay.paneHeight)
	default:
		body = m.reading.view(d, d.lay.paneHeight)
	}
	switch {
	case m.help.open:
		body = m.overlay(body, m.help.view(m))
	case m.detail.open:
		body = m.overlay(body, m.detail.view(d))
	}
	if d.legend {
		body = append(body, m.legendLine())
	}
	body = append(body, m.statusBar(), m.bottomLine())
	return strings.Join(body, "\n")
}

// overlay draws box centred over the rows of body with Lip Gloss's
// compositor, into a cell buffer that counts cells as the terminal does.
func (m *Model) overlay(body []string, box string) []string {
	d := &m.desk
	boxWidth, boxHeight := blockWidth(d.cells, box), strings.Count(box, "\n")+1
	base := lipgloss.NewLayer(strings.Join(body, "\n"))
	top := lipgloss.NewLayer(box).ID("overlay").Z(1).
		X(max(0, (d.width-boxWidth)/2)).Y(max(0, (len(body)-boxHeight)/2))
	buf := uv.NewScreenBuffer(d.width, len(body))
	buf.Method = d.cells.ANSI()
	lipgloss.NewCompositor(base, top).Draw(buf, buf.Bounds())
	return strings.Split(buf.Render(), "\n")
}

// bottomLine is the search line while a query is typed, otherwise the
// one-line help of what is on top.
func (m *Model) bottomLine() string {
	d := &m.desk
	if d.search.typing {
		return d.cells.Truncate(d.search.input.View(), d.width, "")
	}
	bindings := shortHelp(m, m.activeTable(), m.tables.global)
	// help.ShortHelpView can overflow when not even its ellipsis fits.
	return d.cells.Truncate(m.keyHelp.ShortHelpView(bindings), d.width, "")
}

// searchCursor puts the terminal's cursor in the search line.
func (m *Model) searchCursor() *tea.Cursor {
	c := m.desk.search.input.Cursor()
	if c != nil {
		c.Y = m.desk.height - 1
	}
	return c
}

// tooSmallMessage fills the screen with a notice that it is too small.
func (m *Model) tooSmallMessage() string {
	d := &m.desk
	lines := []string{
		"Terminal too small",
		fmt.Sprintf("need %d×%d, have %d×%d", minWidth, minHeight, d.width, d.height),
		"enlarge it, or press q to quit",
	}
	for i, l := range lines {
		lines[i] = d.styles.Message.Render(d.cells.Truncate(l, d.width, "…"))
	}
	placed := lipgloss.Place(d.width, d.height, lipgloss.Center, lipgloss.Center, strings.Join(lines, "\n"))
	return strings.Join(strings.Split(placed, "\n")[:d.height], "\n")
}

// loadingScreen shows the loader's progress: a spinner and its latest
// status lines.
func (m *Model) loadingScreen() string {
	d := &m.desk
	lines := []string{m.spinner.View() + " " + d.styles.Title.Render("Loading reports…"), ""}
	for _, s := range m.load.status {
		lines = append(lines, d.styles.Meta.Render(d.cells.Truncate(s, d.width-4, "…")))
	}
	lines = append(lines, "", d.styles.Meta.Render("q quits"))
	box := d.styles.Loading.Width(min(d.width, 72)).Render(strings.Join(lines, "\n"))
	placed := strings.Split(lipgloss.Place(d.width, d.height, lipgloss.Center, lipgloss.Center, box), "\n")
	for i := range placed {
		placed[i] = d.cells.Truncate(placed[i], d.width, "")
	}
	return strings.Join(placed[:d.height], "\n")
}

// blockWidth is the width of the widest line of a block of lines.
func blockWidth(cm cells.Method, block string) int {
	w := 0
	for _, l := range strings.Split(block, "\n") {
		w = max(w, cm.Width(l))
	}
	return w
}

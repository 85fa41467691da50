package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/parallax-reader/parallax/diffing"
)

// helpView is the help overlay: every key of the view behind it, in
// groups side by side as far as the screen allows, then the legend of the
// view's marks. It scrolls when the screen is too small to show it all.
type helpView struct {
	open bool
	top  int // first line shown
}

// helpCommands are the help's own keys: scrolling it, and closing it (?
// closes it too: see globalCommands).
func helpCommands(k keyMap) commandTable {
	t := scrollCommands(k, func(m *Model, s scrollStep) tea.Cmd {
		m.help.scroll(m, s)
		return nil
	})
	return append(t, command{key: k.CloseHelp, group: 1, short: &shortEntry{"esc", "close", 3},
		run: func(m *Model, _ tea.KeyPressMsg) tea.Cmd {
			m.help.open = false
			return nil
		}})
}

// scroll moves the help by a scrolling key.
func (v *helpView) scroll(m *Model, s scrollStep) {
	lines, height := len(m.helpLines()), m.helpRoom()
	switch s {
	case toTop:
		v.top = 0
	case toBottom:
		v.top = lines
	default:
		v.top += s.lines(height)
	}
	v.top = clamp(v.top, 0, max(0, lines-height))
}

// helpRoom is the number of the help's lines shown at once: all the box
// has room for, but for the line that says how to scroll when they do not
// all fit.
func (m *Model) helpRoom() int {
	h := m.helpHeight()
	if len(m.helpLines()) > h {
		return max(1, h-1)
	}
	return h
}

// helpHeight is the number of lines of text the help box has room for.
func (m *Model) helpHeight() int {
	return max(1, m.desk.lay.paneHeight-m.desk.styles.Help.GetVerticalFrameSize())
}

// helpWidth is the room for text inside the help box.
func (m *Model) helpWidth() int {
	return max(1, m.desk.width-m.desk.styles.Help.GetHorizontalFrameSize())
}

// helpLines are the lines of the help: the keys of the view behind it, a
// blank line, and the legend.
func (m *Model) helpLines() []string {
	d := &m.desk
	inner := m.helpWidth()
	var blocks []string
	var row []string
	rowWidth := 0
	for _, group := range m.viewTable().with(m.tables.global...).fullHelp() {
		col := m.keyHelp.FullHelpView([][]key.Binding{group})
		w := blockWidth(d.cells, col)
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
	lines := strings.Split(strings.Join(blocks, "\n"), "\n")
	legend := m.legend()
	for i, l := range legend {
		legend[i] = d.cells.Truncate(l, inner, "…")
	}
	return append(append(lines, ""), legend...)
}

// view renders the help box: the lines that fit from the top line on,
// and, when they do not all fit, a last line saying where the reader is
// and how to scroll.
func (v helpView) view(m *Model) string {
	d := &m.desk
	lines := m.helpLines()
	if len(lines) > m.helpHeight() {
		room := m.helpRoom()
		top := clamp(v.top, 0, max(0, len(lines)-room))
		shown := lines[top:min(len(lines), top+room)]
		more := fmt.Sprintf("lines %d–%d of %d · j/k, pgdn/pgup scroll · esc closes", top+1, top+len(shown), len(lines))
		lines = append(shown, d.styles.Meta.Render(d.cells.Truncate(more, m.helpWidth(), "…")))
	}
	return d.styles.Help.Render(strings.Join(lines, "\n"))
}

// legend explains the marks of the view behind the help, a line each.
func (m *Model) legend() []string {
	if m.view.isSheet() {
		return m.desk.sheetLegend()
	}
	return m.desk.reportsLegend()
}

// reportsLegend explains the gutter and the highlights.
func (d *desk) reportsLegend() []string {
	st := d.styles
	n := fmt.Sprintf("%*s", d.gutterDigits(), "12")
	mark := func(r diffing.Relation) string { return st.Relation[r].Render(n + glyphs[r] + "▏") }
	lines := []string{
		mark(diffing.Identical) + " identical  " + mark(diffing.Reworded) + " reworded  " +
			mark(diffing.Related) + " related  " + mark(diffing.Possible) + " possible match",
		st.Relation[diffing.Unique].Render(fmt.Sprintf("%*s", d.gutterDigits()+1, glyphs[diffing.Unique])+"▏") +
			" unique to this report  " + st.Noise.Render(fmt.Sprintf("%*s", d.gutterDigits()+1, noiseGlyph)) + "  noise, never aligned",
		strings.Repeat(" ", d.gutterDigits()+3) + st.Changed.Render("words") + " this report has, the other lacks  " +
			st.Shifted.Render("words") + " both have, elsewhere  " + st.Hit.Render("hit") + " search hit",
	}
	if len(d.docs) > 2 {
		var scale []string
		for i := range shareSteps {
			scale = append(scale, st.Share[i].Render("▌"))
		}
		lines = append(lines, strings.Repeat(" ", d.gutterDigits()+1)+strings.Join(scale, "")+
			" a match shared by 2 reports … by all")
	}
	return lines
}

// sheetLegend explains the marks of the analysis views.
func (d *desk) sheetLegend() []string {
	st := d.styles
	return []string{
		st.RuleFocus.Render("▌") + " current item: enter goes to its passage and marks its words like " + st.Hit.Render("hits"),
		st.Changed.Render("words") + " a version has and the other lacks, spelt out: " +
			st.Changed.Render("relayed") + " → " + st.Changed.Render("conveyed"),
		st.Hard.Render("hard") + " conflict: both cannot be right · " + st.Soft.Render("soft") + ": a bound or estimate that fits",
	}
}

// legendLine is the one-line legend shown above the status bar (L): the
// view's marks, each with a word.
func (m *Model) legendLine() string {
	d := &m.desk
	st := d.styles
	var parts []string
	if m.view.isSheet() {
		parts = []string{
			st.RuleFocus.Render("▌") + " current item",
			st.Changed.Render("words") + " differ",
			st.Hard.Render("hard") + "/" + st.Soft.Render("soft") + " conflict",
		}
	} else {
		for _, r := range []diffing.Relation{diffing.Identical, diffing.Reworded, diffing.Related, diffing.Possible, diffing.Unique} {
			parts = append(parts, st.Relation[r].Render(glyphs[r])+" "+r.String())
		}
		parts = append(parts, st.Noise.Render(noiseGlyph)+" noise", st.Changed.Render("words")+" this report alone has",
			st.Hit.Render("hit")+" search hit")
	}
	line := " " + strings.Join(parts, "  ")
	line = d.cells.Truncate(line, d.width, "…")
	return line + strings.Repeat(" ", max(0, d.width-d.cells.Width(line)))
}

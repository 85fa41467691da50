package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/parallax-reader/parallax/model"
)

// statusBar renders the status line: where the reader is, which report has
// the focus, and whether scrolling is synchronised.
func (m Model) statusBar() string {
	st := m.styles
	left := " " + m.position()
	right := "sync off "
	if m.sync {
		right = "sync on "
	}
	focus := " │ focus: " + model.Printable(m.panes[m.focus].doc.article.DisplayTitle())
	room := m.width - ansi.StringWidth(left) - ansi.StringWidth(right) - 1
	focus = ansi.Truncate(focus, max(0, room), "…")
	gap := max(0, m.width-ansi.StringWidth(left)-ansi.StringWidth(focus)-ansi.StringWidth(right))
	line := st.StatusKey.Render(left) + st.Status.Render(focus+strings.Repeat(" ", gap)) + st.StatusKey.Render(right)
	return ansi.Truncate(line, m.width, "")
}

// position describes the current passage: its match, relation and score,
// or that it is unique or noise.
func (m Model) position() string {
	if len(m.al.Matches) == 0 {
		return "no matching passages"
	}
	p := m.panes[m.focus]
	top := p.topPassage()
	if top < 0 {
		return "empty report"
	}
	if p.doc.article.Passages[top].Kind == model.KindNoise {
		return "noise (not aligned)"
	}
	cur := p.doc.match(top)
	if cur < 0 {
		return fmt.Sprintf("unique to this report · %d matches", len(m.al.Matches))
	}
	match := m.al.Matches[cur]
	return fmt.Sprintf("match %d of %d · %s · similarity %.2f", cur+1, len(m.al.Matches), match.Relation, match.Score)
}

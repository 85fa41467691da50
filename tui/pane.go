package tui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/model"
)

const (
	// headerRows are the title, source, counts and rule above the text.
	headerRows = 4
	// gutterWidth is the match number (4), the relation bar (1) and a space.
	gutterWidth = 6
	// rightMargin keeps text off the separator between panes.
	rightMargin = 1
)

// pane shows one report: a header and the report's wrapped lines from
// offset down. It is a plain struct; the root model moves it.
type pane struct {
	doc           *document
	width, height int // the whole pane, header included
	// offset is the index of the first line shown. It may pass the point
	// where the last line reaches the bottom, so that a match near the end
	// can still be shown level with its partner.
	offset int
}

func (p pane) bodyHeight() int { return max(0, p.height-headerRows) }

func (p pane) textWidth() int { return max(1, p.width-gutterWidth-rightMargin) }

func (p pane) layout() *layout { return p.doc.layout(p.textWidth()) }

// maxOffset is the offset at which the last line reaches the bottom.
func (p pane) maxOffset() int { return max(0, len(p.layout().lines)-p.bodyHeight()) }

// lastOffset is the furthest offset allowed: the last line at the top.
func (p pane) lastOffset() int { return max(0, len(p.layout().lines)-1) }

// scrollBy moves the view by delta lines. Scrolling down stops where the
// last line reaches the bottom (or where the view already is, if a jump
// took it further).
func (p *pane) scrollBy(delta int) {
	off := p.offset + delta
	if delta > 0 {
		off = min(off, max(p.maxOffset(), p.offset))
	}
	p.offset = max(off, 0)
}

// showLine puts line index i at the top of the view.
func (p *pane) showLine(i int) { p.offset = clamp(i, 0, p.lastOffset()) }

// topPassage is the passage the reader is at: the one on the top line, or
// the first one below a blank top line. It is -1 for an empty document.
func (p pane) topPassage() int {
	lines := p.layout().lines
	if len(lines) == 0 {
		return -1
	}
	i := clamp(p.offset, 0, len(lines)-1)
	for i < len(lines)-1 && lines[i].passage < 0 {
		i++
	}
	return lines[i].passage
}

// view renders the pane as exactly p.height rows of p.width cells.
// current is the index of the current match, or -1.
func (p pane) view(st *Styles, focused bool, current int) []string {
	rows := make([]string, 0, p.height)
	rows = append(rows, p.header(st, focused)...)
	lines := p.layout().lines
	for r := 0; r < p.bodyHeight(); r++ {
		i := p.offset + r
		if i < 0 || i >= len(lines) || lines[i].passage < 0 {
			rows = append(rows, strings.Repeat(" ", p.width))
			continue
		}
		rows = append(rows, p.renderLine(st, lines[i], current))
	}
	return rows[:p.height]
}

// header renders the title, source and date, counts and a rule.
func (p pane) header(st *Styles, focused bool) []string {
	art := p.doc.article
	title := st.TitleDim
	rule := st.Rule
	if focused {
		title, rule = st.Title, st.RuleFocus
	}
	var meta []string
	if art.Title != "" {
		meta = append(meta, art.Source) // otherwise the title row shows it
	}
	for _, s := range []string{art.Site, art.Date, art.Author} {
		if s != "" {
			meta = append(meta, s)
		}
	}
	passages, matched, unique := p.doc.al.Counts(p.doc.index)
	counts := fmt.Sprintf("%d passages · %d matched · %d unique", passages, matched, unique)
	return []string{
		p.headerRow(title, art.DisplayTitle()),
		p.headerRow(st.Meta, strings.Join(meta, " · ")),
		p.headerRow(st.Meta, counts),
		rule.Render(strings.Repeat("─", p.width)),
	}
}

// headerRow renders untrusted header text, shortened to fit with "…".
func (p pane) headerRow(style lipgloss.Style, text string) string {
	text = ansi.Truncate(model.Printable(text), p.width-2, "…")
	return " " + style.Render(text) + strings.Repeat(" ", max(0, p.width-1-ansi.StringWidth(text)))
}

// renderLine renders one line of a passage: gutter, then the text with the
// words that differ from the match partners highlighted.
func (p pane) renderLine(st *Styles, ln line, current int) string {
	passage := p.doc.article.Passages[ln.passage]
	m := p.doc.match(ln.passage)
	base, changed := st.Text, st.Changed
	var b strings.Builder
	switch {
	case passage.Kind == model.KindNoise:
		base = st.Noise
		b.WriteString(st.Noise.Render(gutterMark(ln.first, "~")))
		b.WriteString("  ")
	case m < 0:
		base = st.Unique
		b.WriteString(st.Relation[diffing.Unique].Render(gutterMark(ln.first, "+") + "▏"))
		b.WriteString(" ")
	default:
		rel := p.doc.al.Matches[m].Relation
		if rel == diffing.Related {
			changed = st.Loose
		}
		number, bar := st.Relation[rel], "▏"
		if m == current {
			number, bar = st.Current[rel], "▌"
		}
		b.WriteString(number.Render(gutterMark(ln.first, fmt.Sprint(m+1))))
		b.WriteString(st.Relation[rel].Render(bar))
		b.WriteString(" ")
	}
	text := p.doc.article.Text
	pos, width := ln.start, 0
	emit := func(style lipgloss.Style, end int) {
		if end <= pos {
			return
		}
		chunk := model.Printable(text[pos:end])
		width += ansi.StringWidth(chunk)
		b.WriteString(style.Render(chunk))
		pos = end
	}
	for _, c := range p.doc.changed[ln.passage] {
		if c.end <= ln.start || c.start >= ln.end {
			continue
		}
		emit(base, max(c.start, ln.start))
		emit(changed, min(c.end, ln.end))
	}
	emit(base, ln.end)
	row := b.String()
	if avail := p.width - gutterWidth; width > avail {
		return ansi.Truncate(row, p.width, "")
	}
	return row + strings.Repeat(" ", p.width-gutterWidth-width)
}

// gutterMark right-aligns a mark in the gutter's first four cells, on the
// first line of a passage only.
func gutterMark(first bool, mark string) string {
	if !first {
		mark = ""
	}
	return fmt.Sprintf("%4s", mark)
}

func clamp(v, lo, hi int) int { return max(lo, min(v, hi)) }

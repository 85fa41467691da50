package tui

import (
	"fmt"
	"strings"

	"github.com/parallax-reader/parallax/insight"
)

// The facts view lists the conflicts first, hard before soft, each with
// both sides in their sentences; then the facts only one report carries,
// report by report; then those several carry. A fact takes one line: its
// kind, how it reads, and where it is.

const (
	// factKindWidth is the column of a fact's kind ("organisation" and a
	// space).
	factKindWidth = 13
	// listMaxWidth is the widest a one-line item grows, so that the eye
	// can follow it from its label to where it is.
	listMaxWidth = 96
)

// conflictLines lays out a conflict: how sure it is, what disagrees and
// why, then each side with its sentence, side by side when they fit.
func (p sheetPainter) conflictLines(sh *sheets, e entry, width int) []string {
	st := p.st
	c := sh.an.Conflicts[e.index]
	severity := st.Soft
	if c.Severity == insight.Hard {
		severity = st.Hard
	}
	head := []segment{{c.Severity.String(), severity},
		{fmt.Sprintf(" %s conflict: %s", c.Kind, c.Reason), st.Text},
		{fmt.Sprintf(" · match %d", c.Match+1), st.Meta}}
	out := renderSegments(p.cells, head, width)
	const indent = 2
	room := max(1, width-indent)
	if (room-3)/2 < quoteColumnWidth {
		for _, s := range c.Sides {
			out = append(out, indented(p.sideCell(sh, s, room), indent)...)
		}
		return out
	}
	widths := splitWidths(room, 2, 3)
	cells := [][]string{p.sideCell(sh, c.Sides[0], widths[0]), p.sideCell(sh, c.Sides[1], widths[1])}
	return append(out, indented(p.sideBySide(cells, widths, " "+st.Rule.Render("│")+" "), indent)...)
}

// sideCell lays out one side of a conflict: the report, paragraph and
// words, then the sentence they are in with the words highlighted.
func (p sheetPainter) sideCell(sh *sheets, s insight.FactMention, width int) []string {
	st := p.st
	art := sh.al.Articles[s.Article]
	label := []segment{{fmt.Sprintf("[%d]", s.Article+1), p.titleInk(s.Article)},
		{" " + paragraphOf(art, s.Passage) + ": ", st.Meta}}
	label = append(label, spanSegments(art.Text, s.Start, s.End, nil, st.Changed, st.Changed)...)
	out := renderSegments(p.cells, label, width)
	if s.Passage >= 0 && s.Passage < len(art.Passages) {
		passage := art.Passages[s.Passage]
		marks := []insight.Span{s.Span}
		out = append(out, renderSegments(p.cells, spanSegments(art.Text, passage.Start, passage.End, marks, st.Text, st.Changed), width)...)
	}
	return out
}

// factLine lays out a fact on one line: its kind, its label, and where it
// is: the paragraphs of the one report that carries it, or the reports.
func (p sheetPainter) factLine(sh *sheets, e entry, width int) string {
	st := p.st
	f := sh.an.Facts[e.index]
	width = min(width, listMaxWidth)
	where := ""
	if a, only := f.OnlyIn(); only {
		var paras []string
		for _, mn := range f.Mentions {
			para := paragraphOf(sh.al.Articles[a], mn.Passage)
			if len(paras) == 0 || paras[len(paras)-1] != para {
				paras = append(paras, para)
			}
		}
		if len(paras) > 3 {
			paras = append(paras[:3], "…")
		}
		where = strings.Join(paras, " ")
	} else {
		reports := make([]string, len(f.Reports))
		for i, a := range f.Reports {
			reports[i] = fmt.Sprintf("[%d]", a+1)
		}
		where = strings.Join(reports, " ")
	}
	kind := p.cells.Truncate(f.Kind.String(), factKindWidth-1, "")
	label := p.cut(f.Label, width-factKindWidth-p.cells.Width(where)-2)
	gap := max(1, width-factKindWidth-p.cells.Width(label)-p.cells.Width(where))
	return st.Meta.Render(kind+strings.Repeat(" ", factKindWidth-p.cells.Width(kind))) +
		st.Text.Render(label) + strings.Repeat(" ", gap) + st.Meta.Render(where)
}

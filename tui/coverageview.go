package tui

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// The coverage view shows, for each report, how many of its passages
// each other report also tells and how many are its own; then a table of
// the sources the reports credit by name, a column per report with how
// often it credits each, marked when only one report does.

const (
	// shareBarWidth is the cells of the bar drawing a share.
	shareBarWidth = 10
	// sourceCountWidth is a report's column in the sources table.
	sourceCountWidth = 5
	// sourceTagWidth is the "only [2]" column of the sources table.
	sourceTagWidth = 10
)

// reportLines lays out one report's coverage: its title, its passage
// counts, and a line per other report with the share of its passages
// that report also tells.
func (p sheetPainter) reportLines(sh *sheets, e entry, width int) []string {
	st := p.st
	c := sh.an.Coverage[e.index]
	width = min(width, listMaxWidth)
	art := sh.al.Articles[c.Article]
	out := []string{p.titleInk(c.Article).Render(p.cut(fmt.Sprintf("[%d] %s", c.Article+1, art.DisplayTitle()), width))}
	counts := fmt.Sprintf("%s: %d also told by another report, %d only in this one",
		plural(c.Passages, "passage"), c.Matched, c.Unique)
	out = append(out, p.block("", 4, []segment{{counts, st.Text}}, width)...)
	for _, s := range c.Shared {
		frac := c.Fraction(s)
		numbers := fmt.Sprintf("  %*d of %d %4d%%  ", len(strconv.Itoa(c.Passages)), s.Passages, c.Passages, int(math.Round(100*frac)))
		filled := int(math.Round(frac * shareBarWidth))
		bar := st.Text.Render(strings.Repeat("█", filled)) + st.Rule.Render(strings.Repeat("░", shareBarWidth-filled))
		nameWidth := width - 4 - p.cells.Width(numbers) - shareBarWidth
		if nameWidth < 8 {
			// Too narrow for the bar: the figures are enough.
			nameWidth, bar = width-4-p.cells.Width(numbers), ""
		}
		name := p.cut(fmt.Sprintf("in [%d] %s", s.Article+1, sh.al.Articles[s.Article].DisplayTitle()), nameWidth)
		row := "    " + st.Meta.Render(name) + strings.Repeat(" ", max(0, nameWidth-p.cells.Width(name))) +
			st.Text.Render(numbers) + bar
		out = append(out, p.cells.Truncate(row, width, ""))
	}
	return out
}

// sourceNameWidth is the first column of the sources table.
func sourceNameWidth(reports, width int) int {
	return max(8, min(width, listMaxWidth)-factKindWidth-reports*sourceCountWidth-sourceTagWidth)
}

// sourceColumns is the head of the sources table: a column per report.
func (p sheetPainter) sourceColumns(sh *sheets, width int) string {
	st := p.st
	n := len(sh.al.Articles)
	nameWidth := sourceNameWidth(n, width)
	var b strings.Builder
	b.WriteString(st.Meta.Render(fmt.Sprintf("%-*s%-*s", nameWidth, "source", factKindWidth, "kind")))
	for a := range n {
		b.WriteString(p.titleInk(a).Render(fmt.Sprintf("%*s", sourceCountWidth, fmt.Sprintf("[%d]", a+1))))
	}
	return p.cells.Truncate(b.String(), width, "")
}

// sourceLine is one row of the sources table: the source, its kind, how
// often each report credits it, and which report alone does.
func (p sheetPainter) sourceLine(sh *sheets, e entry, width int) string {
	st := p.st
	r := sh.sources[e.index]
	n := len(sh.al.Articles)
	nameWidth := sourceNameWidth(n, width)
	name := p.cut(r.name, nameWidth-1)
	var b strings.Builder
	b.WriteString(st.Text.Render(name) + strings.Repeat(" ", nameWidth-p.cells.Width(name)))
	b.WriteString(st.Meta.Render(fmt.Sprintf("%-*s", factKindWidth, p.cells.Truncate(r.kind.String(), factKindWidth-1, ""))))
	for _, c := range r.credits {
		if c == 0 {
			b.WriteString(st.Meta.Render(fmt.Sprintf("%*s", sourceCountWidth, "·")))
			continue
		}
		b.WriteString(st.Text.Render(fmt.Sprintf("%*d", sourceCountWidth, c)))
	}
	if by := r.creditedBy(); len(by) == 1 && n > 1 {
		b.WriteString(st.Only.Render(fmt.Sprintf("  only [%d]", by[0]+1)))
	}
	return p.cells.Truncate(b.String(), width, "")
}

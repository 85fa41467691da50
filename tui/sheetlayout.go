package tui

import (
	"slices"
	"strings"

	"github.com/parallax-reader/parallax/insight"
	"github.com/parallax-reader/parallax/tui/cells"
)

// sheetPainter lays out the entries of the analysis views: with the
// reader's styles, and the focused report's number in bold (enter goes to
// its version). It is small, so that a sheet's flow is cheap to pass
// around.
type sheetPainter struct {
	st    *Styles
	cells cells.Method
	focus int
}

// layoutEntry lays out one entry of a sheet, width cells wide: styled
// lines, none wider than width. Text from the reports is made printable
// (renderSegments, headerRow and cut do it).
func (p sheetPainter) layoutEntry(sh *sheets, e entry, width int) []string {
	st := p.st
	switch e.kind {
	case entryHeading:
		return renderSegments(p.cells, []segment{{e.text, st.Heading}}, width)
	case entryNote:
		return renderSegments(p.cells, []segment{{e.text, st.Meta}}, width)
	case entryQuote:
		return p.quoteLines(sh, e, width)
	case entryConflict:
		return p.conflictLines(sh, e, width)
	case entryFact:
		return []string{p.factLine(sh, e, width)}
	case entryReport:
		return p.reportLines(sh, e, width)
	case entryColumns:
		return []string{p.sourceColumns(sh, width)}
	case entrySource:
		return []string{p.sourceLine(sh, e, width)}
	}
	return nil
}

// block wraps segs to the width left after indent cells and indents its
// lines; the first line starts with lead (at most indent cells) instead.
func (p sheetPainter) block(lead string, indent int, segs []segment, width int) []string {
	lines := renderSegments(p.cells, segs, max(1, width-indent))
	if len(lines) == 0 {
		lines = []string{""}
	}
	pad := strings.Repeat(" ", indent)
	for i := range lines {
		if i == 0 && lead != "" {
			lines[i] = lead + strings.Repeat(" ", max(0, indent-p.cells.Width(lead))) + lines[i]
			continue
		}
		lines[i] = pad + lines[i]
	}
	return lines
}

// indented puts indent cells before every line.
func indented(lines []string, indent int) []string {
	pad := strings.Repeat(" ", indent)
	for i := range lines {
		lines[i] = pad + lines[i]
	}
	return lines
}

// splitWidths splits width cells into n columns with sep cells between
// them; columns left over go to the leftmost, one each.
func splitWidths(width, n, sep int) []int {
	usable := max(n, width-sep*(n-1))
	widths := make([]int, n)
	for i := range widths {
		widths[i] = usable / n
		if i < usable%n {
			widths[i]++
		}
	}
	return widths
}

// sideBySide sets cells of lines next to each other, each padded to its
// width, with sep between them, as many rows as the tallest.
func (p sheetPainter) sideBySide(cells [][]string, widths []int, sep string) []string {
	rows := 0
	for _, c := range cells {
		rows = max(rows, len(c))
	}
	out := make([]string, rows)
	for r := range out {
		var b strings.Builder
		for i, c := range cells {
			if i > 0 {
				b.WriteString(sep)
			}
			line := ""
			if r < len(c) {
				line = c[r]
			}
			b.WriteString(line)
			if i < len(cells)-1 {
				b.WriteString(strings.Repeat(" ", max(0, widths[i]-p.cells.Width(line))))
			}
		}
		out[r] = b.String()
	}
	return out
}

// spanSegments cuts text[from:to] into runs: those inside marks drawn
// with marked, the rest with base. Marks outside the range are ignored.
func spanSegments(text string, from, to int, marks []insight.Span, base, marked Ink) []segment {
	if from < 0 || to > len(text) || from >= to {
		return nil
	}
	sorted := slices.SortedFunc(slices.Values(marks), func(a, b insight.Span) int { return a.Start - b.Start })
	var out []segment
	at := from
	for _, s := range sorted {
		a, z := max(s.Start, at), min(s.End, to)
		if a >= z {
			continue
		}
		if a > at {
			out = append(out, segment{text[at:a], base})
		}
		out = append(out, segment{text[a:z], marked})
		at = z
	}
	if at < to {
		out = append(out, segment{text[at:to], base})
	}
	return out
}

// cut makes untrusted text printable and shortens it to width cells,
// with "…" when it is cut.
func (p sheetPainter) cut(text string, width int) string {
	shown, _ := p.cells.Show(text)
	return p.cells.Truncate(shown, width, "…")
}

// titleInk is the style of report a's number: bold for the focused
// report, whose version enter goes to.
func (p sheetPainter) titleInk(a int) Ink {
	if a == p.focus {
		return p.st.Title
	}
	return p.st.TitleDim
}

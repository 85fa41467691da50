package tui

import (
	"fmt"
	"strings"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/tui/cells"
)

// The reading and the aligned view draw the reports' lines alike: a
// header over each pane, and each line of a passage with its gutter (the
// match number, relation and a bar) and its text, the words that differ
// and the search hits highlighted.

// header renders report r's title, source and date, counts, and a rule:
// heavy and coloured over the focused pane. Stacked, it is one line: the
// rule, with the title and counts on it.
func (d *desk) header(r, width int) []string {
	if d.lay.stacked {
		return []string{d.stackedHeader(r, width)}
	}
	st := d.styles
	doc := d.docs[r]
	art := doc.article
	title, rule, ruleGlyph := st.TitleDim, st.Rule, "─"
	if r == d.focus {
		title, rule, ruleGlyph = st.Title, st.RuleFocus, "━"
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
	counts := fmt.Sprintf("%d passages · %d matched · %d unique", doc.passages, doc.matched, doc.unique)
	if doc.al == nil {
		counts = fmt.Sprintf("%d passages · aligning…", doc.passages)
	}
	return []string{
		headerRow(d.cells, title, fmt.Sprintf("[%d] %s", r+1, art.DisplayTitle()), width),
		headerRow(d.cells, st.Meta, strings.Join(meta, " · "), width),
		headerRow(d.cells, st.Meta, counts, width),
		rule.Render(strings.Repeat(ruleGlyph, width)),
	}
}

// stackedHeader is a stacked pane's one-line header: a rule that names
// the report and gives its counts, heavy and coloured over the focused
// pane. The counts give way first, then the title is cut.
func (d *desk) stackedHeader(r, width int) string {
	st := d.styles
	doc := d.docs[r]
	title, rule, glyph := st.TitleDim, st.Rule, "─"
	if r == d.focus {
		title, rule, glyph = st.Title, st.RuleFocus, "━"
	}
	name, _ := d.cells.Show(fmt.Sprintf("[%d] %s", r+1, doc.article.DisplayTitle()))
	counts := fmt.Sprintf(" %d passages · %d matched · %d unique ", doc.passages, doc.matched, doc.unique)
	if doc.al == nil {
		counts = fmt.Sprintf(" %d passages · aligning… ", doc.passages)
	}
	lead := glyph + " "
	room := width - d.cells.Width(lead) - 2 // a space after the title, and a rule cell
	if d.cells.Width(name)+d.cells.Width(counts) > room {
		counts = ""
	}
	name = d.cells.Truncate(name, room, "…")
	fill := max(0, width-d.cells.Width(lead)-d.cells.Width(name)-1-d.cells.Width(counts))
	return rule.Render(lead) + title.Render(name) + rule.Render(" "+strings.Repeat(glyph, fill)) + st.Meta.Render(counts)
}

// headerRow renders untrusted header text, shortened to fit with "…".
func headerRow(cm cells.Method, style Ink, text string, width int) string {
	shown, _ := cm.Show(text)
	shown = cm.Truncate(shown, width-2, "…")
	return " " + style.Render(shown) + strings.Repeat(" ", max(0, width-1-cm.Width(shown)))
}

// foldedLine renders an identical passage as one line: its first line,
// with "…" when there is more.
func (d *desk) foldedLine(doc *document, p int, lines []span, current bool, width int) string {
	row := d.textLine(doc, p, lines[0], true, current, width)
	if len(lines) == 1 {
		return row
	}
	row = strings.TrimRight(row, " ")
	if d.cells.Width(row)+2 > width {
		row = d.cells.Truncate(row, width-2, "")
	}
	row += d.styles.Folded.Render(" …")
	return row + strings.Repeat(" ", max(0, width-d.cells.Width(row)))
}

// textLine renders one line of passage p (the byte range ln of the
// article): gutter, then the text with the words that differ from the
// match partners and the search hits highlighted, padded to width cells.
func (d *desk) textLine(doc *document, p int, ln span, first, current bool, width int) string {
	return d.labelledLine(doc, p, ln, first, current, "", width)
}

// labelledLine is textLine with label (a report's number, already styled
// and labelWidth cells wide, or "") between the gutter and the text.
func (d *desk) labelledLine(doc *document, p int, ln span, first, current bool, label string, width int) string {
	st := d.styles
	base, changed, shifted := st.Text, st.Changed, st.Shifted
	switch {
	case doc.al == nil:
		base = st.Pending
	case doc.isNoise(p):
		base = st.Noise
	case doc.match(p) < 0:
		base = st.Unique
	case doc.relation(p) <= diffing.Related:
		changed = st.Loose // related or only possible: other words are expected
	}
	if d.diffsOnly && doc.relation(p) == diffing.Identical {
		base, shifted = st.Folded, st.Folded
	}
	var b strings.Builder
	b.WriteString(d.gutter(doc, p, first, current))
	b.WriteString(label)
	w := d.gutterWidth() + d.writeText(&b, doc, p, ln, base, changed, shifted)
	if label != "" {
		w += labelWidth
	}
	row := b.String()
	if w > width {
		return d.cells.Truncate(row, width, "")
	}
	return row + strings.Repeat(" ", width-w)
}

// writeText writes the text in ln (part of passage p) with its changed
// words and search hits styled, and returns its width in cells. Text is
// shown as the terminal counts it (see package cells).
func (d *desk) writeText(b *strings.Builder, doc *document, p int, ln span, base, changed, shifted Ink) int {
	text := doc.article.Text
	var marks, moved []span
	if doc.changed != nil {
		marks = overlapping(doc.changed[p], ln)
		moved = overlapping(doc.moved[p], ln)
	}
	hits := d.search.hitsIn(doc.index, ln)
	if doc.index < len(d.marked) {
		// Marks are few (one item's words), so they join the hits.
		if marked := overlapping(d.marked[doc.index], ln); len(marked) > 0 {
			hits = append(append([]span(nil), hits...), marked...)
		}
	}
	cuts := []int{ln.start, ln.end}
	for _, s := range marks {
		cuts = append(cuts, s.start, s.end)
	}
	for _, s := range moved {
		cuts = append(cuts, s.start, s.end)
	}
	for _, s := range hits {
		cuts = append(cuts, s.start, s.end)
	}
	cuts = sortedInside(cuts, ln)
	width := 0
	for k := 0; k+1 < len(cuts); k++ {
		a, z := cuts[k], cuts[k+1]
		style := base
		if covers(moved, a) {
			style = shifted
		}
		if covers(marks, a) {
			style = changed
		}
		if covers(hits, a) {
			style = d.styles.Hit
		}
		chunk, w := d.cells.Show(text[a:z])
		if z == ln.end && breaksAtSoftHyphen(text, ln, doc.article.Passages[p].End) {
			chunk, w = chunk+hyphen, w+1 // the line breaks at a soft hyphen
		}
		width += w
		b.WriteString(style.Render(chunk))
	}
	return width
}

// gutter renders the gutter beside one line of passage p: the match
// number and relation glyph on the passage's first line, and a bar
// coloured by relation (or, with three or more reports, by how many
// share the match). The current match is reversed, with a heavier bar.
func (d *desk) gutter(doc *document, p int, first, current bool) string {
	st := d.styles
	digits := d.gutterDigits()
	number, glyph, bar := "", "", "▏"
	style, strong := st.Rule, st.Rule
	switch {
	case doc.isNoise(p):
		glyph, bar, style, strong = noiseGlyph, " ", st.Noise, st.Noise
	case doc.al == nil:
	case doc.match(p) < 0:
		glyph, style, strong = glyphs[diffing.Unique], st.Relation[diffing.Unique], st.Current[diffing.Unique]
	default:
		mi := doc.match(p)
		match := &doc.al.Matches[mi]
		number, glyph = fmt.Sprint(mi+1), glyphs[match.Relation]
		style, strong = st.Relation[match.Relation], st.Current[match.Relation]
		if reports := len(doc.al.Articles); reports > 2 {
			step := shareStep(len(match.Members), reports)
			style, strong = st.Share[step], st.ShareCurrent[step]
		}
	}
	if !first {
		number, glyph = "", ""
	}
	if glyph == "" {
		glyph = " "
	}
	mark := fmt.Sprintf("%*s%s", digits, number, glyph)
	if current {
		return strong.Render(mark) + style.Render("▌") + " "
	}
	return style.Render(mark) + style.Render(bar) + " "
}

// withOverview appends the overview column to the rows of a pane: marks
// per row, with the rows standing for items first to last (what is on
// screen) reversed.
func (d *desk) withOverview(rows []string, marks []mark, first, last, n int) []string {
	for i := range rows {
		glyph, style := d.markGlyph(marks[i])
		if lo, hi := overviewRange(i, n, len(rows)); n > 0 && lo <= last && hi > first {
			style = d.styles.Thumb
		}
		rows[i] += style.Render(glyph)
	}
	return rows
}

// markGlyph is how an overview mark is drawn.
func (d *desk) markGlyph(k mark) (string, Ink) {
	st := d.styles
	switch k {
	case markNoise:
		return noiseGlyph, st.Noise
	case markIdentical:
		return glyphs[diffing.Identical], st.Relation[diffing.Identical]
	case markRelated:
		return glyphs[diffing.Related], st.Relation[diffing.Related]
	case markPossible:
		return glyphs[diffing.Possible], st.Relation[diffing.Possible]
	case markReworded:
		return glyphs[diffing.Reworded], st.Relation[diffing.Reworded]
	case markUnique:
		return glyphs[diffing.Unique], st.Relation[diffing.Unique]
	}
	return " ", st.Rule
}

// joinColumns sets columns of rows side by side with sep between them,
// height rows in all.
func joinColumns(columns [][]string, sep string, height int) []string {
	rows := make([]string, height)
	for r := range rows {
		var b strings.Builder
		for i := range columns {
			if i > 0 {
				b.WriteString(sep)
			}
			if r < len(columns[i]) {
				b.WriteString(columns[i][r])
			}
		}
		rows[r] = b.String()
	}
	return rows
}

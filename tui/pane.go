package tui

import (
	"fmt"
	"strings"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/tui/cells"
)

// pane is one report's place on screen in the reading view. It is a plain
// struct; the root model moves it. Every report has a pane (panes[i] is
// article i's), shown or not, so that each keeps its position while
// another is shown in its place.
type pane struct {
	width int // the whole pane, 0 while it is not shown
	// top is the first line shown. It may pass the point where the last
	// line reaches the bottom, so that a match near the end can still be
	// shown level with its partner.
	top pos
	// selected is the passage the reader clicked, which then counts as
	// the current one instead of the passage at the top; -1 for none.
	selected int
}

// flow lays a report out for the reading view: one block per passage,
// holding the blank line that separates it from the previous paragraph
// (when it starts one) and then its wrapped lines.
type flow struct {
	doc       *document
	cells     cells.Method
	width     int  // columns of text
	fold      bool // identical passages take one line
	hideNoise bool
}

func (f flow) count() int { return len(f.doc.article.Passages) }

func (f flow) hidden(p int) bool { return f.hideNoise && f.doc.isNoise(p) }

func (f flow) folded(p int) bool { return f.fold && f.doc.relation(p) == diffing.Identical }

// gap is 1 when passage p is the first shown of a paragraph that follows
// shown text, for the blank line between paragraphs.
func (f flow) gap(p int) int {
	para := f.doc.article.Paragraphs[f.doc.article.Passages[p].Paragraph]
	for q := para.First; q < p; q++ {
		if !f.hidden(q) {
			return 0
		}
	}
	firstShown := 0
	if f.hideNoise {
		firstShown = f.doc.firstProse
	}
	if firstShown < para.First {
		return 1
	}
	return 0
}

func (f flow) height(p int) int {
	if f.hidden(p) {
		return 0
	}
	if f.folded(p) {
		return f.gap(p) + 1
	}
	return f.gap(p) + len(f.lines(p))
}

// lines are passage p's lines.
func (f flow) lines(p int) []span { return f.doc.lines(f.cells, f.width, p) }

// textPos is where passage p's text starts.
func (f flow) textPos(p int) pos { return pos{p, f.gap(p)} }

// flow returns report r's reading layout at its pane's width.
func (m Model) flow(r int) flow {
	return flow{doc: m.docs[r], cells: m.cells, width: m.textWidth(m.panes[r].width), fold: m.diffsOnly, hideNoise: m.hideNoise}
}

// gutterWidth is the match number, a relation glyph, a bar and a space.
func (m Model) gutterWidth() int { return m.gutterDigits() + 3 }

// textWidth is the room for text in a pane width columns wide.
func (m Model) textWidth(width int) int {
	w := width - m.gutterWidth() - rightMargin
	if m.overview {
		w -= overviewWidth
	}
	return max(1, w)
}

// paneView renders report r's pane in the reading view as exactly height
// rows of its width.
func (m Model) paneView(r, height int) []string {
	p := m.panes[r]
	f := m.flow(r)
	rows := m.header(r, p.width)
	body := max(0, height-len(rows))
	current, currentPassage := m.currentMatch(), m.currentPassage()
	at, last := settle(f, p.top), lastPos(f)
	done := nextShown(f, 0) < 0 // nothing to show
	lastBlock := at.block
	textWidth := p.width - m.overviewCols()
	textRows := make([]string, 0, body)
	for range body {
		if done {
			textRows = append(textRows, strings.Repeat(" ", textWidth))
			continue
		}
		lastBlock = at.block
		d := m.docs[r]
		isCurrent := current >= 0 && d.match(at.block) == current ||
			d.al != nil && r == m.focus && at.block == currentPassage && d.match(at.block) < 0
		textRows = append(textRows, m.flowLine(f, at, isCurrent, textWidth))
		if at == last {
			done = true
		} else {
			at = advance(f, at, 1)
		}
	}
	if m.overview {
		marks := m.docs[r].overviewMarks(body)
		textRows = m.withOverview(textRows, marks, settle(f, p.top).block, lastBlock, f.count())
	}
	return append(rows, textRows...)
}

// overviewCols is the width the overview column takes from a pane.
func (m Model) overviewCols() int {
	if m.overview {
		return overviewWidth
	}
	return 0
}

// flowLine renders the line at a in the reading layout f, width cells.
func (m Model) flowLine(f flow, a pos, current bool, width int) string {
	gap := f.gap(a.block)
	if a.line < gap {
		return strings.Repeat(" ", width)
	}
	lines := f.lines(a.block)
	if f.folded(a.block) {
		return m.foldedLine(f.doc, a.block, lines, current, width)
	}
	i := a.line - gap
	return m.textLine(f.doc, a.block, lines[i], i == 0, current, width)
}

// foldedLine renders an identical passage as one line: its first line,
// with "…" when there is more.
func (m Model) foldedLine(d *document, p int, lines []span, current bool, width int) string {
	row := m.textLine(d, p, lines[0], true, current, width)
	if len(lines) == 1 {
		return row
	}
	row = strings.TrimRight(row, " ")
	if m.cells.Width(row)+2 > width {
		row = m.cells.Truncate(row, width-2, "")
	}
	row += m.styles.Folded.Render(" …")
	return row + strings.Repeat(" ", max(0, width-m.cells.Width(row)))
}

// textLine renders one line of passage p (the byte range ln of the
// article): gutter, then the text with the words that differ from the
// match partners and the search hits highlighted, padded to width cells.
func (m Model) textLine(d *document, p int, ln span, first, current bool, width int) string {
	st := m.styles
	base, changed := st.Text, st.Changed
	switch {
	case d.al == nil:
		base = st.Pending
	case d.isNoise(p):
		base = st.Noise
	case d.match(p) < 0:
		base = st.Unique
	case d.relation(p) == diffing.Related:
		changed = st.Loose
	}
	if m.diffsOnly && d.relation(p) == diffing.Identical {
		base = st.Folded
	}
	var b strings.Builder
	b.WriteString(m.gutter(d, p, first, current))
	w := m.gutterWidth() + m.writeText(&b, d, p, ln, base, changed)
	row := b.String()
	if w > width {
		return m.cells.Truncate(row, width, "")
	}
	return row + strings.Repeat(" ", width-w)
}

// writeText writes the text in ln (part of passage p) with its changed
// words and search hits styled, and returns its width in cells. Text is
// shown as the terminal counts it (see package cells).
func (m Model) writeText(b *strings.Builder, d *document, p int, ln span, base, changed Ink) int {
	text := d.article.Text
	var marks []span
	if d.changed != nil {
		marks = overlapping(d.changed[p], ln)
	}
	hits := m.search.hitsIn(d.index, ln)
	if d.index < len(m.marked) {
		// Marks are few (one item's words), so they join the hits.
		if marked := overlapping(m.marked[d.index], ln); len(marked) > 0 {
			hits = append(append([]span(nil), hits...), marked...)
		}
	}
	cuts := []int{ln.start, ln.end}
	for _, s := range marks {
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
		if covers(marks, a) {
			style = changed
		}
		if covers(hits, a) {
			style = m.styles.Hit
		}
		chunk, w := m.cells.Show(text[a:z])
		if z == ln.end && endsInSoftHyphen(text[ln.start:ln.end]) {
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
func (m Model) gutter(d *document, p int, first, current bool) string {
	st := m.styles
	digits := m.gutterDigits()
	number, glyph, bar := "", "", "▏"
	style, strong := st.Rule, st.Rule
	switch {
	case d.isNoise(p):
		glyph, bar, style, strong = noiseGlyph, " ", st.Noise, st.Noise
	case d.al == nil:
	case d.match(p) < 0:
		glyph, style, strong = glyphs[diffing.Unique], st.Relation[diffing.Unique], st.Current[diffing.Unique]
	default:
		mi := d.match(p)
		match := &d.al.Matches[mi]
		number, glyph = fmt.Sprint(mi+1), glyphs[match.Relation]
		style, strong = st.Relation[match.Relation], st.Current[match.Relation]
		if reports := len(d.al.Articles); reports > 2 {
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

// header renders report r's title, source and date, counts, and a rule:
// heavy and coloured over the focused pane.
func (m Model) header(r, width int) []string {
	st := m.styles
	d := m.docs[r]
	art := d.article
	title, rule, ruleGlyph := st.TitleDim, st.Rule, "─"
	if r == m.focus {
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
	counts := fmt.Sprintf("%d passages · %d matched · %d unique", d.passages, d.matched, d.unique)
	if d.al == nil {
		counts = fmt.Sprintf("%d passages · aligning…", d.passages)
	}
	return []string{
		headerRow(m.cells, title, fmt.Sprintf("[%d] %s", r+1, art.DisplayTitle()), width),
		headerRow(m.cells, st.Meta, strings.Join(meta, " · "), width),
		headerRow(m.cells, st.Meta, counts, width),
		rule.Render(strings.Repeat(ruleGlyph, width)),
	}
}

// headerRow renders untrusted header text, shortened to fit with "…".
func headerRow(cm cells.Method, style Ink, text string, width int) string {
	shown, _ := cm.Show(text)
	shown = cm.Truncate(shown, width-2, "…")
	return " " + style.Render(shown) + strings.Repeat(" ", max(0, width-1-cm.Width(shown)))
}

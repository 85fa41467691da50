package tui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/parallax-reader/parallax/aligned"
	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/tui/cells"
)

// The aligned view shows rows of matched passages, one column per shown
// report, in the focused report's order (package aligned builds them).
// It scrolls as one; a row is a block of the tallest of its cells, with a
// blank line above every row but the first.

// alignedView is the aligned view's state: its rows, built for the shown
// reports and the focus, and where it is.
type alignedView struct {
	rows    *aligned.Rows
	rowsKey rowsKey
	top     pos // top of the view (block = row)
	pick    int // row the reader clicked, or -1
}

// rowsKey says what the aligned view's rows were built for.
type rowsKey struct {
	al      *diffing.Alignment
	columns string
	base    int
}

// alignedCommands are the aligned view's keys.
func alignedCommands(k keyMap) commandTable {
	t := scrollCommands(k, func(m *Model, s scrollStep) tea.Cmd {
		v, d := &m.aligned, &m.desk
		v.top, v.pick = scrollTo(v.flow(d), v.top, s, v.bodyHeight(d)), -1
		return nil
	})
	on := func(f func(v *alignedView, d *desk)) func(m *Model, _ tea.KeyPressMsg) tea.Cmd {
		return func(m *Model, _ tea.KeyPressMsg) tea.Cmd {
			f(&m.aligned, &m.desk)
			return nil
		}
	}
	t = append(t,
		command{key: k.NextMatch, disabled: needsAlignment, group: 1, short: &shortEntry{"n/N", "match", 2},
			run: on(func(v *alignedView, d *desk) { v.nextMatchRow(d, 1) })},
		command{key: k.PrevMatch, disabled: needsAlignment, group: 1,
			run: on(func(v *alignedView, d *desk) { v.nextMatchRow(d, -1) })},
		command{key: k.NextUnique, disabled: needsAlignment, group: 1,
			run: on(func(v *alignedView, d *desk) { v.nextUniqueRow(d, 1) })},
		command{key: k.PrevUnique, disabled: needsAlignment, group: 1,
			run: on(func(v *alignedView, d *desk) { v.nextUniqueRow(d, -1) })},
	)
	return append(t, reportCommands(k, false)...)
}

// ensureRows rebuilds the rows when the alignment, the shown reports or
// the focus changed, keeping the view at the passage it was at.
func (v *alignedView) ensureRows(d *desk) {
	if d.al == nil || len(d.shown) == 0 {
		return
	}
	var cols strings.Builder
	for _, r := range d.shown {
		cols.WriteString(strconv.Itoa(r) + ",")
	}
	key := rowsKey{al: d.al, columns: cols.String(), base: max(0, d.shownSlot(d.focus))}
	if v.rows != nil && v.rowsKey == key {
		return
	}
	anchor, anchored := v.rowAnchor(d)
	v.rows = aligned.Build(d.al, slices.Clone(d.shown), key.base)
	v.rowsKey = key
	v.pick = -1
	if anchored {
		v.showRowOf(d, anchor)
	} else {
		v.top = firstPos(v.flow(d))
	}
}

// rowAnchor is the focused report's passage at the top of the view, to
// find again after the rows change.
func (v alignedView) rowAnchor(d *desk) (int, bool) {
	if v.rows == nil {
		return 0, false
	}
	p := v.rowPassageFor(d.focus, settle(v.flow(d), v.top).block)
	return p, p >= 0
}

// rowPassage is the focused report's passage in row r, or in the nearest
// row above that has one; -1 if none has.
func (v alignedView) rowPassage(d *desk, r int) int { return v.rowPassageFor(d.focus, r) }

func (v alignedView) rowPassageFor(report, r int) int {
	if v.rows == nil {
		return -1
	}
	c := slices.Index(v.rows.Columns, report)
	if c < 0 {
		return -1
	}
	for ; r >= 0 && r < len(v.rows.Rows); r-- {
		if ps := v.rows.Rows[r].Cells[c].Passages; len(ps) > 0 {
			return ps[0]
		}
	}
	return -1
}

// topPassage is the focused report's passage at the top of the view (or
// in the nearest row above).
func (v alignedView) topPassage(d *desk) int {
	return v.rowPassage(d, settle(v.flow(d), v.top).block)
}

// showRowOf puts the row holding the focused report's passage q at the top
// of the view, showing noise if the row is noise.
func (v *alignedView) showRowOf(d *desk, q int) {
	r := v.rows.RowOf(v.rows.Base, q)
	f := v.flow(d)
	if f.hidden(r) {
		d.hideNoise = false
		f = v.flow(d)
	}
	v.top = pos{r, f.gap(r)}
	v.pick = -1
}

// currentRow is the row the reader is at: the one clicked, or the one at
// the top; -1 when there are none.
func (v alignedView) currentRow(d *desk) int {
	if v.rows == nil || len(v.rows.Rows) == 0 {
		return -1
	}
	if v.pick >= 0 && v.pick < len(v.rows.Rows) {
		return v.pick
	}
	return settle(v.flow(d), v.top).block
}

// currentMatch is the match of the current row, or -1.
func (v alignedView) currentMatch(d *desk) int {
	if !d.ready() || d.al == nil {
		return -1
	}
	if r := v.currentRow(d); r >= 0 {
		return v.rows.Rows[r].Match
	}
	return -1
}

// bodyHeight is the number of rows the aligned view's text takes.
func (v alignedView) bodyHeight(d *desk) int {
	return max(0, d.lay.paneHeight-d.lay.headerRows())
}

// labelWidth is the width of the report number ("[2] ") before each
// version of a row when the versions are stacked.
const labelWidth = 4

// flow lays the rows out at the shown widths: side by side, each column
// at its pane's; stacked, every version at the screen's, after its label.
func (v alignedView) flow(d *desk) rowFlow {
	f := rowFlow{rows: v.rows, al: v.rowsKey.al, cache: d.cache, cells: d.cells, fold: d.diffsOnly, hideNoise: d.hideNoise,
		stacked: d.lay.stacked}
	if v.rows == nil {
		return f
	}
	for _, a := range v.rows.Columns {
		f.docs = append(f.docs, d.docs[a])
		w := d.textWidth(d.paneWidth(a))
		if f.stacked {
			w = max(1, d.textWidth(d.width)-labelWidth)
		}
		f.widths = append(f.widths, w)
	}
	f.firstShown = len(v.rows.Rows)
	for r := range v.rows.Rows {
		if !f.hidden(r) {
			f.firstShown = r
			break
		}
	}
	return f
}

// rowFlow is the aligned view's column of blocks: one per row.
type rowFlow struct {
	rows       *aligned.Rows
	al         *diffing.Alignment // the one rows were built from
	docs       []*document        // per column
	cache      *renderCache
	cells      cells.Method
	widths     []int // text columns per column
	fold       bool
	hideNoise  bool
	stacked    bool // a row's versions one above another, not side by side
	firstShown int
}

func (f rowFlow) count() int {
	if f.rows == nil {
		return 0
	}
	return len(f.rows.Rows)
}

// hidden reports whether row r is noise that is hidden.
func (f rowFlow) hidden(r int) bool {
	row := f.rows.Rows[r]
	if !f.hideNoise || row.Match >= 0 {
		return false
	}
	c := row.Column()
	return c >= 0 && f.docs[c].isNoise(row.Cells[c].Passages[0])
}

// folded reports whether row r is an identical match shown as one line.
func (f rowFlow) folded(r int) bool {
	m := f.rows.Rows[r].Match
	return f.fold && m >= 0 && f.al.Matches[m].Relation == diffing.Identical
}

func (f rowFlow) gap(r int) int {
	if r > f.firstShown {
		return 1
	}
	return 0
}

func (f rowFlow) height(r int) int {
	if f.hidden(r) {
		return 0
	}
	if f.folded(r) {
		return f.gap(r) + 1
	}
	h := 0
	for c := range f.rows.Columns {
		if f.stacked {
			h += f.cellHeight(c, r)
		} else {
			h = max(h, f.cellHeight(c, r))
		}
	}
	return f.gap(r) + max(1, h)
}

// cellHeight is the number of lines of column c's cell in row r: those
// of its passages, and the note that they moved.
func (f rowFlow) cellHeight(c, r int) int {
	cell := f.rows.Rows[r].Cells[c]
	h := 0
	if cell.Move != aligned.InPlace && len(cell.Passages) > 0 {
		h++
	}
	for _, p := range cell.Passages {
		h += len(f.lines(c, p))
	}
	return h
}

// stackedAt finds line i of row r, stacked: the column whose version
// holds it, and the line of that cell; false past the row's lines.
func (f rowFlow) stackedAt(r, i int) (c, line int, ok bool) {
	for c := range f.rows.Columns {
		h := f.cellHeight(c, r)
		if i < h {
			return c, i, true
		}
		i -= h
	}
	return 0, 0, false
}

// lines are passage p's lines in column c.
func (f rowFlow) lines(c, p int) []span {
	return f.cache.lines(f.docs[c].article, f.cells, f.widths[c], p)
}

// cellLine is one line of a cell: a passage's line, or the note that the
// cell's passages moved.
type cellLine struct {
	passage int
	ln      span
	first   bool
	moved   bool
}

// cellLines lists the lines of column c's cell in row r.
func (f rowFlow) cellLines(c, r int) []cellLine {
	cell := f.rows.Rows[r].Cells[c]
	var out []cellLine
	if cell.Move != aligned.InPlace && len(cell.Passages) > 0 {
		out = append(out, cellLine{passage: cell.Passages[0], moved: true})
	}
	for _, p := range cell.Passages {
		for i, ln := range f.lines(c, p) {
			out = append(out, cellLine{passage: p, ln: ln, first: i == 0})
		}
	}
	return out
}

// view renders the aligned view: the shown panes' headers, then the rows,
// height rows in all.
func (v alignedView) view(d *desk, height int) []string {
	if d.lay.stacked {
		return v.stackedView(d, height)
	}
	f := v.flow(d)
	columns := make([][]string, len(d.shown))
	for c, r := range d.shown {
		columns[c] = d.header(r, d.paneWidth(r))
	}
	body := max(0, height-headerRows)
	current, currentRow := v.currentMatch(d), v.currentRow(d)
	at, last := settle(f, v.top), lastPos(f)
	done := nextShown(f, 0) < 0
	lastRow := at.block
	for range body {
		for c, r := range d.shown {
			w := d.paneWidth(r) - d.overviewCols()
			if done {
				columns[c] = append(columns[c], strings.Repeat(" ", w))
				continue
			}
			isCurrent := at.block == currentRow || current >= 0 && v.rows.Rows[at.block].Match == current
			columns[c] = append(columns[c], v.rowLine(d, f, c, at, isCurrent, w))
		}
		if done {
			continue
		}
		lastRow = at.block
		if at == last {
			done = true
		} else {
			at = advance(f, at, 1)
		}
	}
	if d.overview {
		first := settle(f, v.top).block
		for c := range d.shown {
			marks := d.cache.rowOverview(v.rows, f.docs, c, body)
			columns[c] = append(columns[c][:headerRows], d.withOverview(columns[c][headerRows:], marks, first, lastRow, f.count())...)
		}
	}
	return joinColumns(columns, d.styles.Rule.Render("│"), height)
}

// rowLine renders line a of the view in column c, width cells.
func (v alignedView) rowLine(d *desk, f rowFlow, c int, a pos, current bool, width int) string {
	gap := f.gap(a.block)
	if a.line < gap {
		return strings.Repeat(" ", width)
	}
	i := a.line - gap
	lines := f.cellLines(c, a.block)
	if f.folded(a.block) {
		if cell := v.rows.Rows[a.block].Cells[c]; len(cell.Passages) > 0 {
			p := cell.Passages[0]
			return d.foldedLine(f.docs[c], p, f.lines(c, p), current, width)
		}
		return strings.Repeat(" ", width)
	}
	if i >= len(lines) {
		return strings.Repeat(" ", width)
	}
	cl := lines[i]
	doc := f.docs[c]
	if cl.moved {
		cell := v.rows.Rows[a.block].Cells[c]
		note := fmt.Sprintf("%s moved from ¶%d", cell.Move.Arrow(), doc.article.Passages[cl.passage].Paragraph+1)
		note = d.cells.Truncate(note, width-d.gutterWidth(), "…")
		row := strings.Repeat(" ", d.gutterWidth()) + d.styles.Moved.Render(note)
		return row + strings.Repeat(" ", max(0, width-d.gutterWidth()-d.cells.Width(note)))
	}
	return d.textLine(doc, cl.passage, cl.ln, cl.first, current, width)
}

// stackedView renders the aligned view stacked: a line naming the shown
// reports, then the rows, each version of a row under the one before,
// after its report's number, height rows in all.
func (v alignedView) stackedView(d *desk, height int) []string {
	f := v.flow(d)
	rows := []string{v.stackedHeader(d)}
	body := max(0, height-stackedHeaderRows)
	width := d.width - d.overviewCols()
	current, currentRow := v.currentMatch(d), v.currentRow(d)
	at, last := settle(f, v.top), lastPos(f)
	done := nextShown(f, 0) < 0
	lastRow := at.block
	var text []string
	for range body {
		if done {
			text = append(text, strings.Repeat(" ", width))
			continue
		}
		isCurrent := at.block == currentRow || current >= 0 && v.rows.Rows[at.block].Match == current
		text = append(text, v.stackedLine(d, f, at, isCurrent, width))
		lastRow = at.block
		if at == last {
			done = true
		} else {
			at = advance(f, at, 1)
		}
	}
	if d.overview {
		// One column of marks, for every version.
		marks := d.cache.rowOverview(v.rows, f.docs, -1, body)
		text = d.withOverview(text, marks, settle(f, v.top).block, lastRow, f.count())
	}
	return append(rows, text...)
}

// stackedHeader names the shown reports on one line, each in an equal
// share of it, the focused one bold, over a rule.
func (v alignedView) stackedHeader(d *desk) string {
	st := d.styles
	n := len(d.shown)
	shares := split(d.width-(n-1), n) // a rule between them
	parts := make([]string, n)
	for i, r := range d.shown {
		style := st.TitleDim
		if r == d.focus {
			style = st.Title
		}
		name, _ := d.cells.Show(fmt.Sprintf("[%d] %s", r+1, d.articles[r].DisplayTitle()))
		name = d.cells.Truncate(name, shares[i]-1, "…")
		parts[i] = style.Render(" "+name) + strings.Repeat(" ", max(0, shares[i]-1-d.cells.Width(name)))
	}
	return strings.Join(parts, st.Rule.Render("│"))
}

// stackedLine renders line a of the stacked aligned view, width cells:
// a line of one version, after its report's number on its first line.
// The match number is on the row's first line only.
func (v alignedView) stackedLine(d *desk, f rowFlow, a pos, current bool, width int) string {
	gap := f.gap(a.block)
	if a.line < gap {
		return strings.Repeat(" ", width)
	}
	row := v.rows.Rows[a.block]
	if f.folded(a.block) {
		for c, cell := range row.Cells {
			if len(cell.Passages) > 0 {
				p := cell.Passages[0]
				return d.foldedLine(f.docs[c], p, f.lines(c, p), current, width)
			}
		}
	}
	c, i, ok := f.stackedAt(a.block, a.line-gap)
	if !ok {
		return strings.Repeat(" ", width)
	}
	cl := f.cellLines(c, a.block)[i]
	doc := f.docs[c]
	label := strings.Repeat(" ", labelWidth)
	if i == 0 {
		style := d.styles.TitleDim
		if v.rows.Columns[c] == d.focus {
			style = d.styles.Title
		}
		label = style.Render(fmt.Sprintf("%-*s", labelWidth, fmt.Sprintf("[%d]", v.rows.Columns[c]+1)))
	}
	if cl.moved {
		note := fmt.Sprintf("%s moved from ¶%d", row.Cells[c].Move.Arrow(), doc.article.Passages[cl.passage].Paragraph+1)
		room := width - d.gutterWidth() - labelWidth
		note = d.cells.Truncate(note, room, "…")
		return d.gutter(doc, cl.passage, false, current) + label + d.styles.Moved.Render(note) +
			strings.Repeat(" ", max(0, room-d.cells.Width(note)))
	}
	first := cl.first && i == 0 && c == firstVersion(row)
	return d.labelledLine(doc, cl.passage, cl.ln, first, current, label, width)
}

// firstVersion is the first column of row with a passage.
func firstVersion(row aligned.Row) int {
	for c, cell := range row.Cells {
		if len(cell.Passages) > 0 {
			return c
		}
	}
	return 0
}

// nextMatchRow moves the view to the next row of another match (dir 1),
// or the previous one (dir -1).
func (v *alignedView) nextMatchRow(d *desk, dir int) {
	cur := v.currentRow(d)
	if cur < 0 {
		return
	}
	f := v.flow(d)
	for r := cur + dir; r >= 0 && r < len(v.rows.Rows); r += dir {
		if mr := v.rows.Rows[r].Match; mr >= 0 && mr != v.rows.Rows[cur].Match && !f.hidden(r) {
			v.top, v.pick = pos{r, f.gap(r)}, -1
			return
		}
	}
	d.say("no match further " + direction(dir))
}

// nextUniqueRow moves the view to the next stretch of rows only the
// focused report tells (dir 1), or the previous one (dir -1).
func (v *alignedView) nextUniqueRow(d *desk, dir int) {
	cur := v.currentRow(d)
	if cur < 0 {
		return
	}
	unique := func(r int) bool {
		row := v.rows.Rows[r]
		c := row.Column()
		return row.Match < 0 && c == v.rows.Base && d.docs[d.focus].isUnique(row.Cells[c].Passages[0])
	}
	n := len(v.rows.Rows)
	r := cur
	for r >= 0 && r < n && unique(r) {
		r += dir
	}
	for r >= 0 && r < n && !unique(r) {
		r += dir
	}
	if r < 0 || r >= n {
		d.say("no unique passage further " + direction(dir))
		return
	}
	for dir < 0 && r > 0 && unique(r-1) {
		r--
	}
	f := v.flow(d)
	v.top, v.pick = pos{r, f.gap(r)}, -1
}

// mouse scrolls the view with the wheel, or, on a left click at row y of
// its text in report r's column, focuses r and picks the row under the
// pointer. Stacked (r is -1), a click picks the row and leaves the focus,
// which orders the rows.
func (v *alignedView) mouse(d *desk, msg tea.MouseMsg, r, y int) {
	mouse := msg.Mouse()
	switch msg.(type) {
	case tea.MouseWheelMsg:
		if delta := wheelDelta(mouse.Button); delta != 0 {
			v.top = scrollBy(v.flow(d), v.top, delta, v.bodyHeight(d))
			v.pick = -1
		}
	case tea.MouseClickMsg:
		if mouse.Button != tea.MouseLeft {
			return
		}
		if r >= 0 {
			d.focus = r
		}
		if y < 0 {
			return
		}
		f := v.flow(d)
		at := advance(f, v.top, y)
		if distance(f, settle(f, v.top), at) == y {
			v.pick = at.block
		}
	}
}

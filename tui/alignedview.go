package tui

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/parallax-reader/parallax/aligned"
	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/tui/cells"
)

// The aligned view shows rows of matched passages, one column per shown
// report, in the focused report's order (package aligned builds them).
// It scrolls as one; a row is a block of the tallest of its cells, with a
// blank line above every row but the first.

// rowsKey says what the aligned view's rows were built for.
type rowsKey struct {
	al      *diffing.Alignment
	columns string
	base    int
}

// ensureRows rebuilds the aligned view's rows when the alignment, the
// shown reports or the focus changed, keeping the view at the passage it
// was at.
func (m *Model) ensureRows() {
	if m.view != viewAligned || m.align.al == nil || len(m.shown) == 0 {
		return
	}
	var cols strings.Builder
	for _, r := range m.shown {
		cols.WriteString(strconv.Itoa(r) + ",")
	}
	key := rowsKey{al: m.align.al, columns: cols.String(), base: m.slotIndex(m.focus)}
	if m.rows != nil && m.rowsKey == key {
		return
	}
	anchor, anchored := m.rowAnchor()
	m.rows = aligned.Build(m.align.al, append([]int(nil), m.shown...), key.base)
	m.rowsKey = key
	m.rowMarks = map[[2]int][]mark{}
	m.rowPick = -1
	if anchored {
		m.showRowOf(anchor)
	} else {
		m.rowTop = firstPos(m.rowFlow())
	}
}

// slotIndex is where report r is among the shown ones, or 0.
func (m Model) slotIndex(r int) int {
	for i, s := range m.shown {
		if s == r {
			return i
		}
	}
	return 0
}

// rowAnchor is the focused report's passage at the top of the aligned
// view, to find again after the rows change.
func (m Model) rowAnchor() (int, bool) {
	if m.rows == nil {
		return 0, false
	}
	p := m.rowPassageFor(m.focus, settle(m.rowFlow(), m.rowTop).block)
	return p, p >= 0
}

// rowPassage is the focused report's passage in row r, or in the nearest
// row above that has one; -1 if none has.
func (m Model) rowPassage(r int) int { return m.rowPassageFor(m.focus, r) }

func (m Model) rowPassageFor(report, r int) int {
	if m.rows == nil {
		return -1
	}
	c := -1
	for i, a := range m.rows.Columns {
		if a == report {
			c = i
		}
	}
	if c < 0 {
		return -1
	}
	for ; r >= 0 && r < len(m.rows.Rows); r-- {
		if ps := m.rows.Rows[r].Cells[c].Passages; len(ps) > 0 {
			return ps[0]
		}
	}
	return -1
}

// showRowOf puts the row holding the focused report's passage q at the top
// of the aligned view.
func (m *Model) showRowOf(q int) {
	c := m.rows.Base
	r := m.rows.RowOf(c, q)
	f := m.rowFlow()
	if f.hidden(r) {
		m.hideNoise = false
		f = m.rowFlow()
	}
	m.rowTop = pos{r, f.gap(r)}
	m.rowPick = -1
}

// currentRow is the row the reader is at in the aligned view: the one
// clicked, or the one at the top; -1 when there are none.
func (m Model) currentRow() int {
	if m.rows == nil || len(m.rows.Rows) == 0 {
		return -1
	}
	if m.rowPick >= 0 && m.rowPick < len(m.rows.Rows) {
		return m.rowPick
	}
	return settle(m.rowFlow(), m.rowTop).block
}

// toggleView switches between the reading and the aligned view, keeping
// the current passage at the top.
func (m *Model) toggleView() {
	if m.align.al == nil {
		m.notice = "the aligned view is ready when alignment is"
		return
	}
	if m.view == viewReading {
		p := m.currentPassage()
		m.view = viewAligned
		m.ensureRows()
		if p >= 0 {
			m.showRowOf(p)
		}
		return
	}
	p := m.rowPassage(m.currentRow())
	m.view = viewReading
	if p >= 0 {
		m.moveTo(p)
	}
	m.syncPanes()
}

// rowFlow lays the rows out for the aligned view at the shown widths.
func (m Model) rowFlow() rowFlow {
	f := rowFlow{rows: m.rows, al: m.rowsKey.al, cells: m.cells, fold: m.diffsOnly, hideNoise: m.hideNoise}
	if m.rows == nil {
		return f
	}
	for _, a := range m.rows.Columns {
		f.docs = append(f.docs, m.docs[a])
		f.widths = append(f.widths, m.textWidth(m.panes[a].width))
	}
	f.firstShown = len(m.rows.Rows)
	for r := range m.rows.Rows {
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
	cells      cells.Method
	widths     []int // text columns per column
	fold       bool
	hideNoise  bool
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
	h := 1
	for c := range f.rows.Columns {
		h = max(h, len(f.cellLines(c, r)))
	}
	return f.gap(r) + h
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
		for i, ln := range f.docs[c].lines(f.cells, f.widths[c], p) {
			out = append(out, cellLine{passage: p, ln: ln, first: i == 0})
		}
	}
	return out
}

// alignedView renders the aligned view: the shown panes' headers, then
// the rows, height rows in all.
func (m Model) alignedView(height int) []string {
	f := m.rowFlow()
	columns := make([][]string, len(m.shown))
	for c, r := range m.shown {
		columns[c] = m.header(r, m.panes[r].width)
	}
	body := max(0, height-headerRows)
	current, currentRow := m.currentMatch(), m.currentRow()
	at, last := settle(f, m.rowTop), lastPos(f)
	done := nextShown(f, 0) < 0
	lastRow := at.block
	for range body {
		for c, r := range m.shown {
			w := m.panes[r].width - m.overviewCols()
			if done {
				columns[c] = append(columns[c], strings.Repeat(" ", w))
				continue
			}
			isCurrent := at.block == currentRow || current >= 0 && m.rows.Rows[at.block].Match == current
			columns[c] = append(columns[c], m.rowLine(f, c, at, isCurrent, w))
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
	if m.overview {
		first := settle(f, m.rowTop).block
		for c := range m.shown {
			marks := m.rowOverview(f, c, body)
			columns[c] = append(columns[c][:headerRows], m.withOverview(columns[c][headerRows:], marks, first, lastRow, f.count())...)
		}
	}
	return joinColumns(columns, m.styles.Rule.Render("│"), height)
}

// rowLine renders line a of the aligned view in column c, width cells.
func (m Model) rowLine(f rowFlow, c int, a pos, current bool, width int) string {
	gap := f.gap(a.block)
	if a.line < gap {
		return strings.Repeat(" ", width)
	}
	i := a.line - gap
	lines := f.cellLines(c, a.block)
	if f.folded(a.block) {
		if cell := m.rows.Rows[a.block].Cells[c]; len(cell.Passages) > 0 {
			p := cell.Passages[0]
			return m.foldedLine(f.docs[c], p, f.docs[c].lines(f.cells, f.widths[c], p), current, width)
		}
		return strings.Repeat(" ", width)
	}
	if i >= len(lines) {
		return strings.Repeat(" ", width)
	}
	cl := lines[i]
	d := f.docs[c]
	if cl.moved {
		cell := m.rows.Rows[a.block].Cells[c]
		note := fmt.Sprintf("%s moved from ¶%d", cell.Move.Arrow(), d.article.Passages[cl.passage].Paragraph+1)
		note = m.cells.Truncate(note, width-m.gutterWidth(), "…")
		row := strings.Repeat(" ", m.gutterWidth()) + m.styles.Moved.Render(note)
		return row + strings.Repeat(" ", max(0, width-m.gutterWidth()-m.cells.Width(note)))
	}
	return m.textLine(d, cl.passage, cl.ln, cl.first, current, width)
}

// rowOverview is column c's overview of the rows, cached per height.
func (m Model) rowOverview(f rowFlow, c, height int) []mark {
	key := [2]int{c, height}
	if marks, ok := m.rowMarks[key]; ok {
		return marks
	}
	d := f.docs[c]
	marks := summarise(f.count(), func(r int) mark {
		if ps := m.rows.Rows[r].Cells[c].Passages; len(ps) > 0 {
			return d.markOf(ps[0])
		}
		return markNone
	}, height)
	m.rowMarks[key] = marks
	return marks
}

// handleAlignedKey moves the aligned view.
func (m *Model) handleAlignedKey(msg tea.KeyPressMsg) {
	if top, ok := m.scrollKey(msg, m.rowFlow(), m.rowTop, m.lay.bodyHeight()); ok {
		m.rowTop, m.rowPick = top, -1
		return
	}
	switch {
	case key.Matches(msg, m.keys.NextMatch):
		m.nextMatchRow(1)
	case key.Matches(msg, m.keys.PrevMatch):
		m.nextMatchRow(-1)
	case key.Matches(msg, m.keys.NextUnique):
		m.nextUniqueRow(1)
	case key.Matches(msg, m.keys.PrevUnique):
		m.nextUniqueRow(-1)
	}
}

// nextMatchRow moves the aligned view to the next row of another match
// (dir 1), or the previous one (dir -1).
func (m *Model) nextMatchRow(dir int) {
	cur := m.currentRow()
	if cur < 0 {
		return
	}
	f := m.rowFlow()
	for r := cur + dir; r >= 0 && r < len(m.rows.Rows); r += dir {
		if mr := m.rows.Rows[r].Match; mr >= 0 && mr != m.rows.Rows[cur].Match && !f.hidden(r) {
			m.rowTop, m.rowPick = pos{r, f.gap(r)}, -1
			return
		}
	}
	m.notice = "no match further " + direction(dir)
}

// nextUniqueRow moves the aligned view to the next stretch of rows only
// the focused report tells (dir 1), or the previous one (dir -1).
func (m *Model) nextUniqueRow(dir int) {
	cur := m.currentRow()
	if cur < 0 {
		return
	}
	unique := func(r int) bool {
		row := m.rows.Rows[r]
		c := row.Column()
		return row.Match < 0 && c == m.rows.Base && m.docs[m.focus].isUnique(row.Cells[c].Passages[0])
	}
	n := len(m.rows.Rows)
	r := cur
	for r >= 0 && r < n && unique(r) {
		r += dir
	}
	for r >= 0 && r < n && !unique(r) {
		r += dir
	}
	if r < 0 || r >= n {
		m.notice = "no unique passage further " + direction(dir)
		return
	}
	for dir < 0 && r > 0 && unique(r-1) {
		r--
	}
	f := m.rowFlow()
	m.rowTop, m.rowPick = pos{r, f.gap(r)}, -1
}

func direction(dir int) string {
	if dir < 0 {
		return "up"
	}
	return "down"
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

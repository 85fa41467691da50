package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/parallax-reader/parallax/diffing"
	"github.com/parallax-reader/parallax/tui/cells"
)

// readingView shows each report in its own order, in panes side by side,
// synchronised: the passage the focused pane is at sits level with its
// partners in the others. It is a plain struct the root model moves; its
// commands (readingCommands) act on it through the root.
type readingView struct {
	// panes has every report's pane (panes[i] is article i's), shown or
	// not, so that each keeps its position while another is shown in its
	// place.
	panes []pane
	sync  bool // scroll the other panes with the focused one
}

// pane is one report's place in the reading view.
type pane struct {
	// top is the first line shown. It may pass the point where the last
	// line reaches the bottom, so that a match near the end can still be
	// shown level with its partner.
	top pos
	// selected is the passage the reader clicked, which then counts as
	// the current one instead of the passage at the top; -1 for none.
	selected int
}

func newReadingView(reports int) readingView {
	v := readingView{panes: make([]pane, reports), sync: true}
	for i := range v.panes {
		v.panes[i].selected = -1
	}
	return v
}

// readingCommands are the reading view's keys. After each, the root
// brings the other panes level with the focused one (see
// Model.afterReportsKey).
func readingCommands(k keyMap) commandTable {
	t := scrollCommands(k, func(m *Model, s scrollStep) tea.Cmd {
		m.reading.scroll(&m.desk, s)
		return nil
	})
	onReading := func(f func(v *readingView, d *desk)) func(m *Model, _ tea.KeyPressMsg) tea.Cmd {
		return func(m *Model, _ tea.KeyPressMsg) tea.Cmd {
			f(&m.reading, &m.desk)
			return nil
		}
	}
	t = append(t,
		command{key: k.NextMatch, disabled: needsAlignment, group: 1, short: &shortEntry{"n/N", "match", 2},
			run: onReading((*readingView).nextMatch)},
		command{key: k.PrevMatch, disabled: needsAlignment, group: 1, run: onReading((*readingView).prevMatch)},
		command{key: k.NextUnique, disabled: needsAlignment, group: 1,
			run: onReading(func(v *readingView, d *desk) { v.nextUnique(d, 1) })},
		command{key: k.PrevUnique, disabled: needsAlignment, group: 1,
			run: onReading(func(v *readingView, d *desk) { v.nextUnique(d, -1) })},
	)
	return append(t, reportCommands(k, true)...)
}

// needsAlignment disables the keys that move between matches until the
// alignment is in.
func needsAlignment(m *Model) string {
	if m.desk.al == nil {
		return "matches follow when alignment is done"
	}
	return ""
}

// scroll moves the focused pane.
func (v *readingView) scroll(d *desk, s scrollStep) {
	p := &v.panes[d.focus]
	p.top, p.selected = scrollTo(d.flow(d.focus), p.top, s, d.lay.bodyHeight()), -1
}

// flow lays a report out for the reading view: one block per passage,
// holding the blank line that separates it from the previous paragraph
// (when it starts one) and then its wrapped lines.
type flow struct {
	doc       *document
	cache     *renderCache
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
func (f flow) lines(p int) []span { return f.cache.lines(f.doc.article, f.cells, f.width, p) }

// textPos is where passage p's text starts.
func (f flow) textPos(p int) pos { return pos{p, f.gap(p)} }

// view renders the shown panes side by side, height rows; or stacked,
// one above another, in the rows the layout gives each.
func (v readingView) view(d *desk, height int) []string {
	if d.lay.stacked {
		rows := make([]string, 0, height)
		for i, r := range d.shown {
			rows = append(rows, v.paneView(d, r, d.lay.paneHeights[i])...)
		}
		return rows
	}
	columns := make([][]string, len(d.shown))
	for i, r := range d.shown {
		columns[i] = v.paneView(d, r, height)
	}
	return joinColumns(columns, d.styles.Rule.Render("│"), height)
}

// paneView renders report r's pane as exactly height rows of its width.
func (v readingView) paneView(d *desk, r, height int) []string {
	p := v.panes[r]
	f := d.flow(r)
	width := d.paneWidth(r)
	rows := d.header(r, width)
	body := max(0, height-len(rows))
	current, currentPassage := v.currentMatch(d), v.currentPassage(d)
	at, last := settle(f, p.top), lastPos(f)
	done := nextShown(f, 0) < 0 // nothing to show
	lastBlock := at.block
	textWidth := width - d.overviewCols()
	textRows := make([]string, 0, body)
	doc := d.docs[r]
	for range body {
		if done {
			textRows = append(textRows, strings.Repeat(" ", textWidth))
			continue
		}
		lastBlock = at.block
		isCurrent := current >= 0 && doc.match(at.block) == current ||
			doc.al != nil && r == d.focus && at.block == currentPassage && doc.match(at.block) < 0
		textRows = append(textRows, d.flowLine(f, at, isCurrent, textWidth))
		if at == last {
			done = true
		} else {
			at = advance(f, at, 1)
		}
	}
	if d.overview {
		marks := d.cache.overview(doc, body)
		textRows = d.withOverview(textRows, marks, settle(f, p.top).block, lastBlock, f.count())
	}
	return append(rows, textRows...)
}

// flowLine renders the line at a in the reading layout f, width cells.
func (d *desk) flowLine(f flow, a pos, current bool, width int) string {
	gap := f.gap(a.block)
	if a.line < gap {
		return strings.Repeat(" ", width)
	}
	lines := f.lines(a.block)
	if f.folded(a.block) {
		return d.foldedLine(f.doc, a.block, lines, current, width)
	}
	i := a.line - gap
	return d.textLine(f.doc, a.block, lines[i], i == 0, current, width)
}

// currentPassage is the passage the focused pane is at: the one the
// reader clicked, or the one on its top line. It is -1 when there is
// none.
func (v readingView) currentPassage(d *desk) int {
	if !d.ready() {
		return -1
	}
	return v.anchorOf(d, d.focus)
}

// anchorOf is the passage report r's pane is at: the one clicked, or the
// one on its top line; -1 when nothing is shown.
func (v readingView) anchorOf(d *desk, r int) int {
	p := v.panes[r]
	f := d.flow(r)
	if p.selected >= 0 && p.selected < f.count() {
		return p.selected
	}
	if nextShown(f, 0) < 0 {
		return -1
	}
	return settle(f, p.top).block
}

// currentMatch is the match of the current passage, or -1.
func (v readingView) currentMatch(d *desk) int {
	if !d.ready() || d.al == nil {
		return -1
	}
	p := v.currentPassage(d)
	if p < 0 {
		return -1
	}
	return d.docs[d.focus].match(p)
}

// firstOfMatch returns the first passage of match mi in report r.
func firstOfMatch(al *diffing.Alignment, r, mi int) (int, bool) {
	mem, ok := al.Matches[mi].Member(r)
	if !ok {
		return 0, false
	}
	return mem.Passages[0], true
}

// moveTo puts passage q of the focused report at the top of its pane.
func (v *readingView) moveTo(d *desk, q int) {
	p := &v.panes[d.focus]
	p.top = d.flow(d.focus).textPos(q)
	p.selected = -1
}

// nextMatch moves the focused pane to the next match in its own reading
// order.
func (v *readingView) nextMatch(d *desk) {
	doc := d.docs[d.focus]
	f := d.flow(d.focus)
	from := v.currentPassage(d)
	if from < 0 || doc.al == nil {
		return
	}
	cur := doc.match(from)
	for q := from + 1; q < f.count(); q++ {
		if mq := doc.match(q); mq >= 0 && mq != cur {
			v.moveTo(d, q)
			return
		}
	}
	d.say("no match further down")
}

// prevMatch moves the focused pane to the start of the current match when
// its first line is above the view, otherwise to the previous match.
func (v *readingView) prevMatch(d *desk) {
	doc := d.docs[d.focus]
	f := d.flow(d.focus)
	from := v.currentPassage(d)
	if from < 0 || doc.al == nil {
		return
	}
	cur := doc.match(from)
	if cur >= 0 {
		first, _ := firstOfMatch(d.al, d.focus, cur)
		if start := f.textPos(min(first, from)); before(start, settle(f, v.panes[d.focus].top)) {
			v.moveTo(d, start.block)
			return
		}
	}
	for q := from - 1; q >= 0; q-- {
		if mq := doc.match(q); mq >= 0 && mq != cur {
			first, _ := firstOfMatch(d.al, d.focus, mq)
			v.moveTo(d, min(first, q))
			return
		}
	}
	d.say("no match further up")
}

// nextUnique moves the focused pane to the next stretch of passages no
// other report tells (dir 1), or the previous one (dir -1).
func (v *readingView) nextUnique(d *desk, dir int) {
	doc := d.docs[d.focus]
	from := v.currentPassage(d)
	if from < 0 || doc.al == nil {
		return
	}
	n := len(doc.article.Passages)
	q := from
	// Leave the stretch the reader is in, then find the next one.
	for q >= 0 && q < n && doc.isUnique(q) {
		q += dir
	}
	for q >= 0 && q < n && !doc.isUnique(q) {
		q += dir
	}
	if q < 0 || q >= n {
		d.say("no unique passage further " + direction(dir))
		return
	}
	// Going up, show the stretch from its start.
	for dir < 0 && q > 0 && doc.isUnique(q-1) {
		q--
	}
	v.moveTo(d, q)
}

func direction(dir int) string {
	if dir < 0 {
		return "up"
	}
	return "down"
}

// syncPanes scrolls every other shown pane so that the partner of the
// passage the focused pane is at sits on the same screen row. Past the
// last matched passage the other panes keep scrolling in step, line for
// line, so that the text after the partners stays beside the text after
// the match.
func (v *readingView) syncPanes(d *desk) { v.syncFrom(d, d.focus) }

// syncFrom scrolls every shown pane but report lead's to keep level with
// it: the focused pane, or the one under a mouse wheel.
func (v *readingView) syncFrom(d *desk, lead int) {
	if !v.sync || !d.ready() || len(d.shown) < 2 {
		return
	}
	for _, r := range d.shown {
		if r != lead {
			v.panes[r].top = v.syncedTop(d, lead, r)
			v.panes[r].selected = -1
		}
	}
}

// syncedTop is the top of report o's pane that keeps it level with the
// pane of report f.
func (v readingView) syncedTop(d *desk, f, o int) pos {
	ff, of := d.flow(f), d.flow(o)
	top := settle(ff, v.panes[f].top)
	anchor := v.anchorOf(d, f)
	doc := d.docs[f]
	if anchor >= 0 && doc.al != nil {
		for pm := doc.prevMatched[anchor]; pm >= 0; {
			mi := doc.match(pm)
			if partner, ok := firstOfMatch(doc.al, o, mi); ok {
				first, _ := firstOfMatch(doc.al, f, mi)
				row := distance(ff, top, ff.textPos(min(first, pm)))
				return advance(of, of.textPos(partner), -row)
			}
			// This match does not involve o's report: look further back.
			if pm == 0 {
				break
			}
			pm = doc.prevMatched[pm-1]
		}
	}
	// No match above: keep the two in step from their first lines.
	lines := distance(ff, firstPos(ff), top)
	next := advance(of, firstPos(of), lines)
	if limit := bottomPos(of, d.lay.bodyHeight()); before(limit, next) {
		next = limit
	}
	return next
}

// levelSelected brings the focused pane's selected passage level with its
// partners when syncing could not: a partner near the start of its report
// cannot come further down, so the selected passage goes up instead.
func (v *readingView) levelSelected(d *desk) {
	doc := d.docs[d.focus]
	sel := v.panes[d.focus].selected
	if sel < 0 || doc.match(sel) < 0 || !v.sync {
		return
	}
	mi := doc.match(sel)
	ff := d.flow(d.focus)
	top := settle(ff, v.panes[d.focus].top)
	first, _ := firstOfMatch(d.al, d.focus, mi)
	want := distance(ff, top, ff.textPos(first))
	shift := 0
	for _, r := range d.shown {
		partner, ok := firstOfMatch(d.al, r, mi)
		if r == d.focus || !ok {
			continue
		}
		of := d.flow(r)
		shift = max(shift, want-distance(of, settle(of, v.panes[r].top), of.textPos(partner)))
	}
	if shift > 0 {
		v.panes[d.focus].top = advance(ff, top, shift)
		v.syncPanes(d)
	}
}

// mouse scrolls report r's pane with the wheel, or, on a left click at row
// y of its text, focuses it and selects the passage under the pointer.
func (v *readingView) mouse(d *desk, msg tea.MouseMsg, r, y int) {
	mouse := msg.Mouse()
	switch msg.(type) {
	case tea.MouseWheelMsg:
		delta := wheelDelta(mouse.Button)
		if delta == 0 {
			return
		}
		p := &v.panes[r]
		p.top = scrollBy(d.flow(r), p.top, delta, d.lay.bodyHeight())
		p.selected = -1
		v.syncFrom(d, r)
	case tea.MouseClickMsg:
		if mouse.Button != tea.MouseLeft {
			return
		}
		d.focus = r
		if y < 0 {
			return
		}
		f := d.flow(r)
		if nextShown(f, 0) < 0 {
			return // nothing to select
		}
		at := advance(f, v.panes[r].top, y)
		if distance(f, settle(f, v.panes[r].top), at) == y && at.line >= f.gap(at.block) {
			v.panes[r].selected = at.block
		}
		v.syncPanes(d)
		v.levelSelected(d)
	}
}

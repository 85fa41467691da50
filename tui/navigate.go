package tui

// currentPassage is the passage the focused pane is at in the reading
// view: the one the reader clicked, or the one on its top line. It is -1
// when there is none.
func (m Model) currentPassage() int {
	if !m.ready() {
		return -1
	}
	return m.anchorOf(m.focus)
}

// anchorOf is the passage report r's pane is at: the one clicked, or the
// one on its top line; -1 when nothing is shown.
func (m Model) anchorOf(r int) int {
	p := m.panes[r]
	f := m.flow(r)
	if p.selected >= 0 && p.selected < f.count() {
		return p.selected
	}
	if nextShown(f, 0) < 0 {
		return -1
	}
	return settle(f, p.top).block
}

// currentMatch is the match the reader is at, or -1: in the reading view
// the match of the current passage, in the aligned view that of the row
// at the top (or the row clicked).
func (m Model) currentMatch() int {
	if !m.ready() || m.align.al == nil {
		return -1
	}
	if m.view == viewAligned {
		if r := m.currentRow(); r >= 0 {
			return m.rows.Rows[r].Match
		}
		return -1
	}
	p := m.currentPassage()
	if p < 0 {
		return -1
	}
	return m.docs[m.focus].match(p)
}

// firstOfMatch returns the first passage of match mi in report r.
func (m Model) firstOfMatch(r, mi int) (int, bool) {
	mem, ok := m.align.al.Matches[mi].Member(r)
	if !ok {
		return 0, false
	}
	return mem.Passages[0], true
}

// moveTo puts passage q of the focused report at the top of its pane.
func (m *Model) moveTo(q int) {
	p := &m.panes[m.focus]
	p.top = m.flow(m.focus).textPos(q)
	p.selected = -1
}

// nextMatch moves the focused pane to the next match in its own reading
// order.
func (m *Model) nextMatch() {
	d := m.docs[m.focus]
	f := m.flow(m.focus)
	from := m.currentPassage()
	if from < 0 || d.al == nil {
		return
	}
	cur := d.match(from)
	for q := from + 1; q < f.count(); q++ {
		if mq := d.match(q); mq >= 0 && mq != cur {
			m.moveTo(q)
			return
		}
	}
	m.notice = "no match further down"
}

// prevMatch moves the focused pane to the start of the current match when
// its first line is above the view, otherwise to the previous match.
func (m *Model) prevMatch() {
	d := m.docs[m.focus]
	f := m.flow(m.focus)
	from := m.currentPassage()
	if from < 0 || d.al == nil {
		return
	}
	cur := d.match(from)
	if cur >= 0 {
		first, _ := m.firstOfMatch(m.focus, cur)
		if start := f.textPos(min(first, from)); before(start, settle(f, m.panes[m.focus].top)) {
			m.moveTo(start.block)
			return
		}
	}
	for q := from - 1; q >= 0; q-- {
		if mq := d.match(q); mq >= 0 && mq != cur {
			first, _ := m.firstOfMatch(m.focus, mq)
			m.moveTo(min(first, q))
			return
		}
	}
	m.notice = "no match further up"
}

// nextUnique moves the focused pane to the next stretch of passages no
// other report tells (dir 1), or the previous one (dir -1).
func (m *Model) nextUnique(dir int) {
	d := m.docs[m.focus]
	from := m.currentPassage()
	if from < 0 || d.al == nil {
		return
	}
	n := len(d.article.Passages)
	q := from
	// Leave the stretch the reader is in, then find the next one.
	for q >= 0 && q < n && d.isUnique(q) {
		q += dir
	}
	for q >= 0 && q < n && !d.isUnique(q) {
		q += dir
	}
	if q < 0 || q >= n {
		m.notice = "no unique passage further " + direction(dir)
		return
	}
	// Going up, show the stretch from its start.
	for dir < 0 && q > 0 && d.isUnique(q-1) {
		q--
	}
	m.moveTo(q)
}

// syncPanes scrolls every other shown pane so that the partner of the
// passage the focused pane is at sits on the same screen row. Past the
// last matched passage the other panes keep scrolling in step, line for
// line, so that the text after the partners stays beside the text after
// the match.
func (m *Model) syncPanes() { m.syncFrom(m.focus) }

// syncFrom scrolls every shown pane but report lead's to keep level with
// it: the focused pane, or the one under a mouse wheel.
func (m *Model) syncFrom(lead int) {
	if !m.sync || !m.ready() || m.view != viewReading || len(m.shown) < 2 {
		return
	}
	for _, r := range m.shown {
		if r != lead {
			m.panes[r].top = m.syncedTop(lead, r)
			m.panes[r].selected = -1
		}
	}
}

// syncedTop is the top of report o's pane that keeps it level with the
// pane of report f.
func (m Model) syncedTop(f, o int) pos {
	ff, of := m.flow(f), m.flow(o)
	top := settle(ff, m.panes[f].top)
	anchor := m.anchorOf(f)
	d := m.docs[f]
	if anchor >= 0 && d.al != nil {
		for pm := d.prevMatched[anchor]; pm >= 0; {
			mi := d.match(pm)
			if partner, ok := m.firstOfMatch(o, mi); ok {
				first, _ := m.firstOfMatch(f, mi)
				row := distance(ff, top, ff.textPos(min(first, pm)))
				return advance(of, of.textPos(partner), -row)
			}
			// This match does not involve o's report: look further back.
			if pm == 0 {
				break
			}
			pm = d.prevMatched[pm-1]
		}
	}
	// No match above: keep the two in step from their first lines.
	lines := distance(ff, firstPos(ff), top)
	next := advance(of, firstPos(of), lines)
	if limit := bottomPos(of, m.lay.bodyHeight()); before(limit, next) {
		next = limit
	}
	return next
}

// levelSelected brings the focused pane's selected passage level with its
// partners when syncing could not: a partner near the start of its report
// cannot come further down, so the selected passage goes up instead.
func (m *Model) levelSelected() {
	d := m.docs[m.focus]
	sel := m.panes[m.focus].selected
	if sel < 0 || d.match(sel) < 0 || !m.sync {
		return
	}
	mi := d.match(sel)
	ff := m.flow(m.focus)
	top := settle(ff, m.panes[m.focus].top)
	first, _ := m.firstOfMatch(m.focus, mi)
	want := distance(ff, top, ff.textPos(first))
	shift := 0
	for _, r := range m.shown {
		partner, ok := m.firstOfMatch(r, mi)
		if r == m.focus || !ok {
			continue
		}
		of := m.flow(r)
		shift = max(shift, want-distance(of, settle(of, m.panes[r].top), of.textPos(partner)))
	}
	if shift > 0 {
		m.panes[m.focus].top = advance(ff, top, shift)
		m.syncPanes()
	}
}

package tui

// currentMatch is the match of the passage the focused pane is at, or -1.
func (m Model) currentMatch() int {
	if len(m.panes) == 0 || m.width == 0 {
		return -1
	}
	p := m.panes[m.focus]
	top := p.topPassage()
	if top < 0 {
		return -1
	}
	return p.doc.match(top)
}

// firstOfMatch returns the first passage of match mi in pane p's report.
func firstOfMatch(p pane, mi int) (int, bool) {
	mem, ok := p.doc.al.Matches[mi].Member(p.doc.index)
	if !ok {
		return 0, false
	}
	return mem.Passages[0], true
}

// nextMatch moves the focused pane to the next match in its own reading
// order.
func (m *Model) nextMatch() {
	p := &m.panes[m.focus]
	top := p.topPassage()
	if top < 0 {
		return
	}
	cur := p.doc.match(top)
	for q := top + 1; q < len(p.doc.article.Passages); q++ {
		if mq := p.doc.match(q); mq >= 0 && mq != cur {
			p.showLine(p.layout().first[q])
			return
		}
	}
}

// prevMatch moves the focused pane to the start of the current match when
// its first line is above the view, otherwise to the previous match.
func (m *Model) prevMatch() {
	p := &m.panes[m.focus]
	top := p.topPassage()
	if top < 0 {
		return
	}
	cur := p.doc.match(top)
	if cur >= 0 {
		if first, ok := firstOfMatch(*p, cur); ok && p.layout().first[first] < p.offset {
			p.showLine(p.layout().first[first])
			return
		}
	}
	for q := top - 1; q >= 0; q-- {
		if mq := p.doc.match(q); mq >= 0 && mq != cur {
			first, _ := firstOfMatch(*p, mq)
			p.showLine(p.layout().first[min(first, q)])
			return
		}
	}
}

// syncPanes scrolls every other pane so that the partner of the passage the
// focused pane is at sits on the same screen row. Past the last matched
// passage the other panes keep scrolling in step, line for line, so that the
// text after the partners stays beside the text after the match.
func (m *Model) syncPanes() {
	if !m.sync || len(m.panes) < 2 {
		return
	}
	f := m.panes[m.focus]
	for i := range m.panes {
		if i != m.focus {
			m.panes[i].offset = syncedOffset(f, m.panes[i])
		}
	}
}

// syncedOffset is the offset of pane o that keeps it level with pane f.
func syncedOffset(f, o pane) int {
	top := f.topPassage()
	if top < 0 {
		return clamp(f.offset, 0, o.maxOffset())
	}
	for pm := f.doc.prevMatched[top]; pm >= 0; {
		mi := f.doc.match(pm)
		partner, ok := firstOfMatch(o, mi)
		if ok {
			first, _ := firstOfMatch(f, mi)
			delta := f.offset - f.layout().first[min(first, pm)]
			return clamp(o.layout().first[partner]+delta, 0, o.lastOffset())
		}
		// This match does not involve o's report: look further back.
		if pm == 0 {
			break
		}
		pm = f.doc.prevMatched[pm-1]
	}
	return clamp(f.offset, 0, o.maxOffset())
}

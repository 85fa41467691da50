package tui

import (
	"fmt"
	"strings"

	"github.com/parallax-reader/parallax/aligned"
)

// statusLevel is how much the status bar gives up to fit the screen:
// first the long wording (the same facts, shorter), then the settings
// least worth their room, one by one, then detail of the position and the
// search. The focused report's title is cut, with "…", at every level.
type statusLevel int

const (
	statusFull    statusLevel = iota // everything, in words
	statusCompact                    // "match 2/3 · reworded 0.53", "“Kirby” 2/2, 3 in all"
	statusNoSync                     // and not whether scrolling is synchronised
	statusNoZoom                     // nor that one pane is zoomed
	statusNoNoise                    // nor that noise is hidden
	statusNoDiffs                    // nor that identical passages are folded
	statusMinimal                    // "2/3 reworded", "“Kirby” 2/2"
	statusLevels
)

// statusBar renders the status line: where the reader is (or what is
// being computed, or a passing notice), which report has the focus or
// how the search stands, and the view with its settings. It gives up
// its least important parts first (see statusLevel) until it fits.
func (m Model) statusBar() string {
	for level := range statusLevels {
		if line, fits := m.statusLine(level); fits {
			return line
		}
	}
	line, _ := m.statusLine(statusLevels - 1)
	return line
}

// statusLine renders the status line at a level, and reports whether it
// fits the screen.
func (m *Model) statusLine(level statusLevel) (string, bool) {
	d := &m.desk
	st := d.styles
	left := " " + m.position(level) + " "
	leftStyle := st.StatusKey
	if d.notice != "" {
		left, leftStyle = " "+d.notice+" ", st.Notice
	}
	switch {
	case m.busy() && d.al == nil:
		left = " " + m.spinner.View() + st.StatusKey.Render(" "+m.progress()+" ")
	case m.busy():
		left = " " + m.spinner.View() + st.StatusKey.Render(" "+m.progress()+" ·") + leftStyle.Render(left)
	default:
		left = leftStyle.Render(left)
	}
	right := " " + m.settings(level) + " "
	focus := fmt.Sprintf("[%d]", d.focus+1)
	title, _ := d.cells.Show(focus + " " + d.articles[d.focus].DisplayTitle())
	middle, least := "│ focus: "+title, "│ focus: "+focus // the title may be cut
	if s := m.searchStatus(level); s != "" {
		middle, least = "│ "+s, "│ "+s // the focused pane's header is marked anyway
	}
	cm := d.cells
	room := d.width - cm.Width(left) - cm.Width(right)
	fits := cm.Width(least) <= room
	middle = cm.Truncate(middle, room, "…")
	gap := max(0, room-cm.Width(middle))
	line := left + st.Status.Render(middle+strings.Repeat(" ", gap)) + st.StatusKey.Render(right)
	return cm.Truncate(line, d.width, ""), fits
}

// progress says what the background work is doing.
func (m *Model) progress() string {
	if m.load.busy {
		return "loading"
	}
	a := m.align
	what := "aligning"
	if m.desk.al != nil {
		what = fmt.Sprintf("realigning at %.2f", m.cfg.MinScore)
	}
	if a.phase == "" {
		return what
	}
	if a.total > 1 {
		return fmt.Sprintf("%s: %s %d%%", what, a.phase, 100*a.done/a.total)
	}
	return fmt.Sprintf("%s: %s", what, a.phase)
}

// position describes where the reader is: the current match with its
// relation and score, or that the passage is unique or noise.
func (m *Model) position(level statusLevel) string {
	if m.view.isSheet() {
		return m.itemPosition()
	}
	d := &m.desk
	al := d.al
	switch {
	case al == nil:
		return "matches follow when alignment is done"
	case len(al.Matches) == 0:
		return "no matching passages"
	}
	if mi := m.currentMatch(); mi >= 0 {
		match := al.Matches[mi]
		s := fmt.Sprintf("match %d of %d · %s · %s likely", mi+1, len(al.Matches), match.Relation, aligned.Percent(match.Score))
		switch {
		case level >= statusMinimal:
			return fmt.Sprintf("%d/%d %s", mi+1, len(al.Matches), match.Relation)
		case level >= statusCompact:
			s = fmt.Sprintf("match %d/%d · %s %s", mi+1, len(al.Matches), match.Relation, aligned.Percent(match.Score))
		}
		if len(al.Articles) > 2 {
			s += fmt.Sprintf(" · in %d of %d", len(match.Members), len(al.Articles))
		}
		return s
	}
	p := m.reading.currentPassage(d)
	if m.view == viewAligned {
		p = -1
		rows := m.aligned.rows
		if r := m.aligned.currentRow(d); r >= 0 {
			row := rows.Rows[r]
			if c := row.Column(); c >= 0 {
				doc := d.docs[rows.Columns[c]]
				if q := row.Cells[c].Passages[0]; doc.isNoise(q) {
					return "noise (not aligned)"
				}
				return fmt.Sprintf("only in [%d] · %d matches", doc.index+1, len(al.Matches))
			}
		}
	}
	switch {
	case p < 0:
		return fmt.Sprintf("%d matches", len(al.Matches))
	case d.docs[d.focus].isNoise(p):
		return "noise (not aligned)"
	}
	return fmt.Sprintf("unique to this report · %d matches", len(al.Matches))
}

// searchStatus describes the search: the query and which hit the reader
// is at.
func (m *Model) searchStatus(level statusLevel) string {
	d := &m.desk
	s := d.search
	if s.query == "" || s.typing {
		return ""
	}
	q, _ := d.cells.Show(s.query)
	q = d.cells.Truncate(q, 20, "…")
	mine := len(s.hits[d.focus])
	at := s.current >= 0 && s.current < mine
	switch {
	case level >= statusMinimal && at:
		return fmt.Sprintf("“%s” %d/%d", q, s.current+1, mine)
	case level >= statusMinimal:
		return fmt.Sprintf("“%s” %d here", q, mine)
	case level >= statusCompact && at:
		return fmt.Sprintf("“%s” %d/%d, %d in all", q, s.current+1, mine, s.total())
	case at:
		return fmt.Sprintf("“%s” hit %d of %d here, %d in all", q, s.current+1, mine, s.total())
	}
	return fmt.Sprintf("“%s” %d hits here, %d in all", q, mine, s.total())
}

// itemPosition describes the current item of an analysis view: which of
// how many, and what it is.
func (m *Model) itemPosition() string {
	sh := m.sheets.data
	cur := m.sheets.currentEntry(&m.desk)
	switch {
	case m.desk.al == nil:
		return "aligning"
	case sh == nil && m.analysis.err != nil:
		return "no analysis"
	case sh == nil:
		return "analysing"
	case cur < 0:
		return "nothing here"
	}
	s := m.sheets.sheet()
	e := s.entries[cur]
	of := fmt.Sprintf("%d of %d", e.item, s.counts[e.kind])
	switch e.kind {
	case entryQuote:
		q := sh.an.Quotes[e.index]
		if len(q.Variants) == 1 {
			return fmt.Sprintf("quote %s · only in [%d]", of, q.Variants[0].Article+1)
		}
		return fmt.Sprintf("quote %s · %s", of, quoteSummary(q))
	case entryConflict:
		return fmt.Sprintf("conflict %s · %s", of, sh.an.Conflicts[e.index].Severity)
	case entryFact:
		f := sh.an.Facts[e.index]
		if a, ok := f.OnlyIn(); ok {
			return fmt.Sprintf("fact %s · only in [%d]", of, a+1)
		}
		return fmt.Sprintf("fact %s · in %d reports", of, len(f.Reports))
	case entrySource:
		r := sh.sources[e.index]
		if by := r.creditedBy(); len(by) == 1 {
			return fmt.Sprintf("source %s · credited by [%d] only", of, by[0]+1)
		}
		return fmt.Sprintf("source %s · credited by %d reports", of, len(r.creditedBy()))
	}
	return of
}

// settings names the view and what is toggled, as much as level keeps.
func (m *Model) settings(level statusLevel) string {
	d := &m.desk
	if m.view.isSheet() {
		return sheetName(m.view)
	}
	parts := []string{"reading"}
	if m.view == viewAligned {
		parts[0] = "aligned"
	}
	if d.lay.stacked && level < statusNoZoom {
		parts = append(parts, "stacked")
	}
	if m.mouseOff && level < statusNoZoom {
		parts = append(parts, "mouse off")
	}
	if d.diffsOnly && level < statusNoDiffs {
		parts = append(parts, "diffs only")
	}
	if d.hideNoise && level < statusNoNoise {
		parts = append(parts, "no noise")
	}
	if d.zoomed && level < statusNoZoom {
		parts = append(parts, "zoomed")
	}
	switch {
	case m.view != viewReading || level >= statusNoSync:
	case m.reading.sync:
		parts = append(parts, "sync on")
	default:
		parts = append(parts, "sync off")
	}
	return strings.Join(parts, " · ")
}

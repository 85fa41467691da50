package tui

import (
	"fmt"
	"regexp"
	"sort"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/parallax-reader/parallax/model"
)

// searchState is the / search: the query being typed, and the hits of the
// last query in every report.
type searchState struct {
	input  textinput.Model
	typing bool   // the input line has the keyboard
	query  string // the query the hits are for
	gen    int    // generation of the latest search asked for
	// hits[a] are the byte ranges of the hits in article a, in order.
	hits [][]span
	// current indexes the focused report's hits: the hit last moved to,
	// or -1.
	current int
	// jump is set when enter was pressed before the hits arrived: move to
	// the first one when they do.
	jump bool
}

func newSearch() searchState {
	in := textinput.New()
	in.Prompt = "/"
	in.Placeholder = "search all reports (enter: go, esc: cancel)"
	in.CharLimit = 200
	return searchState{input: in, current: -1}
}

// open gives the keyboard to the search line.
func (s *searchState) open() tea.Cmd {
	s.typing = true
	s.input.Reset()
	return s.input.Focus()
}

// clear forgets the query and its hits.
func (s *searchState) clear() {
	s.query, s.hits, s.current, s.jump = "", nil, -1, false
	s.gen++ // drop a search still running
}

// total is the number of hits in all reports.
func (s searchState) total() int {
	n := 0
	for _, h := range s.hits {
		n += len(h)
	}
	return n
}

// hitsIn returns the hits in article a that overlap ln.
func (s searchState) hitsIn(a int, ln span) []span {
	if a >= len(s.hits) {
		return nil
	}
	return overlapping(s.hits[a], ln)
}

// searchDoneMsg carries the hits of search generation gen.
type searchDoneMsg struct {
	gen   int
	query string
	hits  [][]span
}

// findAll is a command that finds query in every article, ignoring case,
// off the UI goroutine: a long report takes a few milliseconds per
// keystroke.
func findAll(gen int, query string, articles []*model.Article) tea.Cmd {
	return func() tea.Msg {
		re := regexp.MustCompile("(?i)" + regexp.QuoteMeta(query))
		hits := make([][]span, len(articles))
		for a, art := range articles {
			for _, loc := range re.FindAllStringIndex(art.Text, -1) {
				hits[a] = append(hits[a], span{loc[0], loc[1]})
			}
		}
		return searchDoneMsg{gen: gen, query: query, hits: hits}
	}
}

// handleSearchKey edits the query while the search line has the keyboard.
// Hits are highlighted as the query is typed; enter moves to the first
// one after the current position, esc cancels and clears.
func (m Model) handleSearchKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	s := &m.search
	switch msg.String() {
	case "esc":
		s.typing = false
		s.input.Blur()
		s.clear()
		return m, nil
	case "enter":
		s.typing = false
		s.input.Blur()
		q := s.input.Value()
		if q == "" {
			s.clear()
			return m, nil
		}
		if q == s.query && s.hits != nil {
			m.panes = clonePanes(m.panes)
			m.nextHit(0)
			m.syncPanes()
			return m, nil
		}
		s.jump = true
		return m, m.startSearch(q)
	}
	before := s.input.Value()
	var cmd tea.Cmd
	s.input, cmd = s.input.Update(msg)
	if q := s.input.Value(); q != before {
		if q == "" {
			s.query, s.hits = "", nil
			s.gen++
			return m, cmd
		}
		return m, tea.Batch(cmd, m.startSearch(q))
	}
	return m, cmd
}

// startSearch looks for q in the background.
func (m *Model) startSearch(q string) tea.Cmd {
	m.search.gen++
	return findAll(m.search.gen, q, m.articles)
}

// handleSearchDone shows the hits of the latest search.
func (m *Model) handleSearchDone(msg searchDoneMsg) {
	s := &m.search
	if msg.gen != s.gen {
		return
	}
	s.query, s.hits, s.current = msg.query, msg.hits, -1
	if s.jump {
		s.jump = false
		m.panes = clonePanes(m.panes)
		m.nextHit(0)
		m.syncPanes()
	}
}

// nextHit moves to the next hit in the focused report (dir 1), the
// previous one (dir -1), or the first at or after the top of the view
// (dir 0), wrapping around the report's end.
func (m *Model) nextHit(dir int) {
	s := &m.search
	if s.query == "" || !m.ready() {
		return
	}
	if len(s.hits[m.focus]) == 0 {
		// Go to the first report shown, then any, that has hits.
		for _, r := range append(append([]int(nil), m.shown...), m.order...) {
			if len(s.hits[r]) > 0 {
				m.focus = r
				m.relayout()
				m.notice = fmt.Sprintf("no hits in the report that had the focus; moved to [%d]", r+1)
				break
			}
		}
	}
	hits := s.hits[m.focus]
	if len(hits) == 0 {
		m.notice = "no hits in any report"
		return
	}
	here := m.viewOffset()
	i := s.current
	if i < 0 || i >= len(hits) || m.hitLeftView(hits[i]) {
		// Start from the view, not from a hit the reader scrolled away from.
		i = sort.Search(len(hits), func(i int) bool { return hits[i].start >= here })
		if dir < 0 {
			i--
		} else if dir > 0 && i < len(hits) && hits[i].start == here {
			i++
		}
	} else {
		i += dir
	}
	switch {
	case i >= len(hits):
		i = 0
		m.notice = "search wrapped to the top"
	case i < 0:
		i = len(hits) - 1
		m.notice = "search wrapped to the bottom"
	}
	s.current = i
	m.showOffset(hits[i].start)
}

// hitLeftView reports whether hit h is no longer on the focused pane's
// first screen line's passage (the reader scrolled since moving to it).
func (m Model) hitLeftView(h span) bool {
	return m.docs[m.focus].passageAt(h.start) != m.topPassageOrRow()
}

// topPassageOrRow is the focused report's passage at the top of the view:
// in the aligned view, that of the top row (or the nearest above).
func (m Model) topPassageOrRow() int {
	if m.view == viewAligned {
		return m.rowPassage(settle(m.rowFlow(), m.rowTop).block)
	}
	return m.currentPassage()
}

// viewOffset is the byte offset in the focused report where the view
// starts.
func (m Model) viewOffset() int {
	p := m.topPassageOrRow()
	if p < 0 {
		return 0
	}
	if m.view == viewReading {
		f := m.flow(m.focus)
		top := settle(f, m.panes[m.focus].top)
		if i := top.line - f.gap(p); i > 0 && !f.folded(p) {
			return f.lines(p)[i].start
		}
	}
	return m.articles[m.focus].Passages[p].Start
}

// showOffset scrolls the focused report to byte offset off: its passage
// at the top, or its line if the passage is too long to show it.
func (m *Model) showOffset(off int) {
	d := m.docs[m.focus]
	if len(d.article.Passages) == 0 {
		return // a hit in the metadata of a report with no text
	}
	q := d.passageAt(off)
	if m.view == viewAligned {
		m.showRowOf(q)
		return
	}
	if m.hideNoise && d.isNoise(q) {
		m.hideNoise = false
		m.notice = "noise shown: the hit is in it"
	}
	f := m.flow(m.focus)
	at := f.textPos(q)
	if !f.folded(q) {
		lines := f.lines(q)
		i := sort.Search(len(lines), func(i int) bool { return lines[i].end > off })
		if i >= m.lay.bodyHeight()-1 {
			at.line += min(i, len(lines)-1)
		}
	}
	m.panes[m.focus].top = at
	m.panes[m.focus].selected = -1
}

func clonePanes(ps []pane) []pane { return append([]pane(nil), ps...) }

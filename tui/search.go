package tui

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/parallax-reader/parallax/diffing"
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
		re := searchPattern(query)
		hits := make([][]span, len(articles))
		for a, art := range articles {
			for _, loc := range re.FindAllStringIndex(art.Text, -1) {
				hits[a] = append(hits[a], span{loc[0], loc[1]})
			}
		}
		return searchDoneMsg{gen: gen, query: query, hits: hits}
	}
}

// searchPattern finds query ignoring case and the invisible characters a
// web page may put inside a word (diffing.Invisible: "minister" finds
// minis&shy;ter).
func searchPattern(query string) *regexp.Regexp {
	invisible := "[" + regexp.QuoteMeta(diffing.Invisible) + "]*"
	var b strings.Builder
	b.WriteString("(?i)")
	for k, r := range query {
		if k > 0 {
			b.WriteString(invisible)
		}
		b.WriteString(regexp.QuoteMeta(string(r)))
	}
	return regexp.MustCompile(b.String())
}

// handleSearchKey edits the query while the search line has the keyboard.
// Hits are highlighted as the query is typed; enter moves to the first
// one after the current position, esc cancels and clears.
func (m *Model) handleSearchKey(msg tea.KeyPressMsg) tea.Cmd {
	s := &m.desk.search
	switch msg.String() {
	case "esc":
		s.typing = false
		s.input.Blur()
		s.clear()
		return nil
	case "enter":
		s.typing = false
		s.input.Blur()
		q := s.input.Value()
		if q == "" {
			s.clear()
			return nil
		}
		if q == s.query && s.hits != nil {
			m.nextHit(0)
			m.syncReading()
			return nil
		}
		s.jump = true
		return m.startSearch(q)
	}
	before := s.input.Value()
	var cmd tea.Cmd
	s.input, cmd = s.input.Update(msg)
	if q := s.input.Value(); q != before {
		if q == "" {
			s.query, s.hits = "", nil
			s.gen++
			return cmd
		}
		return tea.Batch(cmd, m.startSearch(q))
	}
	return cmd
}

// startSearch looks for q in the background.
func (m *Model) startSearch(q string) tea.Cmd {
	m.desk.search.gen++
	return findAll(m.desk.search.gen, q, m.desk.articles)
}

// handleSearchDone shows the hits of the latest search.
func (m *Model) handleSearchDone(msg searchDoneMsg) {
	s := &m.desk.search
	if msg.gen != s.gen {
		return
	}
	s.query, s.hits, s.current = msg.query, msg.hits, -1
	if s.jump {
		s.jump = false
		m.nextHit(0)
		m.syncReading()
	}
}

// nextHit moves to the next hit in the focused report (dir 1), the
// previous one (dir -1), or the first at or after the top of the view
// (dir 0), wrapping around the report's end.
func (m *Model) nextHit(dir int) {
	d := &m.desk
	s := &d.search
	if s.query == "" || !d.ready() {
		return
	}
	if len(s.hits[d.focus]) == 0 {
		// Go to the first report shown, then any, that has hits.
		for _, r := range append(append([]int(nil), d.shown...), d.order...) {
			if len(s.hits[r]) > 0 {
				d.focusOn(r)
				d.say(fmt.Sprintf("no hits in the report that had the focus; moved to [%d]", r+1))
				break
			}
		}
	}
	hits := s.hits[d.focus]
	if len(hits) == 0 {
		d.say("no hits in any report")
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
		d.say("search wrapped to the top")
	case i < 0:
		i = len(hits) - 1
		d.say("search wrapped to the bottom")
	}
	s.current = i
	m.showOffset(hits[i].start)
}

// hitLeftView reports whether hit h is no longer on the focused pane's
// first screen line's passage (the reader scrolled since moving to it).
func (m *Model) hitLeftView(h span) bool {
	return m.desk.docs[m.desk.focus].passageAt(h.start) != m.topPassage()
}

// topPassage is the focused report's passage at the top of the view: in
// the aligned view, that of the top row (or the nearest above).
func (m *Model) topPassage() int {
	if m.view == viewAligned {
		return m.aligned.topPassage(&m.desk)
	}
	return m.reading.currentPassage(&m.desk)
}

// viewOffset is the byte offset in the focused report where the view
// starts.
func (m *Model) viewOffset() int {
	d := &m.desk
	p := m.topPassage()
	if p < 0 {
		return 0
	}
	if m.view == viewReading {
		f := d.flow(d.focus)
		top := settle(f, m.reading.panes[d.focus].top)
		if i := top.line - f.gap(p); i > 0 && !f.folded(p) {
			return f.lines(p)[i].start
		}
	}
	return d.articles[d.focus].Passages[p].Start
}

// showOffset scrolls the focused report to byte offset off: its passage
// at the top, or its line if the passage is too long to show it.
func (m *Model) showOffset(off int) {
	d := &m.desk
	doc := d.docs[d.focus]
	if len(doc.article.Passages) == 0 {
		return // a hit in the metadata of a report with no text
	}
	q := doc.passageAt(off)
	if m.view == viewAligned {
		m.aligned.showRowOf(d, q)
		return
	}
	if d.hideNoise && doc.isNoise(q) {
		d.hideNoise = false
		d.say("noise shown: the hit is in it")
	}
	f := d.flow(d.focus)
	at := f.textPos(q)
	if !f.folded(q) {
		lines := f.lines(q)
		i := sort.Search(len(lines), func(i int) bool { return lines[i].end > off })
		if i >= d.lay.bodyHeight()-1 {
			at.line += min(i, len(lines)-1)
		}
	}
	m.reading.panes[d.focus] = pane{top: at, selected: -1}
}

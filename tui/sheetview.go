package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/parallax-reader/parallax/tui/cells"
)

// The analysis views share this machinery: a sheet of entries scrolls
// like a report (a position is an entry and a line in it), only the
// entries on screen are laid out, and each keeps its lines per width
// until the width, the focus or the styles change. The current item is
// the one clicked or gone to with n/N while it is on screen, otherwise
// the first item at or below the top line; enter goes to its passage in
// the reading view, and the view's key comes back to it.

const (
	// sheetHeaderRows are the title and the rule above a sheet.
	sheetHeaderRows = 2
	// sheetGutter is the bar marking the current item, and a space.
	sheetGutter = 2
)

// isSheet reports whether the view is one of the analysis views.
func (v viewMode) isSheet() bool { return v >= viewQuotes }

// sheetPos is where an analysis view is: its top line, and the item
// picked with n/N or a click, or -1.
type sheetPos struct {
	top  pos
	pick int
}

// sheetCache holds a sheet's laid-out entries for one layout.
type sheetCache struct {
	key   layoutKey
	lines [][]string // per entry, nil until laid out
}

// layoutKey is what an entry's layout depends on.
type layoutKey struct {
	width int
	paint sheetPainter
}

// sheetFlow is a sheet laid out at a width: one block per entry.
type sheetFlow struct {
	paint sheetPainter
	sh    *sheets
	s     *sheet
	width int
}

func (f sheetFlow) count() int {
	if f.s == nil {
		return 0
	}
	return len(f.s.entries)
}

func (f sheetFlow) height(i int) int { return f.gap(i) + len(f.lines(i)) }

// gap is the blank line before a heading and before a block-shaped item
// that does not follow its heading.
func (f sheetFlow) gap(i int) int {
	if i == 0 {
		return 0
	}
	switch f.s.entries[i].kind {
	case entryHeading:
		return 1
	case entryQuote, entryConflict, entryReport:
		if f.s.entries[i-1].kind != entryHeading {
			return 1
		}
	}
	return 0
}

// lines returns entry i's lines, laying it out on first use.
func (f sheetFlow) lines(i int) []string {
	key := layoutKey{width: f.width, paint: f.paint}
	c := f.s.cache
	if c.lines == nil || c.key != key {
		c.key, c.lines = key, make([][]string, len(f.s.entries))
	}
	if c.lines[i] == nil {
		lines := f.paint.layoutEntry(f.sh, f.s.entries[i], f.width)
		if len(lines) == 0 {
			lines = []string{""}
		}
		c.lines[i] = lines
	}
	return c.lines[i]
}

// selectable reports whether entry i is an item that can be gone to.
func (f sheetFlow) selectable(i int) bool { return f.s.entries[i].item > 0 }

// sheetOf returns the sheet of analysis view v, or nil while there is no
// analysis.
func (m Model) sheetOf(v viewMode) *sheet {
	sh := m.analysis.sheets
	if sh == nil {
		return nil
	}
	switch v {
	case viewQuotes:
		return &sh.quotes
	case viewFacts:
		return &sh.facts
	case viewCoverage:
		return &sh.coverage
	}
	return nil
}

// sheetFlow lays out the sheet of the current view.
func (m Model) sheetFlow() sheetFlow {
	return sheetFlow{paint: sheetPainter{st: m.styles, cells: m.cells, focus: m.focus}, sh: m.analysis.sheets,
		s: m.sheetOf(m.view), width: m.sheetWidth()}
}

// sheetWidth is the room for an entry's text.
func (m Model) sheetWidth() int { return max(1, m.width-sheetGutter-rightMargin) }

// sheetBody is the number of rows a sheet's entries get.
func (m Model) sheetBody() int { return max(1, m.lay.paneHeight-sheetHeaderRows) }

// at returns the current view's position; the view must be a sheet.
func (m *Model) at() *sheetPos { return &m.sheetAt[m.view-viewQuotes] }

// currentEntry is the entry of the current item, or -1 when the sheet has
// none (or is not ready).
func (m Model) currentEntry() int {
	if !m.view.isSheet() {
		return -1
	}
	f := m.sheetFlow()
	n := f.count()
	if n == 0 {
		return -1
	}
	sp := m.sheetAt[m.view-viewQuotes]
	top := settle(f, sp.top)
	if p := sp.pick; p >= 0 && p < n && f.selectable(p) {
		first, last := pos{p, f.gap(p)}, pos{p, f.height(p) - 1}
		if distance(f, top, last) >= 0 && distance(f, top, first) < m.sheetBody() {
			return p
		}
	}
	for i := top.block; i < n; i++ {
		if f.selectable(i) {
			return i
		}
	}
	for i := top.block - 1; i >= 0; i-- {
		if f.selectable(i) {
			return i
		}
	}
	return -1
}

// openSheet shows analysis view v, or, if it is shown, goes back to the
// reports.
func (m *Model) openSheet(v viewMode) {
	switch {
	case m.view == v:
		m.leaveSheet()
	case m.view.isSheet():
		m.view = v
	default:
		m.textView, m.view = m.view, v
	}
}

// leaveSheet goes back to the reports, in the view they were left in.
func (m *Model) leaveSheet() {
	m.view = m.textView
	m.syncPanes()
}

// handleSheetKey scrolls an analysis view, moves between its items, goes
// to an item's passage, moves the focus, or goes back to the reports.
func (m *Model) handleSheetKey(msg tea.KeyPressMsg) {
	f := m.sheetFlow()
	sp := m.at()
	if top, ok := m.scrollKey(msg, f, sp.top, m.sheetBody()); ok {
		// Scrolling keeps the current item; going to an end drops it.
		if key.Matches(msg, m.keys.Top, m.keys.Bottom) {
			sp.pick = -1
		}
		sp.top = top
		return
	}
	switch {
	case key.Matches(msg, m.keys.Back), key.Matches(msg, m.keys.ToggleView):
		m.leaveSheet()
	case key.Matches(msg, m.keys.NextItem):
		m.nextItem(f, 1)
	case key.Matches(msg, m.keys.PrevItem):
		m.nextItem(f, -1)
	case key.Matches(msg, m.keys.Jump):
		m.jump()
	case key.Matches(msg, m.keys.NextPane):
		m.focusReport(1)
	case key.Matches(msg, m.keys.PrevPane):
		m.focusReport(-1)
	}
}

// nextItem makes the next item (dir 1) or the previous one (dir -1) the
// current one, scrolling as little as shows it whole.
func (m *Model) nextItem(f sheetFlow, dir int) {
	cur := m.currentEntry()
	if cur < 0 {
		m.notice = "nothing to go to here"
		return
	}
	for i := cur + dir; i >= 0 && i < f.count(); i += dir {
		if f.selectable(i) {
			m.showEntry(f, i)
			return
		}
	}
	m.notice = "no item further " + direction(dir)
}

// showEntry makes entry i the current item and scrolls it on screen: to
// the top when it is above, or up to its last line when below (its first
// line stays on screen when it is taller than the screen).
func (m *Model) showEntry(f sheetFlow, i int) {
	sp := m.at()
	sp.pick = i
	body := m.sheetBody()
	first, last := pos{i, f.gap(i)}, pos{i, f.height(i) - 1}
	top := settle(f, sp.top)
	switch {
	case before(first, top):
		sp.top = first
	case distance(f, top, last) >= body:
		t := advance(f, last, -(body - 1))
		if before(first, t) {
			t = first
		}
		sp.top = t
	}
}

// focusReport moves the focus to the next report (dir 1) or the previous
// one (dir -1): the report whose version enter goes to.
func (m *Model) focusReport(dir int) {
	n := len(m.panes)
	m.focus = (m.focus + dir + n) % n
	m.relayout()
}

// handleSheetMouse scrolls an analysis view with the wheel and makes the
// item clicked the current one.
func (m Model) handleSheetMouse(msg tea.MouseMsg) (tea.Model, tea.Cmd) {
	mouse := msg.Mouse()
	f := m.sheetFlow()
	if f.count() == 0 || mouse.Y >= m.lay.paneHeight {
		return m, nil
	}
	sp := m.at()
	switch msg.(type) {
	case tea.MouseWheelMsg:
		sp.top = scrollBy(f, sp.top, wheelDelta(mouse.Button), m.sheetBody())
	case tea.MouseClickMsg:
		row := mouse.Y - sheetHeaderRows
		if mouse.Button != tea.MouseLeft || row < 0 {
			return m, nil
		}
		at := advance(f, sp.top, row)
		if distance(f, settle(f, sp.top), at) == row && at.line >= f.gap(at.block) && f.selectable(at.block) {
			sp.pick = at.block
		}
	}
	return m, nil
}

// sheetView renders the current analysis view, height rows: its title
// and rule, then the entries on screen with the current item marked.
func (m Model) sheetView(height int) []string {
	st := m.styles
	out := []string{m.sheetTitle(), st.RuleFocus.Render(strings.Repeat("━", m.width))}
	body := max(0, height-sheetHeaderRows)
	if msg := m.sheetWaiting(); msg != "" {
		out = append(out, "", "  "+st.Message.Render(m.cells.Truncate(msg, m.width-4, "…")))
		return padRows(m.cells, out, height, m.width)
	}
	f := m.sheetFlow()
	cur := m.currentEntry()
	at, last := settle(f, m.sheetAt[m.view-viewQuotes].top), lastPos(f)
	for range body {
		gutter := "  "
		line := ""
		if at.line >= f.gap(at.block) {
			line = f.lines(at.block)[at.line-f.gap(at.block)]
			if at.block == cur {
				gutter = st.RuleFocus.Render("▌") + " "
			}
		}
		out = append(out, gutter+line)
		if at == last {
			break
		}
		at = advance(f, at, 1)
	}
	return padRows(m.cells, out, height, m.width)
}

// sheetWaiting says why there is no sheet to show yet, or "".
func (m Model) sheetWaiting() string {
	switch {
	case m.align.al == nil:
		return m.spinner.View() + " Aligning the reports; the analysis follows."
	case m.analysis.err != nil:
		shown, _ := m.cells.Show(m.analysis.err.Error())
		return shown
	case m.analysis.sheets == nil && m.align.busy:
		return m.spinner.View() + " Realigning; the analysis follows."
	case m.analysis.sheets == nil:
		return m.spinner.View() + " Analysing quotes, facts and sources…"
	}
	return ""
}

// padRows pads every row to width cells (cutting what is wider) and the
// rows to height.
func padRows(cm cells.Method, rows []string, height, width int) []string {
	out := make([]string, height)
	for i := range out {
		row := ""
		if i < len(rows) {
			row = rows[i]
		}
		w := cm.Width(row)
		if w > width {
			row, w = cm.Truncate(row, width, ""), width
		}
		out[i] = row + strings.Repeat(" ", width-w)
	}
	return out
}

// sheetTitle is the first row of an analysis view: its name and counts.
func (m Model) sheetTitle() string {
	st := m.styles
	name, counts := "Quotes", ""
	if sh := m.analysis.sheets; sh != nil {
		switch m.view {
		case viewQuotes:
			counts = fmt.Sprintf("%s · %d in more than one report · %d drifted",
				plural(len(sh.an.Quotes), "quotation"), sh.shared, sh.drifted)
		case viewFacts:
			counts = fmt.Sprintf("%s · %d only in one report · %d in more than one",
				plural(len(sh.an.Conflicts), "conflict"), sh.onlyOne, len(sh.an.Facts)-sh.onlyOne)
		case viewCoverage:
			counts = fmt.Sprintf("%s · %s credited by name", plural(len(sh.al.Articles), "report"), plural(len(sh.sources), "source"))
		}
	}
	switch m.view {
	case viewFacts:
		name = "Facts"
	case viewCoverage:
		name = "Coverage"
	}
	line := " " + st.Title.Render(name)
	if counts != "" {
		line += st.Meta.Render(" · " + counts)
	}
	return m.cells.Truncate(line, m.width, "…")
}

// plural writes n and a noun, adding an s unless n is 1.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
